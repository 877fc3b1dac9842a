import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { defineConfig } from '@vcp/platform/config';

const toNumber = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : Number(value);

export class AuthEnv {
  /** HMAC key for access tokens; every subgraph verifies with it. */
  @IsString({ message: 'JWT_SECRET is required (at least 32 random characters)' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'ACCESS_TOKEN_TTL_SECONDS must be a whole number of seconds' })
  @Min(60, { message: 'ACCESS_TOKEN_TTL_SECONDS must be at least 60' })
  @Max(3600, {
    message: 'ACCESS_TOKEN_TTL_SECONDS must be at most 3600 (access tokens are short-lived)',
  })
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'REFRESH_TOKEN_TTL_DAYS must be a whole number of days' })
  @Min(1, { message: 'REFRESH_TOKEN_TTL_DAYS must be at least 1' })
  @Max(90, { message: 'REFRESH_TOKEN_TTL_DAYS must be at most 90' })
  REFRESH_TOKEN_TTL_DAYS?: number;
}

export interface AuthConfig {
  jwtSecret: string;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** A session (one refresh-token family) ends this long after sign-in whatever the rotation. */
  sessionTtlDays: number;
}

export const authConfig = defineConfig('auth', AuthEnv, (env): AuthConfig => ({
  jwtSecret: env.JWT_SECRET,
  issuer: env.JWT_ISSUER ?? 'vcp',
  audience: 'vcp-api',
  accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 900,
  refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS ?? 14,
  sessionTtlDays: 30,
}));
