import { operationHash, parsePersistedOperations } from '@vcp/platform/graphql';
import { isPartnerCaller } from './partner-caller';
import { manifestPersistedQueries } from './partner-safelist.plugin';

const token = (claims: object) =>
  `Bearer e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;
const headers = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('who counts as a partner client', () => {
  it('is a caller with an API key or a client token, never a person or an anonymous caller', () => {
    expect(isPartnerCaller(headers({ 'x-api-key': 'id.secret' }))).toBe(true);
    expect(isPartnerCaller(headers({ authorization: token({ typ: 'client', sub: 'c' }) }))).toBe(
      true,
    );
    expect(isPartnerCaller(headers({ authorization: token({ typ: 'user', sub: 'u' }) }))).toBe(
      false,
    );
    expect(isPartnerCaller(headers({}))).toBe(false);
    expect(isPartnerCaller(undefined)).toBe(false);
  });

  it("treats a token it cannot read as a person's: the subgraphs refuse it anyway", () => {
    expect(isPartnerCaller(headers({ authorization: 'Bearer not-a-jwt' }))).toBe(false);
    expect(isPartnerCaller(headers({ authorization: 'Bearer a.%%%.c' }))).toBe(false);
  });
});

describe('the persisted operation manifest', () => {
  const body = 'query Targets { programTargets { key } }';
  const manifest = (id: string) =>
    JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id, name: 'Targets', type: 'query', body }],
    });

  it('identifies each operation by the SHA-256 of its text, as Apollo hashes queries', () => {
    expect(operationHash(body)).toMatch(/^[0-9a-f]{64}$/);
    const operations = parsePersistedOperations(manifest(operationHash(body)), 'test');
    expect([...operations.keys()]).toEqual([operationHash(body)]);
  });

  it('refuses a manifest whose id does not match its body, or that is not a manifest', () => {
    expect(() => parsePersistedOperations(manifest('0'.repeat(64)), 'test')).toThrow(
      /not the SHA-256/,
    );
    expect(() => parsePersistedOperations('{"operations":[]}', 'test')).toThrow(
      /not an apollo-persisted/,
    );
  });

  it('serves published operations by hash and registers nothing else', async () => {
    const operations = parsePersistedOperations(manifest(operationHash(body)), 'test');
    const { cache } = manifestPersistedQueries(operations);
    await expect(cache?.get(`apq:${operationHash(body)}`)).resolves.toBe(body);
    await cache?.set(`apq:${operationHash('{ a }')}`, '{ a }');
    await expect(cache?.get(`apq:${operationHash('{ a }')}`)).resolves.toBeUndefined();
  });
});
