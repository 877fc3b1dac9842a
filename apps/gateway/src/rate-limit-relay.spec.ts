import { HeaderMap } from '@apollo/server';
import { type GatewayContext } from './forwarding-data-source';
import { RateLimitRelay, rateLimitRelayPlugin } from './rate-limit-relay';

const answer = (limit: number, remaining: number, reset: number) =>
  new Headers({
    'ratelimit-limit': String(limit),
    'ratelimit-remaining': String(remaining),
    'ratelimit-reset': String(reset),
  });

describe('relaying the subgraphs’ rate limits', () => {
  it('reports the allowance that runs out first', () => {
    const relay = new RateLimitRelay();
    relay.record(answer(600, 590, 30));
    relay.record(answer(100, 3, 12));
    relay.record(new Headers());
    expect(relay.headers()).toEqual([
      ['ratelimit-limit', '100'],
      ['ratelimit-remaining', '3'],
      ['ratelimit-reset', '12'],
    ]);
  });

  it('adds nothing when no subgraph reported a limit', () => {
    const relay = new RateLimitRelay();
    relay.record(new Headers({ 'content-type': 'application/json' }));
    expect(relay.headers()).toEqual([]);
  });
});

describe('answering a refused request', () => {
  async function answer(errors: { message: string; extensions: Record<string, unknown> }[]) {
    const relay = new RateLimitRelay();
    relay.record(answer_(100, 0, 12));
    const response = {
      http: { status: undefined as number | undefined, headers: new HeaderMap() },
      body: { kind: 'single' as const, singleResult: { data: null, errors } },
    };
    const plugin = rateLimitRelayPlugin();
    const listener = await plugin.requestDidStart?.({
      contextValue: { rateLimits: relay } as GatewayContext,
    } as never);
    await listener?.willSendResponse?.({ contextValue: { rateLimits: relay }, response } as never);
    return response.http;
  }
  const answer_ = (limit: number, remaining: number, reset: number) =>
    new Headers({
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(remaining),
      'ratelimit-reset': String(reset),
    });

  it('turns a subgraph’s RATE_LIMITED into HTTP 429 with Retry-After', async () => {
    const http = await answer([
      { message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } },
    ]);
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('12');
    expect(http.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('leaves other errors’ status alone', async () => {
    const http = await answer([{ message: 'no', extensions: { code: 'FORBIDDEN' } }]);
    expect(http.status).toBeUndefined();
  });
});
