import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The `events` schema, owned by the platform's events library and written by both subgraphs inside
 * their own transactions: the append-only outbox of domain events, webhook subscriptions (signing
 * secrets only encrypted), and one delivery per event and subscription with its state and retries.
 */
export class WebhookEvents1765400000000 implements MigrationInterface {
  name = 'WebhookEvents1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA events`);
    await q.query(`
      CREATE TABLE events.outbox (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position         bigint GENERATED ALWAYS AS IDENTITY,
        type             text NOT NULL CHECK (type ~ '^[a-z]+\\.[a-z_]+$'),
        aggregate_type   text NOT NULL CHECK (char_length(aggregate_type) BETWEEN 1 AND 60),
        aggregate_id     text NOT NULL CHECK (char_length(aggregate_id) BETWEEN 1 AND 200),
        scope            text NOT NULL,
        organization_ids uuid[],
        payload          jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
        occurred_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT outbox_position_key UNIQUE (position)
      )`);
    await q.query(`CREATE INDEX outbox_occurred_idx ON events.outbox (occurred_at)`);
    await q.query(`
      CREATE FUNCTION events.outbox_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the event outbox is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events.outbox
      FOR EACH STATEMENT EXECUTE FUNCTION events.outbox_is_append_only()`);

    await q.query(`
      CREATE TABLE events.webhook_subscriptions (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        api_client_id     uuid REFERENCES identity.api_clients(id) ON DELETE CASCADE,
        owner_user_id     uuid REFERENCES identity.users(id) ON DELETE CASCADE,
        url               text NOT NULL CHECK (url ~ '^https?://' AND char_length(url) <= 2000),
        event_types       text[] NOT NULL CHECK (cardinality(event_types) BETWEEN 1 AND 50),
        description       text CHECK (char_length(description) <= 500),
        secret_ciphertext bytea NOT NULL CHECK (octet_length(secret_ciphertext) > 29),
        status            text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        deleted_at        timestamptz,
        CONSTRAINT webhook_subscriptions_one_owner
          CHECK ((api_client_id IS NULL) <> (owner_user_id IS NULL))
      )`);
    await q.query(
      `CREATE INDEX webhook_subscriptions_client_idx ON events.webhook_subscriptions (api_client_id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX webhook_subscriptions_event_types_idx ON events.webhook_subscriptions USING gin (event_types) WHERE deleted_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE events.webhook_deliveries (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id             uuid NOT NULL REFERENCES events.outbox(id),
        subscription_id      uuid NOT NULL REFERENCES events.webhook_subscriptions(id) ON DELETE CASCADE,
        status               text NOT NULL DEFAULT 'PENDING'
                               CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD', 'CANCELLED')),
        attempts             integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        replays              integer NOT NULL DEFAULT 0 CHECK (replays >= 0),
        next_attempt_at      timestamptz,
        last_attempt_at      timestamptz,
        last_response_status integer CHECK (last_response_status BETWEEN 100 AND 599),
        last_error           text CHECK (char_length(last_error) <= 500),
        delivered_at         timestamptz,
        created_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_deliveries_once_per_subscription UNIQUE (event_id, subscription_id),
        CONSTRAINT webhook_deliveries_pending_are_scheduled
          CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
        CONSTRAINT webhook_deliveries_delivered_when
          CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON events.webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_subscription_idx ON events.webhook_deliveries (subscription_id, event_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA events CASCADE`);
  }
}
