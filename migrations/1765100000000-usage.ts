import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Usage the computing center reports per reservation (device-hours used), each report under its
 * own idempotency key, so a retried report counts once. Utilization is used ÷ reserved.
 */
export class Usage1765100000000 implements MigrationInterface {
  name = 'Usage1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compute.usage_reports (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reservation_id  uuid NOT NULL REFERENCES compute.reservations(id),
        device_hours    numeric(12,2) NOT NULL CHECK (device_hours >= 0),
        idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 8 AND 200),
        request_hash    bytea NOT NULL CHECK (octet_length(request_hash) = 32),
        reported_by     uuid,
        reported_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT usage_reports_idempotency_key UNIQUE (idempotency_key)
      )`);
    await q.query(
      `CREATE INDEX usage_reports_reservation_idx ON compute.usage_reports (reservation_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compute.usage_reports`);
  }
}
