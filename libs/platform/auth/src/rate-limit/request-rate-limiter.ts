import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/** Limits are per minute: a fixed one-minute window per key. */
export const WINDOW_SECONDS = 60;

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
}

export interface RateLimiterStoreOptions {
  /** Share counters through this Redis; in process memory without it. */
  redisUrl?: string;
  /** Key namespace, e.g. the service name, so each service keeps its own counts. */
  prefix: string;
}

/**
 * Counts requests per key in fixed one-minute windows (rate-limiter-flexible): in memory, or in
 * Redis so every instance of a service shares the counts. When Redis fails, each instance falls
 * back to counting in its own memory rather than refusing or waving everyone through.
 */
export class RequestRateLimiter {
  private readonly logger = new Logger(RequestRateLimiter.name);
  private readonly redis: Redis | null;
  private readonly limiters = new Map<number, RateLimiterAbstract>();

  constructor(private readonly options: RateLimiterStoreOptions) {
    this.redis = options.redisUrl
      ? new Redis(options.redisUrl, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          lazyConnect: false,
        })
      : null;
    this.redis?.on('error', (error: Error) =>
      this.logger.warn(`Redis for rate limits: ${error.message}`),
    );
  }

  get store(): 'redis' | 'memory' {
    return this.redis ? 'redis' : 'memory';
  }

  /** Resolves once Redis answers (at once for the memory store); until then counts are local. */
  async whenConnected(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      redis.once('ready', () => resolve());
      redis.once('end', () => reject(new Error('Redis connection ended')));
    });
  }

  /** Takes one request from `key`'s allowance of `limit` a minute. */
  async consume(key: string, limit: number): Promise<RateLimitDecision> {
    try {
      const result = await this.limiterFor(limit).consume(key, 1);
      return decision(true, limit, result);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return decision(false, limit, rejection);
      throw rejection;
    }
  }

  async close(): Promise<void> {
    if (this.redis && this.redis.status !== 'end') await this.redis.quit().catch(() => undefined);
  }

  /** One limiter per distinct limit (the default and each client's own). */
  private limiterFor(points: number): RateLimiterAbstract {
    let limiter = this.limiters.get(points);
    if (!limiter) {
      const base = { points, duration: WINDOW_SECONDS, keyPrefix: `rl:${this.options.prefix}` };
      limiter = this.redis
        ? new RateLimiterRedis({
            ...base,
            storeClient: this.redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory(base),
          })
        : new RateLimiterMemory(base);
      this.limiters.set(points, limiter);
    }
    return limiter;
  }
}

function decision(allowed: boolean, limit: number, result: RateLimiterRes): RateLimitDecision {
  return {
    allowed,
    limit,
    remaining: Math.max(0, result.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  };
}
