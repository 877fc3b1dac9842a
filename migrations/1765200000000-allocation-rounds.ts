import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Allocation rounds for contested windows: requests for one pool window are collected until a
 * deadline, then shared by weighted max-min fairness; each request keeps its weight, allocation
 * and explanation, and what was allocated becomes a reservation.
 */
export class AllocationRounds1765200000000 implements MigrationInterface {
  name = 'AllocationRounds1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compute.allocation_rounds (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id     uuid NOT NULL REFERENCES compute.pools(id),
        starts_at   timestamptz NOT NULL CHECK (date_trunc('hour', starts_at) = starts_at),
        ends_at     timestamptz NOT NULL CHECK (date_trunc('hour', ends_at) = ends_at),
        deadline    timestamptz NOT NULL,
        status      text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ALLOCATED')),
        capacity    integer CHECK (capacity >= 0),
        level       double precision,
        created_by  uuid,
        created_at  timestamptz NOT NULL DEFAULT now(),
        allocated_at timestamptz,
        CONSTRAINT allocation_rounds_window CHECK (ends_at > starts_at AND deadline <= starts_at),
        CONSTRAINT allocation_rounds_allocated CHECK ((status = 'ALLOCATED') = (allocated_at IS NOT NULL)),
        CONSTRAINT allocation_rounds_no_overlap EXCLUDE USING gist (
          pool_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
      )`);
    await q.query(`
      CREATE TABLE compute.allocation_requests (
        id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id                    uuid NOT NULL REFERENCES compute.allocation_rounds(id),
        consortium_id               uuid NOT NULL,
        beneficiary_organization_id uuid NOT NULL,
        integrator_organization_id  uuid NOT NULL,
        demand                      integer NOT NULL CHECK (demand >= 1),
        is_sme                      boolean NOT NULL,
        in_large_business_group     boolean NOT NULL,
        submitted_at                timestamptz NOT NULL DEFAULT now(),
        weight                      double precision,
        allocated                   integer CHECK (allocated >= 0 AND allocated <= demand),
        explanation                 text,
        reservation_id              uuid REFERENCES compute.reservations(id),
        CONSTRAINT allocation_requests_one_per_firm UNIQUE (round_id, beneficiary_organization_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compute.allocation_requests`);
    await q.query(`DROP TABLE compute.allocation_rounds`);
  }
}
