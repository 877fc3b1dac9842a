import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { ApiClientsService, ApiScope } from '@vcp/platform/auth';
import { CONTRACT_FILES } from '@vcp/platform/contract';
import {
  graphqlRequest,
  type GraphQLResponse,
  type StandaloneProduct,
} from '@vcp/platform/testing';
import { mutationCases } from './input-arbitraries';
import { allReady, openFixture, report, signIn, startReliabilityStack } from './stack';

/** Generated inputs per mutation and caller; FUZZ_RUNS raises it for a longer run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const WORKSPACE = join(__dirname, '..', '..', '..');
// The committed client-facing schema; the contract check keeps it equal to what the services serve.
const schema = buildSchema(readFileSync(join(WORKSPACE, CONTRACT_FILES.apiSdl), 'utf8'));
const cases = mutationCases(schema);

let product: StandaloneProduct;
/** A session of its own per mutation, so fuzzing `logout` (or anything else) ends no other case's. */
const operatorTokens: string[] = [];
let partnerKey: string;
let casesRun = 0;

beforeAll(async () => {
  product = await startReliabilityStack();
  const { module, fx } = await openFixture();
  try {
    const operator = await fx.operator();
    for (const _ of cases) operatorTokens.push(await signIn(product.urls.gateway, operator));
    const partner = await module.get(ApiClientsService).create({
      name: 'Fuzzing partner',
      scopes: Object.values(ApiScope),
    });
    partnerKey = partner.apiKey;
  } finally {
    await module.close();
  }
}, 180_000);

afterAll(async () => {
  report('mutation fuzzing', {
    mutations: cases.length,
    callers: 2,
    runsPerMutationAndCaller: RUNS,
    fuzzCasesRun: casesRun,
  });
  await product?.stop();
});

/** What must never come back, whatever the input: an internal error or a server failure. */
function internalFailure(response: GraphQLResponse<unknown>): string | null {
  if (response.status >= 500) return `HTTP ${response.status}: ${JSON.stringify(response.errors)}`;
  const internal = response.errors?.find(
    (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
  );
  return internal ? JSON.stringify(internal) : null;
}

describe('every mutation, fuzzed with generated and hostile input (fast-check)', () => {
  it('covers every mutation of the committed schema', () => {
    expect(cases.length).toBe(Object.keys(schema.getMutationType()?.getFields() ?? {}).length);
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases.map((fuzzCase, index) => [fuzzCase.name, fuzzCase, index] as const))(
    '%s: never an internal error, and every service stays ready',
    async (_name, fuzzCase, index) => {
      const callers = [
        { name: 'operator', credentials: { token: operatorTokens[index] } },
        { name: 'partner', credentials: { apiKey: partnerKey } },
      ];
      for (const caller of callers) {
        await fc.assert(
          fc.asyncProperty(fuzzCase.variables, async (variables) => {
            casesRun += 1;
            const response = await graphqlRequest(product.urls.gateway, fuzzCase.query, {
              ...caller.credentials,
              variables,
            });
            const failure = internalFailure(response);
            if (failure) throw new Error(`${caller.name}: ${failure}`);
          }),
          { numRuns: RUNS },
        );
      }
      expect(await allReady(product)).toBe(true);
    },
  );
});
