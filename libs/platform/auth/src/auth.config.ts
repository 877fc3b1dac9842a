import { IsOptional, IsString, MinLength } from 'class-validator';
import { defineConfig, OptionalIntEnv } from '@vcp/platform/config';

export class AuthEnv {
  /** HMAC key for access tokens; every subgraph verifies with it. */
  @IsString({ message: 'JWT_SECRET is required (at least 32 random characters)' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  /** Access tokens are short-lived: at most an hour. */
  @OptionalIntEnv('ACCESS_TOKEN_TTL_SECONDS', 60, 3600, 'seconds')
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @OptionalIntEnv('REFRESH_TOKEN_TTL_DAYS', 1, 90, 'days')
  REFRESH_TOKEN_TTL_DAYS?: number;

  /** How long a partner client's previous secret keeps working after a rotation (0: not at all). */
  @OptionalIntEnv('API_CLIENT_ROTATION_GRACE_SECONDS', 0, 86400, 'seconds')
  API_CLIENT_ROTATION_GRACE_SECONDS?: number;
}

export interface AuthConfig {
  jwtSecret: string;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** A session (one refresh-token family) ends this long after sign-in whatever the rotation. */
  sessionTtlDays: number;
  /** The previous secret of a rotated partner client works this long unless rotated immediately. */
  clientRotationGraceSeconds: number;
}

export const authConfig = defineConfig('auth', AuthEnv, (env): AuthConfig => ({
  jwtSecret: env.JWT_SECRET,
  issuer: env.JWT_ISSUER ?? 'vcp',
  audience: 'vcp-api',
  accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 900,
  refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS ?? 14,
  sessionTtlDays: 30,
  clientRotationGraceSeconds: env.API_CLIENT_ROTATION_GRACE_SECONDS ?? 600,
}));
