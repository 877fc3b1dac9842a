import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError } from '@vcp/platform/graphql';
import { type DataSource } from 'typeorm';
import {
  RESERVATION_COLUMNS,
  type Reservation,
  ReservationsService,
  ReservationStatus,
} from './reservations.service';
import { HOUR_MS, MAX_RESERVATION_HOURS, refundFor, slotsOf } from './slots';
import { UsageService, type Utilization } from './usage.service';

export interface PoolHour {
  startsAt: Date;
  /** Devices nobody has reserved (a closed hour has none). */
  freeDevices: number;
}

export interface PoolCalendar {
  poolId: string;
  capacityDevices: number;
  hours: PoolHour[];
}

/** The most reservations one organisation's or consortium's list returns. */
export const RESERVATION_LIST_LIMIT = 200;

/** The longest period a consortium's compute use is read for: a year, leap day included. */
export const COMPUTE_USE_MAX_DAYS = 366;
const DAY_MS = 24 * HOUR_MS;

/** A consortium's compute over a period, by the start of its reservations. */
export interface ConsortiumComputeUse {
  consortiumId: string;
  from: Date;
  to: Date;
  /** Device-hours of the confirmed, active, completed and no-show reservations. */
  reservedDeviceHours: number;
  usedDeviceHours: number;
  /** used ÷ reserved, 0–1; null when nothing was reserved. */
  utilization: number | null;
  /** Paid for the reservations from the SMEs' wallets, less what cancellations refunded. */
  creditsSpent: number;
  /** Of those, forfeited by no-shows. */
  creditsForfeited: number;
  /** Per pool, keyed by pool id. */
  byPool: Utilization[];
  /** All the period's reservations, in any state. */
  reservationCount: number;
  /** The latest-starting of them, at most RESERVATION_LIST_LIMIT. */
  reservations: Reservation[];
}

/**
 * What people read about pools and reservations before acting: free devices per hour, the
 * reservations an organisation placed or pays for, and what cancelling one now would give back.
 */
@Injectable()
export class ReservationViewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reservations: ReservationsService,
    private readonly usage: UsageService,
  ) {}

  /**
   * Free devices for each hour of [from, to) (widened to whole hours), from the pool's hourly
   * slots: an hour nobody reserved or closed has the pool's whole capacity.
   */
  async poolCalendar(poolId: string, from: Date, to: Date): Promise<PoolCalendar> {
    const start = new Date(Math.floor(from.getTime() / HOUR_MS) * HOUR_MS);
    const end = new Date(Math.ceil(to.getTime() / HOUR_MS) * HOUR_MS);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
      throw new BadUserInputError('The calendar must end after it starts.', {
        rule: 'CALENDAR_PERIOD',
        fields: [{ field: 'to', message: 'must be after from' }],
      });
    }
    if ((end.getTime() - start.getTime()) / HOUR_MS > MAX_RESERVATION_HOURS) {
      throw new BadUserInputError(
        `A calendar covers at most ${MAX_RESERVATION_HOURS} hours (four weeks).`,
        {
          rule: 'CALENDAR_PERIOD',
          fields: [{ field: 'to', message: `at most ${MAX_RESERVATION_HOURS} hours after from` }],
        },
      );
    }
    const pool = await this.reservations.pool(poolId);
    const rows = await this.db.query<{ slot_start: Date; free: number }[]>(
      `SELECT slot_start, greatest(capacity - reserved, 0)::int AS free FROM compute.pool_slots
        WHERE pool_id = $1 AND slot_start >= $2 AND slot_start < $3`,
      [pool.id, start, end],
    );
    const free = new Map(rows.map((row) => [row.slot_start.getTime(), Number(row.free)]));
    return {
      poolId: pool.id,
      capacityDevices: pool.capacity_devices,
      hours: slotsOf(start, end).map((slot) => ({
        startsAt: slot,
        freeDevices: free.get(slot.getTime()) ?? pool.capacity_devices,
      })),
    };
  }

  /** Reservations the organisation placed (an integrator) or pays for (an SME), latest start first. */
  forOrganization(organizationId: string): Promise<Reservation[]> {
    return this.db.query<Reservation[]>(
      `SELECT ${RESERVATION_COLUMNS} FROM compute.reservations
        WHERE integrator_organization_id = $1 OR beneficiary_organization_id = $1
        ORDER BY starts_at DESC, created_at DESC LIMIT ${RESERVATION_LIST_LIMIT}`,
      [organizationId],
    );
  }

  /**
   * What a consortium's reservations starting in [from, to) reserved, used and cost: device-hours
   * as utilization counts them, credits from the ledger's payments, refunds and forfeits for those
   * reservations, and the reservations themselves, latest start first.
   */
  async consortiumUse(consortiumId: string, from: Date, to: Date): Promise<ConsortiumComputeUse> {
    assertUsePeriod(from, to);
    const [[total], byPool, [credits], reservations] = await Promise.all([
      this.usage.utilization('consortium', from, to, consortiumId),
      this.usage.utilization('pool', from, to, consortiumId),
      this.db.query<{ spent: string; forfeited: string }[]>(
        // Payments and refunds move the SME's wallet (out and back in); a no-show's forfeit
        // moves its payment from center revenue to the forfeited account.
        `SELECT coalesce(-sum(e.amount) FILTER (WHERE a.kind = 'WALLET'), 0) AS spent,
                coalesce(sum(e.amount) FILTER (WHERE a.kind = 'FORFEITED'), 0) AS forfeited
           FROM compute.reservations r
           JOIN compute.ledger_transactions t
             ON t.idempotency_key IN ('reservation:' || r.id, 'refund:' || r.id, 'forfeit:' || r.id)
           JOIN compute.ledger_entries e ON e.transaction_id = t.id
           JOIN compute.ledger_accounts a ON a.id = e.account_id
          WHERE r.consortium_id = $1 AND r.starts_at >= $2 AND r.starts_at < $3`,
        [consortiumId, from, to],
      ),
      this.db.query<(Reservation & { total: string })[]>(
        `SELECT ${RESERVATION_COLUMNS}, count(*) OVER () AS total FROM compute.reservations
          WHERE consortium_id = $1 AND starts_at >= $2 AND starts_at < $3
          ORDER BY starts_at DESC, created_at DESC LIMIT ${RESERVATION_LIST_LIMIT}`,
        [consortiumId, from, to],
      ),
    ]);
    return {
      consortiumId,
      from,
      to,
      reservedDeviceHours: total?.reservedDeviceHours ?? 0,
      usedDeviceHours: total?.usedDeviceHours ?? 0,
      utilization: total?.utilization ?? null,
      creditsSpent: Number(credits.spent),
      creditsForfeited: Number(credits.forfeited),
      byPool,
      reservationCount: Number(reservations[0]?.total ?? 0),
      reservations: reservations.map(({ total: _total, ...reservation }) => reservation),
    };
  }

  /**
   * The credits cancelling at `at` would return: a hold has paid nothing; a confirmed reservation
   * gets the notice rule's share (refundFor, which cancelling applies).
   */
  refundIfCancelled(reservation: Reservation, at = new Date()): number {
    if (reservation.status !== ReservationStatus.CONFIRMED) return 0;
    return refundFor(reservation.credits, reservation.startsAt, at);
  }
}

/** A period that ends after it starts and spans at most COMPUTE_USE_MAX_DAYS. */
function assertUsePeriod(from: Date, to: Date): void {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || !(from < to)) {
    throw new BadUserInputError('The period must end after it starts.', {
      rule: 'COMPUTE_USE_PERIOD',
      fields: [{ field: 'to', message: 'must be after from' }],
    });
  }
  if (to.getTime() - from.getTime() > COMPUTE_USE_MAX_DAYS * DAY_MS) {
    throw new BadUserInputError(`A period covers at most ${COMPUTE_USE_MAX_DAYS} days.`, {
      rule: 'COMPUTE_USE_PERIOD',
      fields: [{ field: 'to', message: `at most ${COMPUTE_USE_MAX_DAYS} days after from` }],
    });
  }
}
