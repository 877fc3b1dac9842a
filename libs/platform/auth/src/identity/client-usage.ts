/** How often a client's last-used time is written at most, per process. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Remembers when this process last recorded each partner client's use, so a busy client costs
 * one UPDATE a minute per process instead of a write on every request.
 */
export class ClientUsageThrottle {
  private readonly recorded = new Map<string, number>();

  constructor(
    private readonly resolutionMs = LAST_USED_RESOLUTION_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the use should be written now (and remembers that it was). */
  shouldRecord(clientId: string): boolean {
    const now = this.now();
    const last = this.recorded.get(clientId);
    if (last !== undefined && now - last < this.resolutionMs) return false;
    if (this.recorded.size >= 10_000) this.forgetOlderThan(now - this.resolutionMs);
    this.recorded.set(clientId, now);
    return true;
  }

  private forgetOlderThan(cutoff: number): void {
    for (const [id, at] of this.recorded) if (at < cutoff) this.recorded.delete(id);
  }
}
