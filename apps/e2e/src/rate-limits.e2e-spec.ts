import { PlatformRole } from '@vcp/platform/auth';
import { errorCode } from '@vcp/platform/testing';
import { gateway, People } from './support';

const PROBE = '{ programTargets { key } }';
const CREATE = `mutation ($input: CreateApiClientInput!) {
  createApiClient(input: $input) { client { id rateLimitPerMinute } apiKey }
}`;

describe('per-client rate limits through the gateway', () => {
  let people: People;
  let operatorToken: string;
  beforeAll(async () => {
    people = await People.open();
    operatorToken = (await people.signedIn([PlatformRole.OPERATOR])).accessToken;
  });
  afterAll(() => people.close());

  const client = async (rateLimitPerMinute: number) => {
    const response = await gateway<{
      createApiClient: { client: { id: string; rateLimitPerMinute: number }; apiKey: string };
    }>(CREATE, {
      token: operatorToken,
      variables: { input: { name: 'Scheduler', scopes: ['COMPUTE_READ'], rateLimitPerMinute } },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createApiClient;
  };

  it('refuses a client past its own limit with RATE_LIMITED, 429, Retry-After and RateLimit headers', async () => {
    const limited = await client(3);
    expect(limited.client.rateLimitPerMinute).toBe(3);
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await gateway(PROBE, { apiKey: limited.apiKey });
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const refused = await gateway(PROBE, { apiKey: limited.apiKey });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('more than 3 requests this minute'),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');

    // Another client keeps its own allowance.
    const other = await client(3);
    expect((await gateway(PROBE, { apiKey: other.apiKey })).status).toBe(200);
  });

  it("does not let forged credentials spend a client's allowance", async () => {
    const victim = await client(2);
    const forgedToken = people.sign(
      { typ: 'client', sub: victim.client.id, scp: ['compute:read'], gen: 1 },
      { secret: 'not-the-services-secret-not-the-services-secret' },
    );
    const forgedKey = `${victim.client.id}.${'x'.repeat(43)}`;
    for (let i = 0; i < 3; i++) {
      expect(errorCode(await gateway(PROBE, { token: forgedToken }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gateway(PROBE, { apiKey: forgedKey }))).toBe('UNAUTHENTICATED');
    }
    for (let i = 0; i < 2; i++) {
      expect((await gateway(PROBE, { apiKey: victim.apiKey })).status).toBe(200);
    }
  });

  it("lets operators change a client's limit at once", async () => {
    const tight = await client(1);
    await gateway(PROBE, { apiKey: tight.apiKey });
    expect(errorCode(await gateway(PROBE, { apiKey: tight.apiKey }))).toBe('RATE_LIMITED');
    const raised = await gateway<{ setApiClientRateLimit: { rateLimitPerMinute: number } }>(
      `mutation ($input: SetApiClientRateLimitInput!) {
        setApiClientRateLimit(input: $input) { rateLimitPerMinute }
      }`,
      { token: operatorToken, variables: { input: { id: tight.client.id, requestsPerMinute: 5 } } },
    );
    expect(raised.data?.setApiClientRateLimit.rateLimitPerMinute).toBe(5);
    expect((await gateway(PROBE, { apiKey: tight.apiKey })).status).toBe(200);
  });
});
