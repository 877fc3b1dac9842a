import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LedgerService } from '@vcp/compute/ledger';
import { type Principal } from '@vcp/platform/auth';
import { inTransaction, returnedRows, sqlState } from '@vcp/platform/database';
import { OutboxService, WebhookEventType } from '@vcp/platform/events';
import { BadUserInputError, ConflictError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource } from 'typeorm';
import { HOUR_MS } from './slots';

/** A confirmed reservation with no usage this many minutes after its start is a no-show. */
export const NO_SHOW_MINUTES = 30;

export interface UsageReport {
  id: string;
  reservationId: string;
  deviceHours: number;
  reportedAt: Date;
  replayed: boolean;
}

export interface Utilization {
  key: string;
  reservedDeviceHours: number;
  usedDeviceHours: number;
  /** used ÷ reserved, 0–1; null when nothing was reserved. */
  utilization: number | null;
}

/**
 * Usage the computing center reports, the no-show and completion sweep, and utilization. A report
 * under a key already used returns the first report (a retry counts once); used hours never
 * exceed what was reserved.
 */
@Injectable()
export class UsageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly outbox: OutboxService,
  ) {}

  async report(
    request: { reservationId: string; deviceHours: number; idempotencyKey: string },
    by: Principal | null,
  ): Promise<UsageReport> {
    if (
      !Number.isFinite(request.deviceHours) ||
      request.deviceHours <= 0 ||
      request.deviceHours > 1e7
    ) {
      throw new BadUserInputError('deviceHours must be a positive number.', {
        rule: 'USAGE_HOURS',
        fields: [{ field: 'deviceHours', message: 'positive' }],
      });
    }
    // Usage is kept in hundredths of a device-hour; finer figures would be stored rounded away.
    if (Number(request.deviceHours.toFixed(2)) !== request.deviceHours) {
      throw new BadUserInputError('deviceHours has at most two decimal places (0.25, not 0.125).', {
        rule: 'USAGE_HOURS',
        fields: [{ field: 'deviceHours', message: 'at most two decimal places' }],
      });
    }
    const hash = createHash('sha256')
      .update(`${request.reservationId}:${request.deviceHours}`)
      .digest();
    const earlier = await this.replay(request.idempotencyKey, hash);
    if (earlier) return earlier;
    try {
      return await inTransaction(this.db, async (manager) => {
        const [reservation] = await manager.query<
          {
            id: string;
            status: string;
            devices: number;
            starts_at: Date;
            ends_at: Date;
            used: string;
          }[]
        >(
          `SELECT r.id, r.status, r.devices, r.starts_at, r.ends_at,
                  coalesce((SELECT sum(device_hours) FROM compute.usage_reports u WHERE u.reservation_id = r.id), 0) AS used
             FROM compute.reservations r WHERE r.id = $1 FOR UPDATE`,
          [request.reservationId],
        );
        if (!reservation) throw new NotFoundError('Reservation', request.reservationId);
        if (!['CONFIRMED', 'ACTIVE', 'COMPLETED'].includes(reservation.status)) {
          throw new ConflictError(
            `The reservation is ${reservation.status}; usage is reported on confirmed reservations.`,
            {
              rule: 'RESERVATION_LIFECYCLE',
            },
          );
        }
        if (reservation.starts_at > new Date()) {
          throw new ConflictError(
            'The reservation has not started; usage is reported from its start.',
            { rule: 'USAGE_BEFORE_START' },
          );
        }
        const reserved =
          (reservation.devices *
            (reservation.ends_at.getTime() - reservation.starts_at.getTime())) /
          HOUR_MS;
        const used = Number(reservation.used) + request.deviceHours;
        if (used > reserved + 1e-9) {
          throw new BadUserInputError(
            `Reported use would reach ${used} device-hours, more than the ${reserved} reserved.`,
            {
              rule: 'USAGE_OVER_RESERVED',
              fields: [
                { field: 'deviceHours', message: `at most ${reserved - Number(reservation.used)}` },
              ],
            },
          );
        }
        const [row] = await manager.query<UsageReport[]>(
          `INSERT INTO compute.usage_reports (reservation_id, device_hours, idempotency_key, request_hash, reported_by)
           VALUES ($1, $2, $3, $4, $5)
           RETURNING id, reservation_id AS "reservationId", device_hours::float8 AS "deviceHours", reported_at AS "reportedAt"`,
          [
            request.reservationId,
            request.deviceHours,
            request.idempotencyKey,
            hash,
            by?.kind === 'client' ? null : (by?.userId ?? null),
          ],
        );
        if (reservation.status === 'CONFIRMED') {
          await manager.query(
            `UPDATE compute.reservations SET status = 'ACTIVE', status_changed_at = now() WHERE id = $1`,
            [reservation.id],
          );
        }
        return { ...row, replayed: false };
      });
    } catch (error) {
      if (
        sqlState(error) === '23505' &&
        String((error as Error).message).includes('usage_reports_idempotency_key')
      ) {
        const winner = await this.replay(request.idempotencyKey, hash);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /**
   * Confirmed reservations without usage 30 minutes after their start become NO_SHOW and their
   * credits are forfeited; active ones past their end are COMPLETED. Safe on every replica.
   */
  async sweep(): Promise<{ noShows: number; completed: number }> {
    const due = await this.db.query<
      { id: string; credits: string; beneficiary: string; integrator: string }[]
    >(
      `SELECT r.id, r.credits, r.beneficiary_organization_id AS beneficiary,
              r.integrator_organization_id AS integrator
         FROM compute.reservations r
        WHERE r.status = 'CONFIRMED' AND r.starts_at + make_interval(mins => $1) <= now()
          AND NOT EXISTS (SELECT 1 FROM compute.usage_reports u WHERE u.reservation_id = r.id)
        LIMIT 1000`,
      [NO_SHOW_MINUTES],
    );
    let noShows = 0;
    for (const reservation of due) {
      noShows += await inTransaction(this.db, async (manager) => {
        const [current] = await manager.query<{ status: string }[]>(
          `SELECT status FROM compute.reservations WHERE id = $1 FOR UPDATE`,
          [reservation.id],
        );
        if (current?.status !== 'CONFIRMED') return 0;
        if (Number(reservation.credits) > 0) {
          const transactionId = await this.ledger.forfeitWithin(
            manager,
            {
              amount: Number(reservation.credits),
              idempotencyKey: `forfeit:${reservation.id}`,
              memo: `no-show ${reservation.id}`,
            },
            null,
          );
          await this.outbox.record(manager, {
            type: WebhookEventType.CREDITS_FORFEITED,
            aggregate: { type: 'ledger_transaction', id: transactionId },
            organizationIds: [reservation.beneficiary, reservation.integrator],
            data: {
              transactionId,
              organizationId: reservation.beneficiary,
              reservationId: reservation.id,
              amount: Number(reservation.credits),
              reason: 'NO_SHOW',
            },
          });
        }
        await manager.query(
          `UPDATE compute.reservations SET status = 'NO_SHOW', status_changed_at = now() WHERE id = $1`,
          [reservation.id],
        );
        return 1;
      });
    }
    const completed = returnedRows(
      await this.db.query(
        `UPDATE compute.reservations SET status = 'COMPLETED', status_changed_at = now()
          WHERE status = 'ACTIVE' AND ends_at <= now() RETURNING id`,
      ),
    );
    return { noShows, completed: completed.length };
  }

  /** SMEs that have completed at least one reservation (the adoption figure's numerator). */
  async adoptedSmes(): Promise<number> {
    const [row] = await this.db.query<{ count: string }[]>(
      `SELECT count(DISTINCT beneficiary_organization_id) AS count FROM compute.reservations WHERE status = 'COMPLETED'`,
    );
    return Number(row.count);
  }

  /**
   * Used ÷ reserved device-hours of reservations starting in [from, to), per pool or per
   * consortium; of one consortium's reservations only, when given.
   */
  async utilization(
    by: 'pool' | 'consortium',
    from: Date,
    to: Date,
    consortiumId?: string,
  ): Promise<Utilization[]> {
    const key = by === 'pool' ? 'r.pool_id' : 'r.consortium_id';
    const rows = await this.db.query<{ key: string; reserved: string; used: string }[]>(
      `SELECT ${key}::text AS key,
              sum(r.devices * extract(epoch FROM r.ends_at - r.starts_at) / 3600) AS reserved,
              sum(coalesce((SELECT sum(device_hours) FROM compute.usage_reports u WHERE u.reservation_id = r.id), 0)) AS used
         FROM compute.reservations r
        WHERE r.status IN ('CONFIRMED','ACTIVE','COMPLETED','NO_SHOW') AND r.starts_at >= $1 AND r.starts_at < $2
          AND ($3::uuid IS NULL OR r.consortium_id = $3)
        GROUP BY 1 ORDER BY 1`,
      [from, to, consortiumId ?? null],
    );
    return rows.map((row) => {
      const reserved = Number(row.reserved);
      const used = Number(row.used);
      return {
        key: row.key,
        reservedDeviceHours: reserved,
        usedDeviceHours: used,
        utilization: reserved > 0 ? used / reserved : null,
      };
    });
  }

  private async replay(idempotencyKey: string, hash: Buffer): Promise<UsageReport | null> {
    const [earlier] = await this.db.query<(UsageReport & { request_hash: Buffer })[]>(
      `SELECT id, reservation_id AS "reservationId", device_hours::float8 AS "deviceHours", reported_at AS "reportedAt", request_hash
         FROM compute.usage_reports WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    if (!earlier) return null;
    if (!earlier.request_hash.equals(hash)) {
      throw new ConflictError(
        `Idempotency key ${idempotencyKey} was already used for a different usage report.`,
        {
          rule: 'IDEMPOTENCY_KEY_REUSED',
        },
      );
    }
    const { request_hash: _hash, ...report } = earlier;
    return { ...report, replayed: true };
  }
}
