import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Mandates: an SME authorises a certified integrator to spend its credits, up to a cap and until
 * an expiry, revocably. What has been spent under a mandate never exceeds its cap (CHECK), and
 * reservations record the mandate they were paid under.
 */
export class Mandates1765000000000 implements MigrationInterface {
  name = 'Mandates1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compute.mandates (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sme_organization_id        uuid NOT NULL,
        integrator_organization_id uuid NOT NULL,
        cap_credits                bigint NOT NULL CHECK (cap_credits BETWEEN 1 AND 1000000000),
        spent_credits              bigint NOT NULL DEFAULT 0 CHECK (spent_credits >= 0),
        expires_at                 timestamptz NOT NULL,
        revoked_at                 timestamptz,
        granted_by                 uuid,
        created_at                 timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mandates_within_cap CHECK (spent_credits <= cap_credits),
        CONSTRAINT mandates_expiry CHECK (expires_at > created_at),
        CONSTRAINT mandates_parties CHECK (sme_organization_id <> integrator_organization_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX mandates_one_live_key ON compute.mandates (sme_organization_id, integrator_organization_id)
      WHERE revoked_at IS NULL`);
    await q.query(
      `ALTER TABLE compute.reservations ADD COLUMN mandate_id uuid REFERENCES compute.mandates(id)`,
    );
    await q.query(`
      ALTER TABLE compute.reservations ADD CONSTRAINT reservations_paid_under_mandate
        CHECK (status IN ('HELD','LAPSED') OR (status = 'CANCELLED' AND mandate_id IS NULL) OR mandate_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE compute.reservations DROP CONSTRAINT reservations_paid_under_mandate`,
    );
    await q.query(`ALTER TABLE compute.reservations DROP COLUMN mandate_id`);
    await q.query(`DROP TABLE compute.mandates`);
  }
}
