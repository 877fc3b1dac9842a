import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Partner clients' secrets rotate: the new secret's generation is counted, and the previous secret
 * may keep working until a grace ends. Each client may have its own request rate; none means the
 * configured default. Organisation admins list their own organisation's clients.
 */
export class ApiClientRotation1765350000000 implements MigrationInterface {
  name = 'ApiClientRotation1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE identity.api_clients
        ADD COLUMN secret_generation integer NOT NULL DEFAULT 1 CHECK (secret_generation >= 1),
        ADD COLUMN previous_secret_hash bytea CHECK (octet_length(previous_secret_hash) = 32),
        ADD COLUMN previous_secret_expires_at timestamptz,
        ADD COLUMN rotated_at timestamptz,
        ADD COLUMN rate_limit_per_minute integer
          CHECK (rate_limit_per_minute BETWEEN 1 AND 1000000),
        ADD CONSTRAINT api_clients_previous_secret_pair
          CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL)),
        ADD CONSTRAINT api_clients_previous_secret_needs_rotation
          CHECK (previous_secret_hash IS NULL OR (secret_generation > 1 AND rotated_at IS NOT NULL))`);
    await q.query(
      `CREATE INDEX api_clients_organization_idx ON identity.api_clients (organization_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX identity.api_clients_organization_idx`);
    await q.query(`
      ALTER TABLE identity.api_clients
        DROP CONSTRAINT api_clients_previous_secret_needs_rotation,
        DROP CONSTRAINT api_clients_previous_secret_pair,
        DROP COLUMN rate_limit_per_minute,
        DROP COLUMN rotated_at,
        DROP COLUMN previous_secret_expires_at,
        DROP COLUMN previous_secret_hash,
        DROP COLUMN secret_generation`);
  }
}
