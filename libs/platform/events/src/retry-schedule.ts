export interface RetryPolicy {
  /** Delay before the second attempt, before jitter. */
  baseDelayMs: number;
  /** No delay grows beyond this. */
  maxDelayMs: number;
  /** Attempts before a delivery is marked dead (a replay starts it again). */
  maxAttempts: number;
}

/**
 * The wait after failed attempt `attempt` (1-based): exponential (base × 2^(attempt−1), capped)
 * with "equal jitter": half of it fixed, the other half random, so receivers coming back are not
 * hit by every dispatcher at the same instant yet the wait never collapses towards zero.
 */
export function retryDelayMs(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
