import { retryDelayMs } from './retry-schedule';
import { DEFAULT_RETRY_POLICY } from './webhooks.config';

const policy = DEFAULT_RETRY_POLICY;

describe('retry schedule: exponential backoff with equal jitter', () => {
  it('doubles from the base delay, each wait between half and all of its step', () => {
    const lowest = [1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, policy, () => 0));
    const highest = [1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, policy, () => 1));
    expect(lowest).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(highest).toEqual([10_000, 20_000, 40_000, 80_000, 160_000]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(retryDelayMs(30, policy, () => 1)).toBe(6 * 3_600_000);
    expect(retryDelayMs(30, policy, () => 0)).toBe(3 * 3_600_000);
  });

  it('spreads retries: random draws land anywhere in the upper half of the step', () => {
    const draws = Array.from({ length: 200 }, () => retryDelayMs(3, policy));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(20_000);
    expect(Math.max(...draws)).toBeLessThanOrEqual(40_000);
    expect(new Set(draws).size).toBeGreaterThan(100);
  });

  it('by default starts at 10 s, caps at 6 h and keeps trying for 20 to 41 hours before giving up', () => {
    expect(policy).toEqual({ baseDelayMs: 10_000, maxDelayMs: 6 * 3_600_000, maxAttempts: 18 });
    const waits = (random: () => number) =>
      Array.from({ length: policy.maxAttempts - 1 }, (_, index) =>
        retryDelayMs(index + 1, policy, random),
      ).reduce((sum, delay) => sum + delay, 0) / 3_600_000;
    expect(waits(() => 0)).toBeGreaterThan(20);
    expect(waits(() => 1)).toBeLessThan(42);
  });
});
