import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { RequestRateLimiter } from './request-rate-limiter';

/** Redis for the shared-store cases: REDIS_URL, else a server answering on 127.0.0.1:6379. */
function reachableRedis(): string | undefined {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const s = require('node:net').connect(6379, '127.0.0.1');
       s.setTimeout(500, () => process.exit(1));
       s.on('connect', () => { s.write('PING\\r\\n'); });
       s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 1));
       s.on('error', () => process.exit(1));`,
    ],
    { timeout: 3000 },
  );
  return probe.status === 0 ? 'redis://127.0.0.1:6379' : undefined;
}

const redisUrl = reachableRedis();
const stores: ['memory' | 'redis', string | undefined][] = [
  ['memory', undefined],
  ...(redisUrl ? [['redis', redisUrl] as ['redis', string]] : []),
];

describe.each(stores)('request rate limits in %s', (store, url) => {
  const opened: RequestRateLimiter[] = [];
  const limiter = (prefix = `test-${randomUUID()}`) => {
    const instance = new RequestRateLimiter({ redisUrl: url, prefix });
    opened.push(instance);
    return instance;
  };
  afterAll(() => Promise.all(opened.map((instance) => instance.close())));

  it('allows the limit within a minute, then refuses with the time to wait', async () => {
    const instance = limiter();
    await instance.whenConnected();
    expect(instance.store).toBe(store);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await instance.consume('client:a', 3));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((decision) => decision.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3].resetSeconds).toBeGreaterThanOrEqual(1);
    expect(decisions[3].resetSeconds).toBeLessThanOrEqual(60);
  });

  it('keeps each key’s count apart, and each limit value its own allowance', async () => {
    const instance = limiter();
    await instance.consume('client:a', 1);
    expect((await instance.consume('client:a', 1)).allowed).toBe(false);
    expect((await instance.consume('client:b', 1)).allowed).toBe(true);
    expect((await instance.consume('user:a', 1)).allowed).toBe(true);
  });

  it(
    store === 'redis'
      ? 'shares the count between instances (several gateways or subgraph replicas)'
      : 'counts per process in memory: another instance starts from zero',
    async () => {
      const prefix = `shared-${randomUUID()}`;
      const first = limiter(prefix);
      const second = limiter(prefix);
      await Promise.all([first.whenConnected(), second.whenConnected()]);
      await first.consume('client:shared', 2);
      await second.consume('client:shared', 2);
      const third = await first.consume('client:shared', 2);
      expect(third.allowed).toBe(store === 'memory');
    },
  );
});
