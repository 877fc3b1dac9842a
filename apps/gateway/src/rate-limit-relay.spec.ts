import { RateLimitRelay } from './rate-limit-relay';

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
