import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnauthenticatedError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { AccessTokens } from '../access-tokens';
import { authConfig, type AuthConfig } from '../auth.config';
import { hashSecret, randomSecret } from '../secrets';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export interface SessionTokens {
  userId: string;
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

const DAY_MS = 86_400_000;
const INVALID_CREDENTIALS = 'The e-mail address or password is incorrect.';
const INVALID_REFRESH = 'This refresh token is invalid, expired or revoked; sign in again.';

type RotationOutcome =
  { ok: true; tokens: Omit<SessionTokens, 'accessToken' | 'accessTokenExpiresAt'> } | { ok: false };

/**
 * Sign-in, silent refresh and sign-out. Each sign-in opens a session whose refresh tokens rotate on
 * every use; presenting a token that was already rotated means it leaked, so the whole session
 * (the token family) is revoked.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
    private readonly passwords: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly accessTokens: AccessTokens,
  ) {}

  async login(email: string, password: string, ip: string | null): Promise<SessionTokens> {
    const normalized = email.trim().toLowerCase();
    await this.throttle.assertAllowed(normalized, ip);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email AND u.disabledAt IS NULL', { email: normalized })
      .getOne();
    // Unknown account and wrong password take the same time and give the same answer.
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid) {
      await this.throttle.recordFailure(normalized, ip);
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    const issued = await this.db.transaction(async (manager) => {
      await this.throttle.clear(manager, normalized);
      const session = await manager.getRepository(SessionEntity).save(
        manager.getRepository(SessionEntity).create({
          userId: user.id,
          expiresAt: new Date(Date.now() + this.config.sessionTtlDays * DAY_MS),
        }),
      );
      return this.issueRefreshToken(manager, session);
    });
    return this.withAccessToken({ userId: user.id, ...issued });
  }

  async refresh(refreshToken: string): Promise<SessionTokens> {
    const outcome = await this.db.transaction(async (manager): Promise<RotationOutcome> =>
      this.rotate(manager, refreshToken),
    );
    // Revocation on reuse is committed above before the caller is refused.
    if (!outcome.ok) throw new UnauthenticatedError(INVALID_REFRESH);
    return this.withAccessToken(outcome.tokens);
  }

  /** Ends the session the caller signed in with; its access and refresh tokens stop working. */
  async logout(sessionId: string): Promise<void> {
    await this.db.query(
      `UPDATE identity.sessions SET revoked_at = now(), revoke_reason = 'LOGOUT'
        WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  private async rotate(manager: EntityManager, refreshToken: string): Promise<RotationOutcome> {
    if (refreshToken.length < 20 || refreshToken.length > 200) return { ok: false };
    // Lock the token row: two concurrent refreshes with one token are serialized, and the
    // second sees it rotated.
    const token = await manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.tokenHash = :hash', { hash: hashSecret(refreshToken) })
      .getOne();
    if (!token) return { ok: false };
    const session = await manager
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id: token.sessionId })
      .getOneOrFail();
    const now = new Date();
    if (session.revokedAt || session.expiresAt <= now) return { ok: false };
    if (token.rotatedAt) {
      await manager.update(SessionEntity, session.id, {
        revokedAt: now,
        revokeReason: 'REFRESH_TOKEN_REUSE',
      });
      return { ok: false };
    }
    if (token.expiresAt <= now) return { ok: false };
    await manager.update(RefreshTokenEntity, token.id, { rotatedAt: now });
    const issued = await this.issueRefreshToken(manager, session);
    return { ok: true, tokens: { userId: session.userId, ...issued } };
  }

  private async issueRefreshToken(manager: EntityManager, session: SessionEntity) {
    const refreshToken = randomSecret();
    const expiresAt = new Date(
      Math.min(Date.now() + this.config.refreshTokenTtlDays * DAY_MS, session.expiresAt.getTime()),
    );
    await manager.getRepository(RefreshTokenEntity).insert({
      sessionId: session.id,
      tokenHash: hashSecret(refreshToken),
      expiresAt,
    });
    return { sessionId: session.id, refreshToken, refreshTokenExpiresAt: expiresAt };
  }

  private async withAccessToken(
    tokens: Omit<SessionTokens, 'accessToken' | 'accessTokenExpiresAt'>,
  ): Promise<SessionTokens> {
    const access = await this.accessTokens.sign({
      typ: 'user',
      sub: tokens.userId,
      sid: tokens.sessionId,
    });
    return { ...tokens, accessToken: access.token, accessTokenExpiresAt: access.expiresAt };
  }
}
