import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The computing center's resource pools, sold in hourly slots, and reservations of them. A pool is
 * never overbooked because each slot is a row whose reserved devices a CHECK keeps within its
 * capacity: a reservation adds its devices to every slot it covers in one transaction, so either
 * all of them fit or none is taken.
 */
export class PoolsReservations1764900000000 implements MigrationInterface {
  name = 'PoolsReservations1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compute.pools (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                  text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        hardware_profile_id   text NOT NULL REFERENCES compute.hardware_profiles(id),
        site                  text NOT NULL CHECK (site IN ('EDGE','ON_PREMISES','CENTER')),
        capacity_devices      integer NOT NULL CHECK (capacity_devices BETWEEN 1 AND 100000),
        credits_per_device_hour bigint NOT NULL CHECK (credits_per_device_hour BETWEEN 1 AND 1000000),
        created_by            uuid,
        created_at            timestamptz NOT NULL DEFAULT now(),
        retired_at            timestamptz,
        CONSTRAINT pools_name_key UNIQUE (name)
      )`);

    await q.query(`
      CREATE TABLE compute.pool_maintenance (
        id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id   uuid NOT NULL REFERENCES compute.pools(id),
        during    tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
        reason    text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        CONSTRAINT pool_maintenance_no_overlap EXCLUDE USING gist (pool_id WITH =, during WITH &&)
      )`);

    // One row per pool and hour that anyone has reserved or closed; absent rows are fully free.
    await q.query(`
      CREATE TABLE compute.pool_slots (
        pool_id    uuid NOT NULL REFERENCES compute.pools(id),
        slot_start timestamptz NOT NULL CHECK (date_trunc('hour', slot_start) = slot_start),
        capacity   integer NOT NULL CHECK (capacity >= 0),
        reserved   integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
        PRIMARY KEY (pool_id, slot_start),
        CONSTRAINT pool_slots_not_overbooked CHECK (reserved <= capacity)
      )`);

    await q.query(`
      CREATE TABLE compute.reservations (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pool_id                    uuid NOT NULL REFERENCES compute.pools(id),
        consortium_id              uuid NOT NULL,
        beneficiary_organization_id uuid NOT NULL,
        integrator_organization_id uuid NOT NULL,
        devices                    integer NOT NULL CHECK (devices >= 1),
        starts_at                  timestamptz NOT NULL CHECK (date_trunc('hour', starts_at) = starts_at),
        ends_at                    timestamptz NOT NULL CHECK (date_trunc('hour', ends_at) = ends_at),
        status                     text NOT NULL DEFAULT 'HELD' CHECK (status IN (
                                     'HELD','CONFIRMED','ACTIVE','COMPLETED','CANCELLED','NO_SHOW','LAPSED')),
        hold_expires_at            timestamptz NOT NULL,
        credits                    bigint NOT NULL CHECK (credits >= 0),
        idempotency_key            text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 8 AND 200),
        request_hash               bytea NOT NULL CHECK (octet_length(request_hash) = 32),
        placed_by                  uuid,
        created_at                 timestamptz NOT NULL DEFAULT now(),
        status_changed_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reservations_window CHECK (ends_at > starts_at),
        CONSTRAINT reservations_idempotency_key UNIQUE (idempotency_key)
      )`);
    await q.query(
      `CREATE INDEX reservations_pool_idx ON compute.reservations (pool_id, starts_at)`,
    );
    await q.query(
      `CREATE INDEX reservations_holds_idx ON compute.reservations (hold_expires_at) WHERE status = 'HELD'`,
    );
    await q.query(`
      CREATE FUNCTION compute.enforce_reservation_transition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status || '>' || NEW.status = ANY (ARRAY[
          'HELD>CONFIRMED','HELD>CANCELLED','HELD>LAPSED','CONFIRMED>ACTIVE','CONFIRMED>CANCELLED',
          'CONFIRMED>NO_SHOW','ACTIVE>COMPLETED'])) THEN
          RAISE EXCEPTION 'illegal reservations status change % -> %', OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'reservations_status_transition';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER reservations_status_transition BEFORE UPDATE OF status ON compute.reservations
      FOR EACH ROW EXECUTE FUNCTION compute.enforce_reservation_transition()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compute.reservations`);
    await q.query(`DROP FUNCTION compute.enforce_reservation_transition()`);
    await q.query(`DROP TABLE compute.pool_slots`);
    await q.query(`DROP TABLE compute.pool_maintenance`);
    await q.query(`DROP TABLE compute.pools`);
  }
}
