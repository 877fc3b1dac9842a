import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { rateLimitConfig, type RateLimitConfig } from './rate-limit.config';
import { RATE_LIMITER, RateLimitPlugin } from './rate-limit.plugin';
import { RequestRateLimiter } from './request-rate-limiter';

/**
 * Per-caller rate limits for a subgraph's GraphQL endpoint, applied after the caller is verified.
 * Each service counts its own requests (`rl:<service>:...`), in memory or in `REDIS_URL`.
 */
@Module({})
export class RateLimitModule {
  static forService(service: string): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [ConfigModule.forFeature(rateLimitConfig)],
      providers: [
        {
          provide: RATE_LIMITER,
          inject: [rateLimitConfig.KEY],
          useFactory: (config: RateLimitConfig) =>
            new RequestRateLimiter({ redisUrl: config.redisUrl, prefix: service }),
        },
        RateLimitPlugin,
      ],
    };
  }
}
