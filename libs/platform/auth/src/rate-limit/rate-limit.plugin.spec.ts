import { ApiScope, PlatformRole, type Principal } from '../principal';
import { type RateLimitConfig } from './rate-limit.config';
import { rateLimitHeaders, rateLimitSubject } from './rate-limit.plugin';

const config: RateLimitConfig = { perMinute: { client: 600, user: 300, anonymous: 60 } };
const client = (rateLimitPerMinute?: number | null): Principal => ({
  kind: 'client',
  clientId: 'c-1',
  scopes: [ApiScope.COMPUTE_READ],
  organizationId: null,
  rateLimitPerMinute,
});

describe('whose allowance a request spends', () => {
  it('counts a verified partner client under its own id, at its own limit or the default', () => {
    expect(rateLimitSubject(client(), '10.0.0.1', config)).toMatchObject({
      key: 'client:c-1',
      limit: 600,
    });
    expect(rateLimitSubject(client(null), '10.0.0.1', config).limit).toBe(600);
    expect(rateLimitSubject(client(5), '10.0.0.1', config).limit).toBe(5);
  });

  it('counts a person per account, whatever address they call from', () => {
    const person: Principal = {
      kind: 'user',
      userId: 'u-1',
      sessionId: 's-1',
      roles: [PlatformRole.RESEARCHER],
      organizationId: null,
    };
    expect(rateLimitSubject(person, '10.0.0.1', config)).toEqual(
      rateLimitSubject(person, '10.0.0.2', config),
    );
    expect(rateLimitSubject(person, '10.0.0.1', config)).toMatchObject({
      key: 'user:u-1',
      limit: 300,
    });
  });

  it('counts callers without verified credentials by address, so a forged token spends no client’s allowance', () => {
    expect(rateLimitSubject(null, '203.0.113.9', config)).toMatchObject({
      key: 'ip:203.0.113.9',
      limit: 60,
    });
  });

  it('reports the allowance in RateLimit-* headers', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 10, remaining: 7, resetSeconds: 42 })).toEqual([
      ['ratelimit-limit', '10'],
      ['ratelimit-remaining', '7'],
      ['ratelimit-reset', '42'],
    ]);
  });
});
