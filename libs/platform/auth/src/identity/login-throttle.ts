import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimitedError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Slows password guessing: after repeated failures for one e-mail address (whether or not an
 * account exists) or from one network address, sign-in is refused for the rest of the window.
 * Counts live in PostgreSQL so every instance of the service shares them.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [row]: { by_email: number; by_ip: number; oldest: Date | null }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              min(failed_at) AS oldest
         FROM identity.login_failures
        WHERE (email = $1 OR ip = $2) AND failed_at > now() - make_interval(mins => $3)`,
      [email, ip, LOGIN_WINDOW_MINUTES],
    );
    if (row.by_email >= MAX_FAILURES_PER_ACCOUNT || row.by_ip >= MAX_FAILURES_PER_ADDRESS) {
      const windowEnd = (row.oldest?.getTime() ?? Date.now()) + LOGIN_WINDOW_MINUTES * 60_000;
      const retryAfterSeconds = Math.max(1, Math.ceil((windowEnd - Date.now()) / 1000));
      throw new RateLimitedError(
        `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
        retryAfterSeconds,
      );
    }
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    await this.db.query(`INSERT INTO identity.login_failures (email, ip) VALUES ($1, $2)`, [
      email,
      ip,
    ]);
  }

  async clear(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`DELETE FROM identity.login_failures WHERE email = $1`, [email]);
  }
}
