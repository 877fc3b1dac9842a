import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createIntegrationModule, makeUser, TEST_PASSWORD } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { PlatformRole } from '../principal';
import { PrincipalService } from '../principal.service';
import { AuthModule } from '../auth.module';
import { IdentityModule } from './identity.module';
import { MAX_FAILURES_PER_ACCOUNT } from './login-throttle';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';
import { JwtService } from '@nestjs/jwt';

describe('sessions (real PostgreSQL)', () => {
  let module: TestingModule;
  let sessions: SessionsService;
  let users: UsersService;
  let principals: PrincipalService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, IdentityModule]);
    sessions = module.get(SessionsService);
    users = module.get(UsersService);
    principals = module.get(PrincipalService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  const claimsOf = (accessToken: string) =>
    module.get(JwtService).decode<{ typ: 'user'; sub: string; sid: string }>(accessToken);

  it('stores an argon2id hash, never the password', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const [row] = await db.query<{ password_hash: string }[]>(
      'SELECT password_hash FROM identity.users WHERE id = $1',
      [user.id],
    );
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('signs in and the access token resolves to the user with their roles', async () => {
    const user = await makeUser(users, [PlatformRole.OPERATOR]);
    const tokens = await sessions.login(user.email, TEST_PASSWORD, '10.0.0.1');
    const principal = await principals.fromAccessClaims(claimsOf(tokens.accessToken));
    expect(principal).toEqual({
      kind: 'user',
      userId: user.id,
      sessionId: tokens.sessionId,
      roles: [PlatformRole.OPERATOR],
      organizationId: null,
    });
  });

  it('answers a wrong password and an unknown account with the same UNAUTHENTICATED error', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const wrong = await sessions
      .login(user.email, 'not the password', null)
      .catch((e: unknown) => e);
    const unknown = await sessions
      .login('nobody-here@test.vcp.kr', TEST_PASSWORD, null)
      .catch((e: unknown) => e);
    for (const error of [wrong, unknown]) {
      expect(error).toMatchObject({
        message: 'The e-mail address or password is incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await expect(sessions.login(user.email, 'wrong', null)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    await expect(sessions.login(user.email, TEST_PASSWORD, null)).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
    });
  });

  it('rotates refresh tokens: each one works once and yields a new one', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const first = await sessions.login(user.email, TEST_PASSWORD, null);
    const second = await sessions.refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.sessionId).toBe(first.sessionId);
    const third = await sessions.refresh(second.refreshToken);
    expect(third.sessionId).toBe(first.sessionId);
  });

  it('revokes the whole family when a rotated refresh token is presented again', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const first = await sessions.login(user.email, TEST_PASSWORD, null);
    const second = await sessions.refresh(first.refreshToken);

    await expect(sessions.refresh(first.refreshToken)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // The legitimate holder's newer token is dead too, and so is the access token.
    await expect(sessions.refresh(second.refreshToken)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await principals.fromAccessClaims(claimsOf(second.accessToken))).toBeNull();
    const [session] = await db.query<{ revoke_reason: string }[]>(
      'SELECT revoke_reason FROM identity.sessions WHERE id = $1',
      [first.sessionId],
    );
    expect(session.revoke_reason).toBe('REFRESH_TOKEN_REUSE');
  });

  it('lets exactly one of two concurrent refreshes with the same token win, and then revokes', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const { refreshToken, sessionId } = await sessions.login(user.email, TEST_PASSWORD, null);
    const outcomes = await Promise.allSettled([
      sessions.refresh(refreshToken),
      sessions.refresh(refreshToken),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [session] = await db.query<{ revoked_at: Date | null }[]>(
      'SELECT revoked_at FROM identity.sessions WHERE id = $1',
      [sessionId],
    );
    expect(session.revoked_at).not.toBeNull();
  });

  it('logout ends the session: the access token no longer resolves and refresh is refused', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const tokens = await sessions.login(user.email, TEST_PASSWORD, null);
    await sessions.logout(tokens.sessionId);
    expect(await principals.fromAccessClaims(claimsOf(tokens.accessToken))).toBeNull();
    await expect(sessions.refresh(tokens.refreshToken)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps refresh tokens hashed: the token itself is not in the database', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const { refreshToken, sessionId } = await sessions.login(user.email, TEST_PASSWORD, null);
    const rows = await db.query<{ token_hash: Buffer }[]>(
      'SELECT token_hash FROM identity.refresh_tokens WHERE session_id = $1',
      [sessionId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.toString('utf8')).not.toContain(refreshToken);
    expect(rows[0].token_hash).toHaveLength(32);
  });

  it('refuses a second live refresh token in one session (database constraint)', async () => {
    const user = await makeUser(users, [PlatformRole.RESEARCHER]);
    const { sessionId } = await sessions.login(user.email, TEST_PASSWORD, null);
    await expect(
      db.query(
        `INSERT INTO identity.refresh_tokens (session_id, token_hash, expires_at)
         VALUES ($1, gen_random_bytes(32), now() + interval '1 day')`,
        [sessionId],
      ),
    ).rejects.toThrow(/refresh_tokens_one_live_idx/);
  });
});
