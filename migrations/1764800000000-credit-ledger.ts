import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The compute credit ledger, double entry. Accounts (the program treasury, SME wallets, center
 * revenue, expired and forfeited credit) change only through transactions of entries that sum to
 * zero, checked by a deferred trigger at commit; entries are never updated or deleted; a wallet
 * balance never goes below zero (CHECK on the maintained balance). Grants are lots in a wallet with
 * an expiry, spent earliest-expiry first; each wallet entry names its lot, and a lot's remaining
 * credit never goes below zero either. Every transaction carries a unique idempotency key and the
 * hash of its request, so a replay finds the first result.
 */
export class CreditLedger1764800000000 implements MigrationInterface {
  name = 'CreditLedger1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compute.ledger_accounts (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            text NOT NULL CHECK (kind IN ('TREASURY','WALLET','CENTER_REVENUE','EXPIRED','FORFEITED')),
        organization_id uuid,
        balance         bigint NOT NULL DEFAULT 0,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_accounts_wallet_owner CHECK ((kind = 'WALLET') = (organization_id IS NOT NULL)),
        -- Only the treasury, where credit is created, may stand below zero.
        CONSTRAINT ledger_accounts_not_negative CHECK (kind = 'TREASURY' OR balance >= 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ledger_accounts_wallet_key ON compute.ledger_accounts (organization_id) WHERE kind = 'WALLET'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX ledger_accounts_system_key ON compute.ledger_accounts (kind) WHERE kind <> 'WALLET'`,
    );
    await q.query(
      `INSERT INTO compute.ledger_accounts (kind) VALUES ('TREASURY'), ('CENTER_REVENUE'), ('EXPIRED'), ('FORFEITED')`,
    );

    await q.query(`
      CREATE TABLE compute.ledger_transactions (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            text NOT NULL CHECK (kind IN ('GRANT','SPEND','REFUND','EXPIRY','FORFEIT')),
        idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 8 AND 200),
        request_hash    bytea NOT NULL CHECK (octet_length(request_hash) = 32),
        memo            text CHECK (char_length(memo) <= 500),
        created_by      uuid,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_transactions_idempotency_key UNIQUE (idempotency_key)
      )`);

    await q.query(`
      CREATE TABLE compute.credit_grants (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        wallet_id      uuid NOT NULL REFERENCES compute.ledger_accounts(id),
        transaction_id uuid NOT NULL REFERENCES compute.ledger_transactions(id),
        amount         bigint NOT NULL CHECK (amount > 0),
        remaining      bigint NOT NULL CHECK (remaining >= 0),
        expires_at     timestamptz NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT credit_grants_remaining_within CHECK (remaining <= amount),
        CONSTRAINT credit_grants_expiry CHECK (expires_at > created_at)
      )`);
    await q.query(
      `CREATE INDEX credit_grants_spendable_idx ON compute.credit_grants (wallet_id, expires_at) WHERE remaining > 0`,
    );

    await q.query(`
      CREATE TABLE compute.ledger_entries (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id uuid NOT NULL REFERENCES compute.ledger_transactions(id),
        account_id     uuid NOT NULL REFERENCES compute.ledger_accounts(id),
        grant_id       uuid REFERENCES compute.credit_grants(id),
        amount         bigint NOT NULL CHECK (amount <> 0),
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ledger_entries_transaction_idx ON compute.ledger_entries (transaction_id)`,
    );
    await q.query(
      `CREATE INDEX ledger_entries_account_idx ON compute.ledger_entries (account_id, id)`,
    );

    // Balances and lots follow the entries, in the same statement, so the CHECKs above hold them.
    await q.query(`
      CREATE FUNCTION compute.apply_ledger_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE compute.ledger_accounts SET balance = balance + NEW.amount WHERE id = NEW.account_id;
        IF NEW.grant_id IS NOT NULL THEN
          UPDATE compute.credit_grants SET remaining = remaining + NEW.amount
           WHERE id = NEW.grant_id AND wallet_id = NEW.account_id;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'entry % names grant % of another account', NEW.id, NEW.grant_id
              USING ERRCODE = 'foreign_key_violation';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entries_apply AFTER INSERT ON compute.ledger_entries
      FOR EACH ROW EXECUTE FUNCTION compute.apply_ledger_entry()`);

    await q.query(`
      CREATE FUNCTION compute.ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        total bigint;
      BEGIN
        SELECT coalesce(sum(amount), 0) INTO total FROM compute.ledger_entries
         WHERE transaction_id = NEW.transaction_id;
        IF total <> 0 THEN
          RAISE EXCEPTION 'ledger transaction % does not balance (sum %)', NEW.transaction_id, total
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transaction_balances';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER ledger_entries_balance AFTER INSERT ON compute.ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION compute.ledger_transaction_balances()`);

    await q.query(`
      CREATE FUNCTION compute.ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['ledger_entries', 'ledger_transactions']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON compute.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION compute.ledger_is_append_only()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE compute.ledger_entries`);
    await q.query(`DROP TABLE compute.credit_grants`);
    await q.query(`DROP TABLE compute.ledger_transactions`);
    await q.query(`DROP TABLE compute.ledger_accounts`);
    await q.query(`DROP FUNCTION compute.ledger_is_append_only()`);
    await q.query(`DROP FUNCTION compute.ledger_transaction_balances()`);
    await q.query(`DROP FUNCTION compute.apply_ledger_entry()`);
  }
}
