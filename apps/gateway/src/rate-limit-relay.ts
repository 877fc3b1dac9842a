import { type ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@vcp/platform/graphql';
import { type GatewayContext } from './forwarding-data-source';

const HEADERS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'] as const;

interface Allowance {
  limit: number;
  remaining: number;
  reset: number;
}

/**
 * Collects the `RateLimit-*` answers of every subgraph a request reached and reports the
 * tightest one to the caller, so a partner sees the allowance that will stop it first.
 */
export class RateLimitRelay {
  private tightest: Allowance | null = null;

  record(headers: { get(name: string): string | null }): void {
    const [limit, remaining, reset] = HEADERS.map((name) => Number(headers.get(name)));
    if (![limit, remaining, reset].every(Number.isFinite) || headers.get(HEADERS[0]) === null) {
      return;
    }
    if (!this.tightest || remaining < this.tightest.remaining) {
      this.tightest = { limit, remaining, reset };
    }
  }

  headers(): [string, string][] {
    if (!this.tightest) return [];
    const { limit, remaining, reset } = this.tightest;
    return [
      ['ratelimit-limit', String(limit)],
      ['ratelimit-remaining', String(remaining)],
      ['ratelimit-reset', String(reset)],
    ];
  }
}

/**
 * Passes the subgraphs' rate limits on: the `RateLimit-*` headers, and HTTP 429 with
 * `Retry-After` when a subgraph refused the request as RATE_LIMITED.
 */
export function rateLimitRelayPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ contextValue, response }) => {
          for (const [name, value] of contextValue.rateLimits?.headers() ?? []) {
            response.http.headers.set(name, value);
          }
          if (response.body.kind !== 'single') return Promise.resolve();
          const limited = (response.body.singleResult.errors ?? []).filter(
            (error) => error.extensions?.code === ErrorCode.RATE_LIMITED,
          );
          if (limited.length > 0) {
            const retryAfter = Math.max(
              ...limited.map((error) => Number(error.extensions?.retryAfterSeconds) || 1),
            );
            response.http.status = 429;
            response.http.headers.set('retry-after', String(retryAfter));
          }
          return Promise.resolve();
        },
      }),
  };
}
