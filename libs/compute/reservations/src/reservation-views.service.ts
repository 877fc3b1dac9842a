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

/** The most reservations one organisation's list returns. */
export const RESERVATION_LIST_LIMIT = 200;

/**
 * What people read about pools and reservations before acting: free devices per hour, the
 * reservations an organisation placed or pays for, and what cancelling one now would give back.
 */
@Injectable()
export class ReservationViewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reservations: ReservationsService,
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
   * The credits cancelling at `at` would return: a hold has paid nothing; a confirmed reservation
   * gets the notice rule's share (refundFor, which cancelling applies).
   */
  refundIfCancelled(reservation: Reservation, at = new Date()): number {
    if (reservation.status !== ReservationStatus.CONFIRMED) return 0;
    return refundFor(reservation.credits, reservation.startsAt, at);
  }
}
