import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The product's schemas and the identity tables every subgraph verifies principals against:
 * users, their sessions (one refresh-token family each), refresh tokens, partner API clients and
 * failed sign-ins for throttling.
 */
export class Identity1764410000000 implements MigrationInterface {
  name = 'Identity1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE SCHEMA identity`);
    await q.query(`CREATE SCHEMA consortia`);
    await q.query(`CREATE SCHEMA compute`);

    await q.query(`
      CREATE TABLE identity.users (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email           citext NOT NULL,
        display_name    text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
        password_hash   text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        roles           text[] NOT NULL DEFAULT '{}' CHECK (roles <@ ARRAY[
                          'OPERATOR','CONSORTIUM_LEAD','RESEARCHER','UNIVERSITY_OFFICER','SME_ADMIN','INTEGRATOR'
                        ]::text[]),
        organization_id uuid,
        created_at      timestamptz NOT NULL DEFAULT now(),
        disabled_at     timestamptz,
        CONSTRAINT users_email_key UNIQUE (email),
        CONSTRAINT users_email_shape CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$')
      )`);

    await q.query(`
      CREATE TABLE identity.sessions (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id       uuid NOT NULL REFERENCES identity.users(id) ON DELETE CASCADE,
        created_at    timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        revoked_at    timestamptz,
        revoke_reason text CHECK (revoke_reason IN ('LOGOUT','REFRESH_TOKEN_REUSE','ADMIN')),
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL)),
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON identity.sessions (user_id)`);

    await q.query(`
      CREATE TABLE identity.refresh_tokens (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id  uuid NOT NULL REFERENCES identity.sessions(id) ON DELETE CASCADE,
        token_hash  bytea NOT NULL CHECK (octet_length(token_hash) = 32),
        issued_at   timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        rotated_at  timestamptz,
        CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash)
      )`);
    // At most one live (not yet rotated) token per session: rotation is a strict chain.
    await q.query(
      `CREATE UNIQUE INDEX refresh_tokens_one_live_idx ON identity.refresh_tokens (session_id) WHERE rotated_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE identity.api_clients (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
        secret_hash     bytea NOT NULL CHECK (octet_length(secret_hash) = 32),
        scopes          text[] NOT NULL CHECK (
                          cardinality(scopes) > 0 AND scopes <@ ARRAY[
                            'consortia:read','engagements:read','compute:read','reservations:write','usage:write'
                          ]::text[]),
        organization_id uuid,
        created_by      uuid REFERENCES identity.users(id) ON DELETE SET NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        revoked_at      timestamptz,
        last_used_at    timestamptz
      )`);

    await q.query(`
      CREATE TABLE identity.login_failures (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email      citext NOT NULL,
        ip         text,
        failed_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX login_failures_email_idx ON identity.login_failures (email, failed_at)`,
    );
    await q.query(`CREATE INDEX login_failures_ip_idx ON identity.login_failures (ip, failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA identity CASCADE`);
    await q.query(`DROP SCHEMA compute CASCADE`);
    await q.query(`DROP SCHEMA consortia CASCADE`);
  }
}
