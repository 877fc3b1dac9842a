import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import { inTransaction, sqlState } from '@vcp/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { allocate, UTILIZATION_LOOKBACK_DAYS } from './allocation';
import { holdHash, ReservationsService } from './reservations.service';
import { assertReservationWindow, HOUR_MS } from './slots';

export interface RoundRequest {
  roundId: string;
  consortiumId: string;
  beneficiaryOrganizationId: string;
  integratorOrganizationId: string;
  demand: number;
  /** Facts the consortia subgraph knows; the caller supplies them. */
  isSme: boolean;
  inLargeBusinessGroup: boolean;
}

export interface RoundOutcome {
  roundId: string;
  capacity: number;
  level: number;
  results: {
    requestId: string;
    beneficiaryOrganizationId: string;
    demand: number;
    weight: number;
    allocated: number;
    explanation: string;
    reservationId: string | null;
  }[];
}

/**
 * Allocation rounds for contested windows. Requests are collected until the deadline; closing
 * shares what the window has free by weighted max-min fairness (utilization over the last 90
 * days and SME status raise a firm's weight) and turns each allocation into a hold, all in one
 * transaction.
 */
@Injectable()
export class AllocationRoundsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reservations: ReservationsService,
  ) {}

  async open(
    round: { poolId: string; startsAt: Date; endsAt: Date; deadline: Date },
    by: Principal | null,
  ): Promise<string> {
    assertReservationWindow(round.startsAt, round.endsAt);
    if (
      !(round.deadline instanceof Date) ||
      round.deadline <= new Date() ||
      round.deadline > round.startsAt
    ) {
      throw new BadUserInputError(
        'The deadline must be in the future and no later than the window’s start.',
        {
          rule: 'ROUND_DEADLINE',
          fields: [{ field: 'deadline', message: 'between now and startsAt' }],
        },
      );
    }
    await this.reservations.pool(round.poolId);
    try {
      const [{ id }] = await this.db.query<{ id: string }[]>(
        `INSERT INTO compute.allocation_rounds (pool_id, starts_at, ends_at, deadline, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          round.poolId,
          round.startsAt,
          round.endsAt,
          round.deadline,
          by?.kind === 'user' ? by.userId : null,
        ],
      );
      return id;
    } catch (error) {
      if (sqlState(error) === '23P01') {
        throw new ConflictError(
          'Another allocation round already covers part of that window for this pool.',
          { rule: 'ROUND_OVERLAP' },
        );
      }
      throw error;
    }
  }

  async request(request: RoundRequest): Promise<string> {
    if (!Number.isInteger(request.demand) || request.demand < 1) {
      throw new BadUserInputError('demand must be a whole number of devices, at least 1.', {
        rule: 'ROUND_DEMAND',
      });
    }
    const [round] = await this.db.query<{ status: string; deadline: Date; pool_id: string }[]>(
      `SELECT status, deadline, pool_id FROM compute.allocation_rounds WHERE id = $1`,
      [request.roundId],
    );
    if (!round) throw new NotFoundError('Allocation round', request.roundId);
    if (round.status !== 'OPEN' || round.deadline <= new Date()) {
      throw new ConflictError('The round no longer takes requests: its deadline has passed.', {
        rule: 'ROUND_CLOSED',
      });
    }
    try {
      const [{ id }] = await this.db.query<{ id: string }[]>(
        `INSERT INTO compute.allocation_requests
           (round_id, consortium_id, beneficiary_organization_id, integrator_organization_id, demand, is_sme, in_large_business_group)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          request.roundId,
          request.consortiumId,
          request.beneficiaryOrganizationId,
          request.integratorOrganizationId,
          request.demand,
          request.isSme,
          request.inLargeBusinessGroup,
        ],
      );
      return id;
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new ConflictError('This firm already has a request in the round.', {
          rule: 'ONE_REQUEST_PER_FIRM',
        });
      }
      throw error;
    }
  }

  /** After the deadline: allocate and place the holds; a closed round answers with its outcome. */
  async close(roundId: string, by: Principal | null): Promise<RoundOutcome> {
    return inTransaction(this.db, async (manager) => {
      const [round] = await manager.query<
        {
          id: string;
          pool_id: string;
          starts_at: Date;
          ends_at: Date;
          deadline: Date;
          status: string;
        }[]
      >(
        `SELECT id, pool_id, starts_at, ends_at, deadline, status FROM compute.allocation_rounds WHERE id = $1 FOR UPDATE`,
        [roundId],
      );
      if (!round) throw new NotFoundError('Allocation round', roundId);
      if (round.status === 'OPEN' && round.deadline > new Date()) {
        throw new ConflictError(`The round takes requests until ${round.deadline.toISOString()}.`, {
          rule: 'ROUND_OPEN',
        });
      }
      if (round.status === 'OPEN') await this.allocateWithin(manager, round, by);
      return this.outcome(manager, roundId);
    });
  }

  private async allocateWithin(
    manager: EntityManager,
    round: { id: string; pool_id: string; starts_at: Date; ends_at: Date },
    by: Principal | null,
  ): Promise<void> {
    const pool = await this.reservations.pool(round.pool_id);
    // What the window has free in its fullest hour is what the round can share.
    // Locks the window's slot rows so holds placed meanwhile wait for the round; the slots'
    // CHECK would refuse an overbooking in any case.
    const slots = await manager.query<{ reserved: number }[]>(
      `SELECT reserved FROM compute.pool_slots
        WHERE pool_id = $1 AND slot_start >= $2 AND slot_start < $3 FOR UPDATE`,
      [pool.id, round.starts_at, round.ends_at],
    );
    const reserved = Math.max(0, ...slots.map((slot) => Number(slot.reserved)));
    const capacity = Math.max(0, pool.capacity_devices - reserved);
    const requests = await manager.query<
      {
        id: string;
        consortium_id: string;
        beneficiary_organization_id: string;
        integrator_organization_id: string;
        demand: number;
        is_sme: boolean;
        in_large_business_group: boolean;
        submitted_at: Date;
        utilization: number | null;
      }[]
    >(
      `SELECT q.*, (
         SELECT CASE WHEN sum(r.devices * extract(epoch FROM r.ends_at - r.starts_at) / 3600) > 0
                     THEN least(1, sum(coalesce(u.used, 0)) / sum(r.devices * extract(epoch FROM r.ends_at - r.starts_at) / 3600))
                END
           FROM compute.reservations r
           LEFT JOIN (SELECT reservation_id, sum(device_hours) AS used FROM compute.usage_reports GROUP BY reservation_id) u
             ON u.reservation_id = r.id
          WHERE r.beneficiary_organization_id = q.beneficiary_organization_id
            AND r.status IN ('ACTIVE','COMPLETED','NO_SHOW')
            AND r.starts_at >= now() - make_interval(days => $2)
       )::float8 AS utilization
         FROM compute.allocation_requests q WHERE q.round_id = $1 ORDER BY q.submitted_at, q.id`,
      [round.id, UTILIZATION_LOOKBACK_DAYS],
    );
    const outcome = allocate(
      capacity,
      requests.map((q) => ({
        id: q.id,
        organizationId: q.beneficiary_organization_id,
        demand: q.demand,
        utilization: q.utilization,
        isSme: q.is_sme,
        inLargeBusinessGroup: q.in_large_business_group,
        submittedAt: q.submitted_at,
      })),
    );
    const hours = (round.ends_at.getTime() - round.starts_at.getTime()) / HOUR_MS;
    for (const [index, result] of outcome.results.entries()) {
      const q = requests[index];
      let reservationId: string | null = null;
      if (result.allocated > 0) {
        const hold = {
          poolId: pool.id,
          consortiumId: q.consortium_id,
          beneficiaryOrganizationId: q.beneficiary_organization_id,
          integratorOrganizationId: q.integrator_organization_id,
          devices: result.allocated,
          startsAt: round.starts_at,
          endsAt: round.ends_at,
          idempotencyKey: `round:${round.id}:${q.id}`,
        };
        const credits = result.allocated * hours * Number(pool.credits_per_device_hour);
        reservationId = (
          await this.reservations.holdWithin(manager, pool, hold, credits, holdHash(hold), by)
        ).id;
      }
      await manager.query(
        `UPDATE compute.allocation_requests SET weight = $2, allocated = $3, explanation = $4, reservation_id = $5 WHERE id = $1`,
        [q.id, result.weight, result.allocated, result.explanation, reservationId],
      );
    }
    await manager.query(
      `UPDATE compute.allocation_rounds SET status = 'ALLOCATED', capacity = $2, level = $3, allocated_at = now() WHERE id = $1`,
      [round.id, capacity, outcome.level],
    );
  }

  private async outcome(manager: EntityManager, roundId: string): Promise<RoundOutcome> {
    const [round] = await manager.query<{ capacity: number; level: number }[]>(
      `SELECT capacity, level FROM compute.allocation_rounds WHERE id = $1`,
      [roundId],
    );
    const rows = await manager.query<RoundOutcome['results']>(
      `SELECT id AS "requestId", beneficiary_organization_id AS "beneficiaryOrganizationId", demand, weight, allocated,
              explanation, reservation_id AS "reservationId"
         FROM compute.allocation_requests WHERE round_id = $1 ORDER BY submitted_at, id`,
      [roundId],
    );
    return { roundId, capacity: round.capacity, level: round.level, results: rows };
  }
}
