import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import {
  ConsortiumAccessClient,
  MAX_ORGANIZATIONS_PER_CALL,
  ORGANIZATION_FACTS_QUERY,
  type OrganizationFacts,
} from '../hardware/consortium-access.client';

const A = '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a01';
const B = '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a02';
const C = '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a03';

interface Sent {
  url: string;
  headers: Record<string, string>;
  query: string;
  variables: Record<string, string>;
}

const factsOf = (id: string): OrganizationFacts => ({
  id,
  name: `Firm ${id.slice(-2)}`,
  kind: id === B ? 'CERTIFIED_INTEGRATOR' : 'SME',
  sizeClass: 'SME',
  inLargeBusinessGroup: false,
  certification: id === B ? { expired: false } : null,
});

function request(headers: Record<string, string> = {}): Request {
  return { headers: { authorization: 'Bearer caller-token', ...headers } } as unknown as Request;
}

describe('ConsortiumAccessClient.organizationFacts', () => {
  const client = new ConsortiumAccessClient({
    port: 4002,
    consortiaUrl: 'http://consortia:4001',
    creditExpiryIntervalSeconds: 0,
  });
  let sent: Sent[];
  let answer: (body: Sent) => unknown;

  /** Answers every alias (or `organization` for one) with its facts, except those in `missing`. */
  const directory =
    (missing: string[] = []) =>
    ({ variables }: Sent) => {
      const entries = Object.entries(variables).map(([alias, id]) => [
        alias === 'id' ? 'organization' : alias,
        id,
      ]);
      const gone = entries.filter(([, id]) => missing.includes(id));
      return {
        // `organization` is non-null: one NOT_FOUND nulls the whole answer.
        data: gone.length
          ? null
          : Object.fromEntries(entries.map(([alias, id]) => [alias, factsOf(id)])),
        errors: gone.length
          ? gone.map(([alias, id]) => ({
              message: `Organisation ${id} was not found.`,
              path: [alias],
              extensions: { code: 'NOT_FOUND' },
            }))
          : undefined,
      };
    };

  beforeEach(() => {
    sent = [];
    answer = directory();
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(globalThis, 'fetch').mockImplementation((url, init) => {
      const body = JSON.parse(String(init?.body)) as Omit<Sent, 'url' | 'headers'>;
      const call = { url: String(url), headers: init?.headers as Record<string, string>, ...body };
      sent.push(call);
      return Promise.resolve(new Response(JSON.stringify(answer(call))));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('asks the public directory fields with the caller’s own credentials, once per request and organisation', async () => {
    const req = request({ 'x-request-id': 'req-7', cookie: 'not forwarded' });
    await expect(client.organizationFactsOf(req, A)).resolves.toEqual(factsOf(A));
    await expect(client.organizationFacts(req, [A])).resolves.toEqual([factsOf(A)]);
    expect(sent).toEqual([
      {
        url: 'http://consortia:4001/graphql',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer caller-token',
          'x-request-id': 'req-7',
        },
        query: ORGANIZATION_FACTS_QUERY,
        variables: { id: A },
      },
    ]);
    expect(ORGANIZATION_FACTS_QUERY).toBe(
      'query($id: UUID!){ organization(id: $id){ id name kind sizeClass inLargeBusinessGroup certification { expired } } }',
    );
  });

  it('asks about the organisations a request needs together, one alias each, in the order asked', async () => {
    const facts = await client.organizationFacts(request(), [B, A]);
    expect(facts).toEqual([factsOf(B), factsOf(A)]);
    expect(sent).toHaveLength(1);
    expect(sent[0].query).toMatch(
      /^query\(\$o0: UUID!, \$o1: UUID!\)\{ o0: organization\(id: \$o0\)\{ id name kind .* o1: organization\(id: \$o1\)/,
    );
    expect(sent[0].variables).toEqual({ o0: B, o1: A });
  });

  it('splits large batches under the consortia subgraph’s alias limit', async () => {
    const ids = Array.from(
      { length: MAX_ORGANIZATIONS_PER_CALL + 1 },
      (_, i) => `0b5c2a44-8f0e-4d53-9a39-${String(i).padStart(12, '0')}`,
    );
    await expect(client.organizationFacts(request(), ids)).resolves.toHaveLength(ids.length);
    expect(sent.map((call) => Object.keys(call.variables).length)).toEqual([
      MAX_ORGANIZATIONS_PER_CALL,
      1,
    ]);
  });

  it('gives NOT_FOUND for the missing one, and asks again for those its error hid', async () => {
    answer = directory([C]);
    const req = request();
    const [a, b, c] = await Promise.allSettled([
      client.organizationFactsOf(req, A),
      client.organizationFactsOf(req, B),
      client.organizationFactsOf(req, C),
    ]);
    expect(a).toEqual({ status: 'fulfilled', value: factsOf(A) });
    expect(b).toEqual({ status: 'fulfilled', value: factsOf(B) });
    expect(c).toMatchObject({
      status: 'rejected',
      reason: { message: `Organisation ${C} was not found.`, extensions: { code: 'NOT_FOUND' } },
    });
    expect(sent.map((call) => Object.values(call.variables))).toEqual([
      [A, B, C],
      [A, B],
    ]);
    await expect(client.organizationFacts(request(), [A, C])).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('maps FORBIDDEN and UNAUTHENTICATED, and masks anything strange', async () => {
    const errorFor =
      (code: string, path: string[] = ['organization']) =>
      () => ({
        data: null,
        errors: [{ message: code, path, extensions: { code } }],
      });
    answer = errorFor('FORBIDDEN');
    await expect(client.organizationFactsOf(request(), A)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    answer = errorFor('UNAUTHENTICATED', []);
    await expect(client.organizationFactsOf(request(), A)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    answer = () => ({ data: { organization: { ...factsOf(A), inLargeBusinessGroup: 'no' } } });
    const strange = client.organizationFactsOf(request(), A);
    await expect(strange).rejects.toThrow(/no organisation facts/);
    await expect(strange).rejects.not.toHaveProperty('extensions');
    expect(Logger.prototype.error).toHaveBeenCalled();

    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    await expect(client.organizationFactsOf(request(), A)).rejects.toThrow(/could not be reached/);
  });
});
