import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { type AccessClaims } from '../access-tokens';
import { ApiScope } from '../principal';
import { PrincipalService } from '../principal.service';
import { ApiClientsService } from './api-clients.service';
import { AuthModule } from '../auth.module';
import { IdentityModule } from './identity.module';

describe('partner API clients (real PostgreSQL)', () => {
  let module: TestingModule;
  let clients: ApiClientsService;
  let principals: PrincipalService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, IdentityModule]);
    clients = module.get(ApiClientsService);
    principals = module.get(PrincipalService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  const claimsOf = (token: { token: string }) =>
    module.get(JwtService).decode<AccessClaims>(token.token);

  it('keeps only a hash of the secret', async () => {
    const issued = await clients.create({
      name: 'University HR',
      scopes: [ApiScope.ENGAGEMENTS_READ],
    });
    const [row] = await db.query<{ secret_hash: Buffer }[]>(
      'SELECT secret_hash FROM identity.api_clients WHERE id = $1',
      [issued.client.id],
    );
    expect(row.secret_hash).toHaveLength(32);
    expect(row.secret_hash.toString('base64url')).not.toBe(issued.secret);
  });

  it('authenticates the x-api-key header and records when it was last used', async () => {
    const issued = await clients.create({
      name: 'Center scheduler',
      scopes: [ApiScope.USAGE_WRITE],
    });
    const principal = await principals.fromApiKey(issued.apiKey);
    expect(principal).toMatchObject({
      kind: 'client',
      clientId: issued.client.id,
      scopes: ['usage:write'],
    });
    const [row] = await db.query<{ last_used_at: Date | null }[]>(
      'SELECT last_used_at FROM identity.api_clients WHERE id = $1',
      [issued.client.id],
    );
    expect(row.last_used_at).not.toBeNull();
    expect(await principals.fromApiKey(`${issued.client.id}.wrong-secret-wrong-secret`)).toBeNull();
  });

  it('exchanges credentials for a token with the client scopes; revocation stops key and token', async () => {
    const issued = await clients.create({
      name: 'Agency',
      scopes: [ApiScope.CONSORTIA_READ, ApiScope.COMPUTE_READ],
    });
    const token = await clients.exchange(issued.client.id, issued.secret);
    const claims = module.get(JwtService).decode<AccessClaims>(token.token);
    expect(await principals.fromAccessClaims(claims)).toMatchObject({
      kind: 'client',
      scopes: ['consortia:read', 'compute:read'],
    });

    await clients.revoke(issued.client.id);
    expect(await principals.fromAccessClaims(claims)).toBeNull();
    expect(await principals.fromApiKey(issued.apiKey)).toBeNull();
    await expect(clients.exchange(issued.client.id, issued.secret)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('writes the last-used time at most once a minute per client, not on every request', async () => {
    const issued = await clients.create({ name: 'Busy scheduler', scopes: [ApiScope.USAGE_WRITE] });
    await principals.fromApiKey(issued.apiKey);
    const marker = new Date('2020-01-01T00:00:00Z');
    await db.query('UPDATE identity.api_clients SET last_used_at = $2 WHERE id = $1', [
      issued.client.id,
      marker,
    ]);
    for (let i = 0; i < 5; i++) expect(await principals.fromApiKey(issued.apiKey)).not.toBeNull();
    expect((await clients.findById(issued.client.id)).lastUsedAt).toEqual(marker);
  });

  it('rotates with a grace: both secrets and their tokens work until it ends, then only the new', async () => {
    const issued = await clients.create({ name: 'HR system', scopes: [ApiScope.ENGAGEMENTS_READ] });
    const oldToken = claimsOf(await clients.exchange(issued.client.id, issued.secret));

    const rotated = await clients.rotate(issued.client.id, { immediately: false });
    expect(rotated.secret).not.toBe(issued.secret);
    expect(rotated.client).toMatchObject({ secretGeneration: 2, rotatedAt: expect.any(Date) });
    expect(rotated.client.previousSecretExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 590_000);
    expect(await principals.fromApiKey(issued.apiKey)).not.toBeNull();
    expect(await principals.fromApiKey(rotated.apiKey)).not.toBeNull();
    expect(await principals.fromAccessClaims(oldToken)).not.toBeNull();
    const graceToken = claimsOf(await clients.exchange(issued.client.id, issued.secret));
    const newToken = claimsOf(await clients.exchange(issued.client.id, rotated.secret));

    // The grace ends.
    await db.query(
      `UPDATE identity.api_clients SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [issued.client.id],
    );
    expect(await principals.fromApiKey(issued.apiKey)).toBeNull();
    expect(await principals.fromAccessClaims(oldToken)).toBeNull();
    expect(await principals.fromAccessClaims(graceToken)).toBeNull();
    await expect(clients.exchange(issued.client.id, issued.secret)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await principals.fromApiKey(rotated.apiKey)).not.toBeNull();
    expect(await principals.fromAccessClaims(newToken)).not.toBeNull();
  });

  it('rotates immediately: the old secret and its tokens stop at once, and only one rotation back counts', async () => {
    const issued = await clients.create({ name: 'Leaked', scopes: [ApiScope.COMPUTE_READ] });
    const oldToken = claimsOf(await clients.exchange(issued.client.id, issued.secret));
    const rotated = await clients.rotate(issued.client.id, { immediately: true });
    expect(rotated.client.previousSecretExpiresAt).toBeNull();
    expect(await principals.fromApiKey(issued.apiKey)).toBeNull();
    expect(await principals.fromAccessClaims(oldToken)).toBeNull();
    expect(await principals.fromApiKey(rotated.apiKey)).not.toBeNull();

    // Two rotations with a grace: the first secret is gone, whatever the grace.
    const second = await clients.rotate(issued.client.id, { immediately: false });
    await clients.rotate(issued.client.id, { immediately: false });
    expect(await principals.fromApiKey(rotated.apiKey)).toBeNull();
    expect(await principals.fromApiKey(second.apiKey)).not.toBeNull();
  });

  it('refuses to rotate a revoked client', async () => {
    const issued = await clients.create({ name: 'Gone', scopes: [ApiScope.COMPUTE_READ] });
    await clients.revoke(issued.client.id);
    await expect(clients.rotate(issued.client.id, { immediately: false })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it("lists one organisation's clients and carries each client's own rate limit", async () => {
    const organizationId = randomUUID();
    const mine = await clients.create({
      name: 'Own',
      scopes: [ApiScope.COMPUTE_READ],
      organizationId,
      rateLimitPerMinute: 30,
    });
    await clients.create({
      name: 'Other',
      scopes: [ApiScope.COMPUTE_READ],
      organizationId: randomUUID(),
    });
    const page = await clients.page({ first: 10 }, { organizationId });
    expect(page.edges.map((edge) => edge.node.id)).toEqual([mine.client.id]);
    expect(await principals.fromApiKey(mine.apiKey)).toMatchObject({ rateLimitPerMinute: 30 });
    await clients.setRateLimit(mine.client.id, null);
    expect(await principals.fromApiKey(mine.apiKey)).toMatchObject({ rateLimitPerMinute: null });
    await expect(clients.setRateLimit(mine.client.id, 0)).rejects.toThrow(/check constraint/);
  });

  it('refuses an unknown scope in the database', async () => {
    await expect(
      db.query(
        `INSERT INTO identity.api_clients (name, secret_hash, scopes) VALUES ('x', gen_random_bytes(32), '{everything}')`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
