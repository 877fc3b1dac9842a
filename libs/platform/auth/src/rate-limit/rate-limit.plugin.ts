import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Inject, type OnApplicationShutdown } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { RateLimitedError } from '@vcp/platform/graphql';
import type { Request } from 'express';
import { RequestAuthenticator } from '../policy/request-authenticator';
import { type Principal } from '../principal';
import { rateLimitConfig, type RateLimitConfig } from './rate-limit.config';
import { type RateLimitDecision, RequestRateLimiter } from './request-rate-limiter';

export const RATE_LIMITER = Symbol('RATE_LIMITER');

export interface RateLimitSubject {
  key: string;
  limit: number;
  who: string;
}

/**
 * Whose allowance a request spends: a verified partner client (its own limit, else the default),
 * a verified person, or, without valid credentials, the caller's address. Keys come only from
 * verified credentials, so a forged token spends the forger's address allowance, never another
 * client's.
 */
export function rateLimitSubject(
  principal: Principal | null,
  address: string | undefined,
  config: RateLimitConfig,
): RateLimitSubject {
  if (principal?.kind === 'client') {
    return {
      key: `client:${principal.clientId}`,
      limit: principal.rateLimitPerMinute ?? config.perMinute.client,
      who: 'This API client',
    };
  }
  if (principal?.kind === 'user') {
    return { key: `user:${principal.userId}`, limit: config.perMinute.user, who: 'You' };
  }
  return {
    key: `ip:${address ?? 'unknown'}`,
    limit: config.perMinute.anonymous,
    who: 'Requests from your address without credentials',
  };
}

/** `RateLimit-*` response headers (IETF draft: limit, remaining, seconds to reset). */
export function rateLimitHeaders(decision: RateLimitDecision): [string, string][] {
  return [
    ['ratelimit-limit', String(decision.limit)],
    ['ratelimit-remaining', String(decision.remaining)],
    ['ratelimit-reset', String(decision.resetSeconds)],
  ];
}

interface RequestContext {
  req?: Request;
}

/**
 * Spends one request of the caller's allowance once per GraphQL request, after verifying the
 * caller and before anything executes; over the limit, the request stops with RATE_LIMITED,
 * HTTP 429 and `Retry-After`. Every answer carries `RateLimit-*` headers.
 */
@Plugin()
export class RateLimitPlugin implements ApolloServerPlugin<RequestContext>, OnApplicationShutdown {
  constructor(
    private readonly authenticator: RequestAuthenticator,
    @Inject(RATE_LIMITER) private readonly limiter: RequestRateLimiter,
    @Inject(rateLimitConfig.KEY) private readonly config: RateLimitConfig,
  ) {}

  requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return Promise.resolve({
      didResolveOperation: async ({ contextValue, response }) => {
        const req = contextValue.req;
        if (!req) return;
        const principal = await this.authenticator.principalOf(req);
        const subject = rateLimitSubject(principal, req.ip, this.config);
        if (subject.limit <= 0) return;
        const decision = await this.limiter.consume(subject.key, subject.limit);
        for (const [name, value] of rateLimitHeaders(decision))
          response.http.headers.set(name, value);
        if (!decision.allowed) {
          throw new RateLimitedError(
            `${subject.who} made more than ${decision.limit} requests this minute; try again in ${decision.resetSeconds} s.`,
            decision.resetSeconds,
            { http: true },
          );
        }
      },
    });
  }

  /** After the HTTP server has drained, so in-flight requests keep the shared counters. */
  onApplicationShutdown(): Promise<void> {
    return this.limiter.close();
  }
}
