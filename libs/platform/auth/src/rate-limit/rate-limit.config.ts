import { IsOptional, Matches } from 'class-validator';
import { defineConfig, OptionalIntEnv } from '@vcp/platform/config';

const MAX_PER_MINUTE = 1_000_000;

export class RateLimitEnv {
  /** Shared counters for every instance; without it each process counts in memory. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Default requests a minute per partner client and service (0 turns the limit off). */
  @OptionalIntEnv('RATE_LIMIT_CLIENT_PER_MINUTE', 0, MAX_PER_MINUTE)
  RATE_LIMIT_CLIENT_PER_MINUTE?: number;

  /** Requests a minute per signed-in person and service (0: off). */
  @OptionalIntEnv('RATE_LIMIT_USER_PER_MINUTE', 0, MAX_PER_MINUTE)
  RATE_LIMIT_USER_PER_MINUTE?: number;

  /** Requests a minute per address and service for callers without valid credentials (0: off). */
  @OptionalIntEnv('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 0, MAX_PER_MINUTE)
  RATE_LIMIT_ANONYMOUS_PER_MINUTE?: number;
}

export interface RateLimitConfig {
  redisUrl?: string;
  perMinute: { client: number; user: number; anonymous: number };
}

export const rateLimitConfig = defineConfig('rateLimit', RateLimitEnv, (env): RateLimitConfig => ({
  redisUrl: env.REDIS_URL,
  perMinute: {
    client: env.RATE_LIMIT_CLIENT_PER_MINUTE ?? 600,
    user: env.RATE_LIMIT_USER_PER_MINUTE ?? 600,
    anonymous: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? 300,
  },
}));
