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

  it('refuses an unknown scope in the database', async () => {
    await expect(
      db.query(
        `INSERT INTO identity.api_clients (name, secret_hash, scopes) VALUES ('x', gen_random_bytes(32), '{everything}')`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
