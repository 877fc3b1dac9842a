import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { LedgerModule } from './ledger.module';
import { LedgerService } from './ledger.service';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const key = () => `test-${randomUUID()}`;

describe('credit ledger (real PostgreSQL)', () => {
  let module: TestingModule;
  let ledger: LedgerService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([LedgerModule]);
    ledger = module.get(LedgerService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  async function funded(amount: number, expiresInDays = 30): Promise<string> {
    const sme = randomUUID();
    await ledger.grant(
      { organizationId: sme, amount, expiresAt: inDays(expiresInDays), idempotencyKey: key() },
      null,
    );
    return sme;
  }

  it('grants into a wallet and spends from it, every transaction balancing', async () => {
    const sme = await funded(100);
    const spent = await ledger.spend(
      { organizationId: sme, amount: 40, idempotencyKey: key() },
      null,
    );
    expect(spent).toMatchObject({ amount: 40, walletBalance: 60, replayed: false });
    const report = await ledger.verify();
    expect(report).toMatchObject({
      total: 0,
      unbalancedTransactions: [],
      negativeBalances: [],
      balanceMismatches: [],
      grantMismatches: [],
      ok: true,
    });
  });

  it('sums issued and redeemed credit from the entries, per wallet and for the program', async () => {
    const sme = await funded(100);
    await ledger.spend({ organizationId: sme, amount: 30, idempotencyKey: key() }, null);
    expect(await ledger.figures(sme)).toEqual({
      issued: 100,
      redeemed: 30,
      expired: 0,
      forfeited: 0,
    });
    const program = await ledger.figures();
    expect(program.issued).toBeGreaterThanOrEqual(100);
    expect(program.redeemed).toBeGreaterThanOrEqual(30);
  });

  it('refuses to overspend, moving nothing', async () => {
    const sme = await funded(10);
    await expect(
      ledger.spend({ organizationId: sme, amount: 11, idempotencyKey: key() }, null),
    ).rejects.toMatchObject({
      message:
        'Insufficient credits: the wallet has 10 spendable (unexpired) credits and this needs 11.',
      extensions: { code: 'CONFLICT', rule: 'INSUFFICIENT_CREDITS' },
    });
    expect(await ledger.walletBalance(sme)).toBe(10);
  });

  it('spends the grant that expires first', async () => {
    const sme = randomUUID();
    const late = await ledger.grant(
      { organizationId: sme, amount: 50, expiresAt: inDays(60), idempotencyKey: key() },
      null,
    );
    const early = await ledger.grant(
      { organizationId: sme, amount: 50, expiresAt: inDays(10), idempotencyKey: key() },
      null,
    );
    await ledger.spend({ organizationId: sme, amount: 60, idempotencyKey: key() }, null);
    const lots = await db.query<{ id: string; remaining: string }[]>(
      `SELECT id, remaining FROM compute.credit_grants WHERE id = ANY ($1::uuid[])`,
      [[late.grantId, early.grantId]],
    );
    const remaining = Object.fromEntries(lots.map((lot) => [lot.id, Number(lot.remaining)]));
    expect(remaining[early.grantId as string]).toBe(0);
    expect(remaining[late.grantId as string]).toBe(40);
  });

  describe('idempotency', () => {
    it('returns the first result to a replay, and refuses the key for a different request', async () => {
      const sme = await funded(100);
      const idempotencyKey = key();
      const first = await ledger.spend({ organizationId: sme, amount: 30, idempotencyKey }, null);
      const again = await ledger.spend({ organizationId: sme, amount: 30, idempotencyKey }, null);
      expect(again).toMatchObject({
        transactionId: first.transactionId,
        amount: 30,
        replayed: true,
        walletBalance: 70,
      });
      await expect(
        ledger.spend({ organizationId: sme, amount: 31, idempotencyKey }, null),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'IDEMPOTENCY_KEY_REUSED' },
      });
    });

    it('makes exactly one movement from ten concurrent replays', async () => {
      const sme = await funded(100);
      const idempotencyKey = key();
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          ledger.spend({ organizationId: sme, amount: 25, idempotencyKey }, null),
        ),
      );
      expect(new Set(results.map((r) => r.transactionId)).size).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      expect(await ledger.walletBalance(sme)).toBe(75);
    });
  });

  it('never lets concurrent spends take a wallet below zero', async () => {
    const sme = await funded(100);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () =>
        ledger.spend({ organizationId: sme, amount: 7, idempotencyKey: key() }, null),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(14);
    for (const failure of results.filter((r) => r.status === 'rejected')) {
      expect(failure.reason).toMatchObject({ extensions: { rule: 'INSUFFICIENT_CREDITS' } });
    }
    expect(await ledger.walletBalance(sme)).toBe(2);
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('moves what is left of lapsed grants to the expired account, once, and never spends it', async () => {
    const sme = await funded(80);
    await ledger.spend({ organizationId: sme, amount: 30, idempotencyKey: key() }, null);
    await db.query(
      `UPDATE compute.credit_grants SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day'
        WHERE wallet_id = (SELECT id FROM compute.ledger_accounts WHERE organization_id = $1)`,
      [sme],
    );
    await expect(
      ledger.spend({ organizationId: sme, amount: 1, idempotencyKey: key() }, null),
    ).rejects.toMatchObject({
      extensions: { rule: 'INSUFFICIENT_CREDITS' },
    });
    expect(await ledger.expireDue()).toBeGreaterThanOrEqual(50);
    expect(await ledger.walletBalance(sme)).toBe(0);
    expect(await ledger.expireDue()).toBe(0);
    expect((await ledger.verify()).ok).toBe(true);
  });

  describe('guarantees held by the database', () => {
    it('refuses to change or delete entries', async () => {
      await funded(5);
      await expect(
        db.query(`UPDATE compute.ledger_entries SET amount = amount + 1`),
      ).rejects.toThrow(/never changed or deleted/);
      await expect(db.query(`DELETE FROM compute.ledger_entries`)).rejects.toThrow(
        /never changed or deleted/,
      );
    });

    it('refuses a transaction whose entries do not sum to zero, at commit', async () => {
      const runner = db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const [{ id }] = await runner.query(
          `INSERT INTO compute.ledger_transactions (kind, idempotency_key, request_hash)
           VALUES ('GRANT', $1, decode(repeat('00', 32), 'hex')) RETURNING id`,
          [key()],
        );
        await runner.query(
          `INSERT INTO compute.ledger_entries (transaction_id, account_id, amount)
           SELECT $1, id, -5 FROM compute.ledger_accounts WHERE kind = 'TREASURY'`,
          [id],
        );
        await expect(runner.commitTransaction()).rejects.toThrow(/does not balance/);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('refuses a wallet below zero even when the service is bypassed', async () => {
      const sme = await funded(5);
      await expect(
        db.transaction(async (manager) => {
          const [{ id }] = await manager.query(
            `INSERT INTO compute.ledger_transactions (kind, idempotency_key, request_hash)
             VALUES ('SPEND', $1, decode(repeat('00', 32), 'hex')) RETURNING id`,
            [key()],
          );
          await manager.query(
            `INSERT INTO compute.ledger_entries (transaction_id, account_id, amount)
             SELECT $1, id, -6 FROM compute.ledger_accounts WHERE organization_id = $2`,
            [id, sme],
          );
        }),
      ).rejects.toThrow(/ledger_accounts_not_negative/);
    });
  });
});
