import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule, MembershipRole } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture } from '@vcp/consortia/testing';
import { documentedOperations, fencedBlocks, PARTNER_DOCS } from '@vcp/platform/contract';
import { ApiClientsService, ApiScope, AuthModule } from '@vcp/platform/auth';
import { signWebhook, WEBHOOK_HEADERS } from '@vcp/platform/events';
import { createIntegrationModule } from '@vcp/platform/testing';
import { gateway } from './support';

const WORKSPACE = join(__dirname, '..', '..', '..');
const markdown = readFileSync(join(WORKSPACE, PARTNER_DOCS), 'utf8');
const operations = documentedOperations(markdown).filter((operation) => operation.response);

/**
 * Where the documented answer and the real one differ in shape: every documented key is there
 * with a value of the same kind, list items look like the documented first item, and error codes
 * are the documented ones. Values themselves (ids, names, times) are examples.
 */
function shapeDifferences(documented: unknown, actual: unknown, path = '$'): string[] {
  if (documented === null) return actual === null ? [] : [`${path}: expected null`];
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list`];
    if (documented.length === 0) return [];
    return actual.flatMap((item, index) =>
      shapeDifferences(documented[0], item, `${path}[${index}]`),
    );
  }
  if (typeof documented === 'object') {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    }
    return Object.entries(documented).flatMap(([key, value]) =>
      key in actual
        ? shapeDifferences(value, (actual as Record<string, unknown>)[key], `${path}.${key}`)
        : [`${path}.${key}: missing`],
    );
  }
  if (typeof documented !== typeof actual) {
    // A documented value may be null in another answer (an optional field), never another kind.
    return actual === null
      ? []
      : [`${path}: expected a ${typeof documented}, got ${JSON.stringify(actual)}`];
  }
  if (path.endsWith('.code') && documented !== actual)
    return [`${path}: expected ${String(documented)}`];
  return [];
}

let testingModule: TestingModule;
const placeholders: Record<string, string> = {};
const apiKeys = new Map<string, string>();

beforeAll(async () => {
  testingModule = await createIntegrationModule([AuthModule, ConsortiumsModule]);
  const fx = new DirectoryFixture(testingModule);
  const { consortium } = await fx.consortium('MANUFACTURING');
  await fx.join(consortium, await fx.organization(OrganizationKind.SME), MembershipRole.SME_MEMBER);
  placeholders.$CONSORTIUM_ID = consortium.id;
  const clients = testingModule.get(ApiClientsService);
  for (const scope of Object.values(ApiScope)) {
    const client = await clients.create({ name: `Docs ${scope}`, scopes: [scope] });
    apiKeys.set(scope, client.apiKey);
    if (scope === ApiScope.CONSORTIA_READ) {
      placeholders.$CLIENT_ID = client.client.id;
      placeholders.$CLIENT_SECRET = client.secret;
    }
  }
}, 60_000);

afterAll(() => testingModule.close());

/** The documented variables with `$NAME` placeholders filled in from this test's data. */
function filled(variables: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(variables).replace(/"(\$[A-Z_]+)"/g, (whole, name: string) =>
      name in placeholders ? JSON.stringify(placeholders[name]) : whole,
    ),
  ) as Record<string, unknown>;
}

describe('the examples of docs/partner-api.md, run against the product', () => {
  it('documents runnable examples for reading, errors and authentication', () => {
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['IssueClientToken', 'ConsortiumDirectory', 'OversizedPage']),
    );
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    '%s answers as documented',
    async (_name, operation) => {
      const scopeKey = operation.scope
        ? apiKeys.get(ApiScope[operation.scope as keyof typeof ApiScope])
        : undefined;
      if (operation.scope && !scopeKey) throw new Error(`no client for scope ${operation.scope}`);
      const response = await gateway(operation.body, {
        variables: filled(operation.variables),
        apiKey: scopeKey,
      });
      const answer = {
        data: response.data,
        ...(response.errors ? { errors: response.errors } : {}),
      };
      expect(shapeDifferences(operation.response, answer)).toEqual([]);
      // An example without errors must succeed without any.
      const documentsErrors = 'errors' in (operation.response as object);
      expect(response.errors !== undefined).toBe(documentsErrors);
    },
  );

  it('verifies webhook signatures with the documented Node.js code, refusing forgeries and replays', () => {
    const block = fencedBlocks(markdown).find(
      (candidate) => candidate.attributes.example === 'verify-webhook-signature',
    );
    if (!block) throw new Error('the signature example is missing');
    const verify = runInNewContext(`${block.body}\nverifyVcpWebhook`, { require, Buffer }) as (
      secret: string,
      headers: Record<string, string>,
      body: string,
      now?: number,
    ) => boolean;
    const secret = 'whsec_documentation-example-secret';
    const body = JSON.stringify({ id: 'e1', type: 'credits.granted', data: { amount: 10 } });
    const timestamp = Math.floor(Date.now() / 1000);
    // Signed exactly as the product signs its deliveries.
    const signature = signWebhook(secret, timestamp, body);
    const headers = {
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: signature,
    };
    expect(verify(secret, headers, body)).toBe(true);
    expect(verify('whsec_another', headers, body)).toBe(false);
    expect(verify(secret, headers, body.replace('10', '99'))).toBe(false);
    expect(verify(secret, headers, body, timestamp + 301)).toBe(false);
    expect(verify(secret, { ...headers, [WEBHOOK_HEADERS.timestamp]: 'soon' }, body)).toBe(false);
  });
});
