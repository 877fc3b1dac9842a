import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LedgerService, MAX_MOVEMENT } from '@vcp/compute/ledger';
import { type Principal } from '@vcp/platform/auth';
import { inTransaction, returnedRows, sqlState } from '@vcp/platform/database';
import { OutboxService, WebhookEventType } from '@vcp/platform/events';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@vcp/platform/graphql';
import { MandatesService } from './mandates.service';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  assertReservationWindow,
  CONSORTIUM_WEEKLY_SHARE,
  HOUR_MS,
  ORGANIZATION_WEEKLY_SHARE,
  peakWindowDeviceHours,
  refundFor,
  slotsOf,
  WEEK_HOURS,
} from './slots';

export enum ReservationStatus {
  HELD = 'HELD',
  CONFIRMED = 'CONFIRMED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
  LAPSED = 'LAPSED',
}

/** A hold lapses unless confirmed within this many minutes. */
export const HOLD_MINUTES = 15;

export interface HoldRequest {
  poolId: string;
  consortiumId: string;
  beneficiaryOrganizationId: string;
  integratorOrganizationId: string;
  devices: number;
  startsAt: Date;
  endsAt: Date;
  idempotencyKey: string;
}

export interface Reservation {
  id: string;
  poolId: string;
  consortiumId: string;
  beneficiaryOrganizationId: string;
  integratorOrganizationId: string;
  devices: number;
  startsAt: Date;
  endsAt: Date;
  status: ReservationStatus;
  holdExpiresAt: Date;
  credits: number;
  createdAt: Date;
}

export interface PoolRow {
  id: string;
  name: string;
  capacity_devices: number;
  credits_per_device_hour: string;
}

export const RESERVATION_COLUMNS = `id, pool_id AS "poolId", consortium_id AS "consortiumId",
  beneficiary_organization_id AS "beneficiaryOrganizationId",
  integrator_organization_id AS "integratorOrganizationId", devices, starts_at AS "startsAt",
  ends_at AS "endsAt", status, hold_expires_at AS "holdExpiresAt", credits::float8 AS credits,
  created_at AS "createdAt"`;

/**
 * Reservations of pool capacity. A hold adds its devices to every hourly slot it covers in one
 * statement, in slot order; the slots' CHECK (reserved ≤ capacity) makes overbooking impossible
 * whatever the concurrency, and the one-statement, ordered update keeps concurrent holds from
 * deadlocking. Confirmation pays in the same transaction; cancellation refunds by notice.
 */
@Injectable()
export class ReservationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly mandates: MandatesService,
    private readonly outbox: OutboxService,
  ) {}

  async hold(request: HoldRequest, by: Principal | null): Promise<Reservation> {
    assertReservationWindow(request.startsAt, request.endsAt);
    if (!Number.isInteger(request.devices) || request.devices < 1) {
      throw new BadUserInputError('devices must be a whole number of at least 1.', {
        rule: 'RESERVATION_DEVICES',
        fields: [{ field: 'devices', message: 'at least 1' }],
      });
    }
    const hash = holdHash(request);
    const earlier = await this.replay(request.idempotencyKey, hash);
    if (earlier) return earlier;
    const pool = await this.pool(request.poolId);
    if (request.devices > pool.capacity_devices) {
      throw new BadUserInputError(
        `${pool.name} has ${pool.capacity_devices} devices; a reservation cannot ask for ${request.devices}.`,
        {
          rule: 'RESERVATION_DEVICES',
          fields: [{ field: 'devices', message: `at most ${pool.capacity_devices}` }],
        },
      );
    }
    const hours = (request.endsAt.getTime() - request.startsAt.getTime()) / HOUR_MS;
    const credits = request.devices * hours * Number(pool.credits_per_device_hour);
    if (credits > MAX_MOVEMENT) {
      throw new BadUserInputError(
        `The reservation would cost ${credits} credits, more than one payment can move (${MAX_MOVEMENT}); book a shorter window or fewer devices.`,
        { rule: 'RESERVATION_PRICE' },
      );
    }
    try {
      return await inTransaction(this.db, async (manager) => {
        await this.assertWithinCaps(manager, pool, request);
        return this.holdWithin(manager, pool, request, credits, hash, by);
      });
    } catch (error) {
      if (
        sqlState(error) === '23505' &&
        String((error as Error).message).includes('reservations_idempotency_key')
      ) {
        const winner = await this.replay(request.idempotencyKey, hash);
        if (winner) return winner;
      }
      if (
        sqlState(error) === '23514' &&
        String((error as Error).message).includes('pool_slots_not_overbooked')
      ) {
        const next = await this.nextFreeStart(pool, request.devices, hours, request.startsAt);
        throw new ConflictError(
          `${pool.name} does not have ${request.devices} free devices for every hour from ${request.startsAt.toISOString()} to ${request.endsAt.toISOString()}${
            next ? `; the next window that fits starts at ${next.toISOString()}` : ''
          }.`,
          { rule: 'POOL_CAPACITY', nextFreeStart: next?.toISOString() ?? null },
        );
      }
      throw error;
    }
  }

  /**
   * Takes the slots and records the hold inside the caller's transaction; the slots' CHECK refuses
   * an overbooking (SQLSTATE 23514 on pool_slots_not_overbooked).
   */
  async holdWithin(
    manager: EntityManager,
    pool: PoolRow,
    request: HoldRequest,
    credits: number,
    hash: Buffer,
    by: Principal | null,
  ): Promise<Reservation> {
    await manager.query(
      `INSERT INTO compute.pool_slots (pool_id, slot_start, capacity, reserved)
       SELECT $1, slot, $2, $3
         FROM generate_series($4::timestamptz, $5::timestamptz - interval '1 hour', interval '1 hour') AS slot
       ORDER BY slot
       ON CONFLICT (pool_id, slot_start) DO UPDATE SET reserved = compute.pool_slots.reserved + EXCLUDED.reserved`,
      [pool.id, pool.capacity_devices, request.devices, request.startsAt, request.endsAt],
    );
    const [reservation] = await manager.query<Reservation[]>(
      `INSERT INTO compute.reservations
         (pool_id, consortium_id, beneficiary_organization_id, integrator_organization_id, devices,
          starts_at, ends_at, hold_expires_at, credits, idempotency_key, request_hash, placed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(mins => $8), $9, $10, $11, $12)
       RETURNING ${RESERVATION_COLUMNS}`,
      [
        pool.id,
        request.consortiumId,
        request.beneficiaryOrganizationId,
        request.integratorOrganizationId,
        request.devices,
        request.startsAt,
        request.endsAt,
        HOLD_MINUTES,
        credits,
        request.idempotencyKey,
        hash,
        by?.kind === 'user' ? by.userId : null,
      ],
    );
    return reservation;
  }

  /**
   * HELD → CONFIRMED, paying from the beneficiary SME's credits in the same transaction. Only the
   * integrator that placed it may confirm (SMEs never redeem directly), with a certification that
   * has not expired and a live mandate from the SME whose cap covers the price.
   */
  async confirm(
    reservationId: string,
    integrator: { organizationId: string; certified: boolean },
    by: Principal | null,
  ): Promise<Reservation> {
    const lapsed = await inTransaction(this.db, async (manager) => {
      const reservation = await this.lock(manager, reservationId);
      if (reservation.integratorOrganizationId !== integrator.organizationId) {
        throw new ForbiddenError(
          'Only the certified integrator that placed the reservation confirms it; SMEs do not redeem credits directly.',
        );
      }
      if (!integrator.certified) {
        throw new ForbiddenError(
          "The integrator's certification has expired (or it has none); it cannot redeem credits until it is renewed.",
        );
      }
      if (reservation.status === ReservationStatus.CONFIRMED) return { reservation, lapsed: false };
      if (reservation.status !== ReservationStatus.HELD) {
        throw new ConflictError(
          `The reservation is ${reservation.status} and cannot be confirmed.`,
          {
            rule: 'RESERVATION_LIFECYCLE',
          },
        );
      }
      if (reservation.holdExpiresAt <= new Date()) {
        await this.release(manager, reservation, ReservationStatus.LAPSED);
        return { reservation, lapsed: true };
      }
      const mandate = await this.mandates.drawWithin(
        manager,
        reservation.beneficiaryOrganizationId,
        integrator.organizationId,
        reservation.credits,
      );
      await this.ledger.spendWithin(
        manager,
        {
          organizationId: reservation.beneficiaryOrganizationId,
          amount: reservation.credits,
          idempotencyKey: `reservation:${reservation.id}`,
          memo: `reservation ${reservation.id}`,
        },
        by,
      );
      const [confirmed] = returnedRows<Reservation>(
        await manager.query(
          `UPDATE compute.reservations SET status = 'CONFIRMED', mandate_id = $2, status_changed_at = now()
            WHERE id = $1 RETURNING ${RESERVATION_COLUMNS}`,
          [reservation.id, mandate.id],
        ),
      );
      await this.announce(manager, WebhookEventType.RESERVATION_CONFIRMED, confirmed, {});
      return { reservation: confirmed, lapsed: false };
    });
    if (lapsed.lapsed) {
      throw new ConflictError(
        `The hold lapsed at ${lapsed.reservation.holdExpiresAt.toISOString()} (${HOLD_MINUTES} minutes after it was placed); place a new one.`,
        { rule: 'HOLD_LAPSED' },
      );
    }
    return lapsed.reservation;
  }

  /** Cancels a hold or a confirmed reservation, refunding by notice and freeing its slots. */
  async cancel(
    reservationId: string,
    by: Principal | null,
  ): Promise<{ reservation: Reservation; refunded: number }> {
    return inTransaction(this.db, async (manager) => {
      const reservation = await this.lock(manager, reservationId);
      if (
        reservation.status !== ReservationStatus.HELD &&
        reservation.status !== ReservationStatus.CONFIRMED
      ) {
        throw new ConflictError(
          `The reservation is ${reservation.status} and cannot be cancelled.`,
          {
            rule: 'RESERVATION_LIFECYCLE',
          },
        );
      }
      let refunded = 0;
      if (reservation.status === ReservationStatus.CONFIRMED) {
        refunded = refundFor(reservation.credits, reservation.startsAt, new Date());
        if (refunded > 0) {
          const [spend] = await manager.query<{ id: string }[]>(
            `SELECT id FROM compute.ledger_transactions WHERE idempotency_key = $1`,
            [`reservation:${reservation.id}`],
          );
          const [{ mandate_id: mandateId }] = await manager.query<{ mandate_id: string }[]>(
            `SELECT mandate_id FROM compute.reservations WHERE id = $1`,
            [reservation.id],
          );
          await this.mandates.restoreWithin(manager, mandateId, refunded);
          await this.ledger.refundWithin(
            manager,
            {
              organizationId: reservation.beneficiaryOrganizationId,
              amount: refunded,
              idempotencyKey: `refund:${reservation.id}`,
              spendTransactionId: spend.id,
              memo: `cancellation of reservation ${reservation.id}`,
            },
            by,
          );
        }
      }
      const cancelled = await this.release(manager, reservation, ReservationStatus.CANCELLED);
      await this.announce(manager, WebhookEventType.RESERVATION_CANCELLED, cancelled, {
        previousStatus: reservation.status,
        refundedCredits: refunded,
      });
      return { reservation: cancelled, refunded };
    });
  }

  /** Holds past their 15 minutes lapse and free their slots; safe on every replica. */
  async lapseHolds(): Promise<number> {
    const due = await this.db.query<{ id: string }[]>(
      `SELECT id FROM compute.reservations WHERE status = 'HELD' AND hold_expires_at <= now() LIMIT 1000`,
    );
    let lapsed = 0;
    for (const { id } of due) {
      lapsed += await inTransaction(this.db, async (manager) => {
        const reservation = await this.lock(manager, id);
        if (reservation.status !== ReservationStatus.HELD) return 0;
        await this.release(manager, reservation, ReservationStatus.LAPSED);
        return 1;
      });
    }
    return lapsed;
  }

  async findById(id: string): Promise<Reservation> {
    const [reservation] = await this.db.query<Reservation[]>(
      `SELECT ${RESERVATION_COLUMNS} FROM compute.reservations WHERE id = $1`,
      [id],
    );
    if (!reservation) throw new NotFoundError('Reservation', id);
    return reservation;
  }

  /**
   * Anti-hoarding: in any 7-day window an organisation may hold at most 20% of the pool's
   * device-hours, and a consortium 50%. Checked under advisory locks per (pool, organisation)
   * and (pool, consortium), always in that order, so two holds of one firm cannot both slip
   * under the cap.
   */
  private async assertWithinCaps(
    manager: EntityManager,
    pool: PoolRow,
    request: HoldRequest,
  ): Promise<void> {
    const caps = [
      {
        column: 'beneficiary_organization_id',
        id: request.beneficiaryOrganizationId,
        share: ORGANIZATION_WEEKLY_SHARE,
        who: 'The SME',
      },
      {
        column: 'consortium_id',
        id: request.consortiumId,
        share: CONSORTIUM_WEEKLY_SHARE,
        who: 'The consortium',
      },
    ] as const;
    for (const cap of caps) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `pool-cap:${pool.id}:${cap.column}:${cap.id}`,
      ]);
    }
    const weekCapacity = pool.capacity_devices * WEEK_HOURS;
    for (const cap of caps) {
      const held = await manager.query<{ devices: number; starts_at: Date; ends_at: Date }[]>(
        `SELECT devices, starts_at, ends_at FROM compute.reservations
          WHERE pool_id = $1 AND ${cap.column} = $2 AND status IN ('HELD','CONFIRMED','ACTIVE')
            AND starts_at < $4::timestamptz + interval '168 hours'
            AND ends_at > $3::timestamptz - interval '168 hours'`,
        [pool.id, cap.id, request.startsAt, request.endsAt],
      );
      const peak = peakWindowDeviceHours([
        ...held.map((row) => ({
          devices: row.devices,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
        })),
        { devices: request.devices, startsAt: request.startsAt, endsAt: request.endsAt },
      ]);
      const limit = Math.floor(weekCapacity * cap.share);
      if (peak.deviceHours > limit) {
        throw new ConflictError(
          `${cap.who} would hold ${peak.deviceHours} device-hours of ${pool.name} in the week from ${peak.windowStart?.toISOString()}, above its cap of ${limit} (${Math.round(cap.share * 100)}% of the pool's ${weekCapacity} device-hours a week).`,
          {
            rule: cap.column === 'consortium_id' ? 'CONSORTIUM_CAP' : 'ORGANIZATION_CAP',
            limit,
            requested: peak.deviceHours,
          },
        );
      }
    }
  }

  /** The earliest start, within a week after `after`, where `devices` fit for `hours` in a row. */
  async nextFreeStart(
    pool: PoolRow,
    devices: number,
    hours: number,
    after: Date,
  ): Promise<Date | null> {
    const horizon = new Date(after.getTime() + 7 * 24 * HOUR_MS);
    const rows = await this.db.query<{ slot_start: Date; free: number }[]>(
      `SELECT slot_start, capacity - reserved AS free FROM compute.pool_slots
        WHERE pool_id = $1 AND slot_start >= $2 AND slot_start < $3`,
      [pool.id, after, new Date(horizon.getTime() + hours * HOUR_MS)],
    );
    const free = new Map(rows.map((row) => [row.slot_start.getTime(), Number(row.free)]));
    for (const start of slotsOf(after, horizon)) {
      const window = slotsOf(start, new Date(start.getTime() + hours * HOUR_MS));
      if (window.every((slot) => (free.get(slot.getTime()) ?? pool.capacity_devices) >= devices))
        return start;
    }
    return null;
  }

  async pool(poolId: string): Promise<PoolRow> {
    const [pool] = await this.db.query<PoolRow[]>(
      `SELECT id, name, capacity_devices, credits_per_device_hour FROM compute.pools
        WHERE id = $1 AND retired_at IS NULL`,
      [poolId],
    );
    if (!pool) throw new NotFoundError('Pool', poolId);
    return pool;
  }

  /** The event the SME and its integrator (and operators) receive, in the change's transaction. */
  private announce(
    manager: EntityManager,
    type: WebhookEventType.RESERVATION_CONFIRMED | WebhookEventType.RESERVATION_CANCELLED,
    reservation: Reservation,
    extra: Record<string, unknown>,
  ): Promise<string> {
    return this.outbox.record(manager, {
      type,
      aggregate: { type: 'reservation', id: reservation.id },
      organizationIds: [
        reservation.beneficiaryOrganizationId,
        reservation.integratorOrganizationId,
      ],
      data: {
        reservationId: reservation.id,
        poolId: reservation.poolId,
        consortiumId: reservation.consortiumId,
        beneficiaryOrganizationId: reservation.beneficiaryOrganizationId,
        integratorOrganizationId: reservation.integratorOrganizationId,
        devices: reservation.devices,
        startsAt: new Date(reservation.startsAt).toISOString(),
        endsAt: new Date(reservation.endsAt).toISOString(),
        credits: reservation.credits,
        status: reservation.status,
        ...extra,
      },
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<Reservation> {
    const [reservation] = await manager.query<Reservation[]>(
      `SELECT ${RESERVATION_COLUMNS} FROM compute.reservations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!reservation) throw new NotFoundError('Reservation', id);
    return reservation;
  }

  /** Gives the slots back and moves the reservation to its end state. */
  private async release(
    manager: EntityManager,
    reservation: Reservation,
    to: ReservationStatus,
  ): Promise<Reservation> {
    await manager.query(
      `UPDATE compute.pool_slots SET reserved = reserved - $2
        WHERE pool_id = $1 AND slot_start >= $3 AND slot_start < $4`,
      [reservation.poolId, reservation.devices, reservation.startsAt, reservation.endsAt],
    );
    const [released] = returnedRows<Reservation>(
      await manager.query(
        `UPDATE compute.reservations SET status = $2, status_changed_at = now() WHERE id = $1
          RETURNING ${RESERVATION_COLUMNS}`,
        [reservation.id, to],
      ),
    );
    return released;
  }

  private async replay(idempotencyKey: string, hash: Buffer): Promise<Reservation | null> {
    const [earlier] = await this.db.query<(Reservation & { request_hash: Buffer })[]>(
      `SELECT ${RESERVATION_COLUMNS}, request_hash FROM compute.reservations WHERE idempotency_key = $1`,
      [idempotencyKey],
    );
    if (!earlier) return null;
    if (!earlier.request_hash.equals(hash)) {
      throw new ConflictError(
        `Idempotency key ${idempotencyKey} was already used for a different reservation; use a new key.`,
        { rule: 'IDEMPOTENCY_KEY_REUSED' },
      );
    }
    const { request_hash: _hash, ...reservation } = earlier;
    return reservation;
  }
}

export function holdHash(request: HoldRequest): Buffer {
  const { idempotencyKey: _key, ...rest } = request;
  const canonical = JSON.stringify(
    Object.keys(rest)
      .sort()
      .map((key) => {
        const value = rest[key as keyof typeof rest];
        return [key, value instanceof Date ? value.toISOString() : value];
      }),
  );
  return createHash('sha256').update(canonical).digest();
}
