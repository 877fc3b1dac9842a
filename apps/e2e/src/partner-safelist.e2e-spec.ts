import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiClientsService,
  ApiScope,
  AuthModule,
  IdentityModule,
  PlatformRole,
} from '@vcp/platform/auth';
import { operationHash, type PersistedOperationManifest } from '@vcp/platform/graphql';
import {
  serviceEntry,
  startService,
  stopService,
  waitUntilReady,
  type RunningService,
} from '@vcp/platform/runtime';
import {
  createIntegrationModule,
  errorCode,
  freePort,
  graphqlRequest,
} from '@vcp/platform/testing';
import { computeUrl, consortiaUrl, gateway, People } from './support';

const PUBLISHED = 'query ProgramTargets { programTargets { key } }';
const UNPUBLISHED = '{ programTargets { key unit } }';
const manifest: PersistedOperationManifest = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [
    { id: operationHash(PUBLISHED), name: 'ProgramTargets', type: 'query', body: PUBLISHED },
  ],
};

/** A second gateway over the same subgraphs, with the safelist switched on. */
let safelisted: RunningService;
let url: string;
let folder: string;
const as: {
  partner: { apiKey: string };
  partnerToken: { token: string };
  person: { token: string };
} = {} as never;

async function post(body: object, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'vcp-safelist-'));
  const manifestPath = join(folder, 'partner-operations.json');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const port = await freePort();
  safelisted = startService(
    {
      name: 'gateway-safelisted',
      entry: serviceEntry('gateway'),
      port,
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        GATEWAY_PORT: String(port),
        CONSORTIA_URL: consortiaUrl(),
        COMPUTE_URL: computeUrl(),
        PARTNER_OPERATION_SAFELIST: 'on',
        PARTNER_OPERATIONS_FILE: manifestPath,
      },
    },
    () => undefined,
  );
  await waitUntilReady(safelisted);
  url = `http://127.0.0.1:${port}`;

  const module = await createIntegrationModule([AuthModule, IdentityModule]);
  try {
    const client = await module
      .get(ApiClientsService)
      .create({ name: 'Scheduler', scopes: [ApiScope.COMPUTE_READ] });
    as.partner = { apiKey: client.apiKey };
    const exchange = await gateway<{ issueClientToken: { accessToken: string } }>(
      'mutation($id: UUID!, $secret: String!) { issueClientToken(input: { clientId: $id, clientSecret: $secret }) { accessToken } }',
      { variables: { id: client.client.id, secret: client.secret } },
    );
    as.partnerToken = { token: exchange.data?.issueClientToken.accessToken ?? '' };
  } finally {
    await module.close();
  }
  const people = await People.open();
  try {
    as.person = { token: (await people.signedIn([PlatformRole.OPERATOR])).accessToken };
  } finally {
    await people.close();
  }
}, 90_000);

afterAll(async () => {
  if (safelisted) await stopService(safelisted);
  rmSync(folder, { recursive: true, force: true });
});

describe('the partner operation safelist (PARTNER_OPERATION_SAFELIST=on)', () => {
  it('runs a published operation sent by a partner with its API key, as text or as its hash', async () => {
    const asText = await graphqlRequest(url, PUBLISHED, as.partner);
    expect(asText.errors).toBeUndefined();
    expect(asText.data).toEqual({ programTargets: expect.any(Array) });

    const asHash = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(PUBLISHED) } } },
      { 'x-api-key': as.partner.apiKey },
    );
    expect(asHash.body.errors).toBeUndefined();
    expect(asHash.body.data).toEqual(asText.data);
  });

  it('refuses any other operation from a partner, by API key or client token, before running it', async () => {
    for (const credentials of [as.partner, as.partnerToken]) {
      const refused = await graphqlRequest(url, UNPUBLISHED, credentials);
      expect(refused.status).toBe(403);
      expect(errorCode(refused)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0].message).toMatch(/published operations/);
    }
    // A published text changed by a single character is another operation.
    expect(errorCode(await graphqlRequest(url, `${PUBLISHED} `, as.partner))).toBe(
      'PERSISTED_QUERY_NOT_ALLOWED',
    );
  });

  it('does not let anyone register new operations by hash while it is on', async () => {
    const registered = await post(
      {
        query: UNPUBLISHED,
        extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(UNPUBLISHED) } },
      },
      { authorization: `Bearer ${as.person.token}` },
    );
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(UNPUBLISHED) } } },
      { 'x-api-key': as.partner.apiKey },
    );
    expect(byHash.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('leaves people (the portal) free to send any operation', async () => {
    const response = await graphqlRequest(url, UNPUBLISHED, as.person);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ programTargets: expect.any(Array) });
  });

  it("is off by default: the shared gateway runs a partner's unpublished operation", async () => {
    const response = await gateway(UNPUBLISHED, as.partner);
    expect(response.errors).toBeUndefined();
  });
});
