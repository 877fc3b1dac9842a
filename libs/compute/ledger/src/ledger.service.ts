import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import { inTransaction, sqlState } from '@vcp/platform/database';
import { OutboxService, WebhookEventType } from '@vcp/platform/events';
import { BadUserInputError, ConflictError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';

export enum LedgerTransactionKind {
  GRANT = 'GRANT',
  SPEND = 'SPEND',
  REFUND = 'REFUND',
  EXPIRY = 'EXPIRY',
  FORFEIT = 'FORFEIT',
}

export enum SystemAccount {
  TREASURY = 'TREASURY',
  CENTER_REVENUE = 'CENTER_REVENUE',
  EXPIRED = 'EXPIRED',
  FORFEITED = 'FORFEITED',
}

/** The result of a credit movement; a replay with the same key returns the first one's. */
export interface MovementResult {
  transactionId: string;
  kind: LedgerTransactionKind;
  amount: number;
  /** The wallet's balance now (not at the time of the first attempt, for a replay). */
  walletBalance: number;
  /** True when this call found the movement already made under its idempotency key. */
  replayed: boolean;
  grantId: string | null;
}

export interface GrantRequest {
  organizationId: string;
  /** Whole credits. */
  amount: number;
  expiresAt: Date;
  idempotencyKey: string;
  memo?: string;
}

export interface SpendRequest {
  organizationId: string;
  amount: number;
  idempotencyKey: string;
  memo?: string;
}

export interface LedgerReport {
  accounts: number;
  transactions: number;
  entries: number;
  /** Sum of every entry: zero when the books balance. */
  total: number;
  unbalancedTransactions: string[];
  negativeBalances: string[];
  /** Accounts whose maintained balance differs from the sum of their entries. */
  balanceMismatches: string[];
  /** Grants whose remaining credit differs from their amount plus their entries after the grant. */
  grantMismatches: string[];
  ok: boolean;
}

/** Largest single movement: a billion credits. */
export const MAX_MOVEMENT = 1_000_000_000;

/**
 * The credit ledger. Every movement is one transaction of entries that sum to zero, under an
 * idempotency key: a replay with the same request returns the first result, a different request
 * under the same key is a CONFLICT, and concurrent replays make exactly one movement (the unique
 * key decides). The database keeps balances from going negative and refuses to change entries.
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Treasury → the SME's wallet, as a lot that expires. */
  grant(request: GrantRequest, by: Principal | null): Promise<MovementResult> {
    assertAmount(request.amount);
    if (!(request.expiresAt instanceof Date) || request.expiresAt.getTime() <= Date.now()) {
      throw new BadUserInputError('A grant must expire in the future.', {
        rule: 'GRANT_EXPIRY',
        fields: [{ field: 'expiresAt', message: 'must be in the future' }],
      });
    }
    return this.move(
      LedgerTransactionKind.GRANT,
      { ...request },
      by,
      async (manager, transactionId) => {
        const wallet = await this.walletFor(manager, request.organizationId);
        const [{ id: grantId }] = await manager.query<{ id: string }[]>(
          `INSERT INTO compute.credit_grants (wallet_id, transaction_id, amount, remaining, expires_at)
         VALUES ($1, $2, $3, 0, $4) RETURNING id`,
          [wallet, transactionId, request.amount, request.expiresAt],
        );
        await this.entries(manager, transactionId, [
          {
            account: await this.systemAccount(manager, SystemAccount.TREASURY),
            amount: -request.amount,
          },
          { account: wallet, amount: request.amount, grantId },
        ]);
        await this.outbox.record(manager, {
          type: WebhookEventType.CREDITS_GRANTED,
          aggregate: { type: 'ledger_transaction', id: transactionId },
          organizationIds: [request.organizationId],
          data: {
            transactionId,
            organizationId: request.organizationId,
            amount: request.amount,
            grantId,
            expiresAt: request.expiresAt.toISOString(),
          },
        });
        return { wallet, grantId };
      },
    );
  }

  /** The SME's wallet → center revenue, from its lots, earliest expiry first. */
  spend(request: SpendRequest, by: Principal | null): Promise<MovementResult> {
    assertAmount(request.amount);
    return this.move(
      LedgerTransactionKind.SPEND,
      { ...request },
      by,
      async (manager, transactionId) => {
        const { wallet } = await this.drawFromLots(
          manager,
          transactionId,
          request.organizationId,
          request.amount,
        );
        return { wallet, grantId: null };
      },
    );
  }

  /** Wallet → center revenue from the wallet's live lots, earliest expiry first, under row locks. */
  private async drawFromLots(
    manager: EntityManager,
    transactionId: string,
    organizationId: string,
    amount: number,
  ): Promise<{ wallet: string }> {
    const wallet = await this.walletFor(manager, organizationId);
    // Locks the wallet's live lots in expiry order; concurrent spends queue here.
    const lots = await manager.query<{ id: string; remaining: string }[]>(
      `SELECT id, remaining FROM compute.credit_grants
        WHERE wallet_id = $1 AND remaining > 0 AND expires_at > now()
        ORDER BY expires_at, id FOR UPDATE`,
      [wallet],
    );
    const spendable = lots.reduce((sum, lot) => sum + Number(lot.remaining), 0);
    if (spendable < amount) {
      throw new ConflictError(
        `Insufficient credits: the wallet has ${spendable} spendable (unexpired) credits and this needs ${amount}.`,
        { rule: 'INSUFFICIENT_CREDITS', spendable, needed: amount },
      );
    }
    let left = amount;
    const drawn: { account: string; amount: number; grantId: string }[] = [];
    for (const lot of lots) {
      if (left === 0) break;
      const take = Math.min(left, Number(lot.remaining));
      drawn.push({ account: wallet, amount: -take, grantId: lot.id });
      left -= take;
    }
    await this.entries(manager, transactionId, [
      ...drawn,
      { account: await this.systemAccount(manager, SystemAccount.CENTER_REVENUE), amount },
    ]);
    return { wallet };
  }

  /**
   * A spend inside the caller's transaction (paying for a reservation), so the payment and what
   * it pays for commit or roll back together.
   */
  async spendWithin(
    manager: EntityManager,
    request: SpendRequest,
    by: Principal | null,
  ): Promise<MovementResult> {
    assertAmount(request.amount);
    assertIdempotencyKey(request.idempotencyKey);
    const payload = { ...request };
    const hash = requestHash(LedgerTransactionKind.SPEND, payload);
    const earlier = await this.replay(LedgerTransactionKind.SPEND, payload, hash, manager);
    if (earlier) return earlier;
    const transactionId = await this.openTransaction(
      manager,
      LedgerTransactionKind.SPEND,
      request,
      hash,
      by,
    );
    const { wallet } = await this.drawFromLots(
      manager,
      transactionId,
      request.organizationId,
      request.amount,
    );
    return {
      transactionId,
      kind: LedgerTransactionKind.SPEND,
      amount: request.amount,
      walletBalance: await this.balanceOf(manager, wallet),
      replayed: false,
      grantId: null,
    };
  }

  /**
   * Center revenue → the wallet, inside the caller's transaction (a cancellation's refund). The
   * credit comes back as a lot that expires with the latest lot it was spent from.
   */
  async refundWithin(
    manager: EntityManager,
    request: {
      organizationId: string;
      amount: number;
      idempotencyKey: string;
      spendTransactionId: string;
      memo?: string;
    },
    by: Principal | null,
  ): Promise<MovementResult> {
    assertAmount(request.amount);
    assertIdempotencyKey(request.idempotencyKey);
    const payload = { ...request };
    const hash = requestHash(LedgerTransactionKind.REFUND, payload);
    const earlier = await this.replay(LedgerTransactionKind.REFUND, payload, hash, manager);
    if (earlier) return earlier;
    const transactionId = await this.openTransaction(
      manager,
      LedgerTransactionKind.REFUND,
      request,
      hash,
      by,
    );
    const wallet = await this.walletFor(manager, request.organizationId);
    const [lot] = await manager.query<{ expires_at: Date | null }[]>(
      `SELECT max(g.expires_at) AS expires_at FROM compute.ledger_entries e
         JOIN compute.credit_grants g ON g.id = e.grant_id WHERE e.transaction_id = $1`,
      [request.spendTransactionId],
    );
    const expiresAt =
      lot?.expires_at && lot.expires_at > new Date()
        ? lot.expires_at
        : new Date(Date.now() + 86_400_000);
    const [{ id: grantId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO compute.credit_grants (wallet_id, transaction_id, amount, remaining, expires_at)
       VALUES ($1, $2, $3, 0, $4) RETURNING id`,
      [wallet, transactionId, request.amount, expiresAt],
    );
    await this.entries(manager, transactionId, [
      {
        account: await this.systemAccount(manager, SystemAccount.CENTER_REVENUE),
        amount: -request.amount,
      },
      { account: wallet, amount: request.amount, grantId },
    ]);
    return {
      transactionId,
      kind: LedgerTransactionKind.REFUND,
      amount: request.amount,
      walletBalance: await this.balanceOf(manager, wallet),
      replayed: false,
      grantId,
    };
  }

  /**
   * Center revenue → forfeited, inside the caller's transaction: a no-show's credits are kept by
   * the program, and the books say so. Returns the transaction id (the first one on a replay).
   */
  async forfeitWithin(
    manager: EntityManager,
    request: { amount: number; idempotencyKey: string; memo?: string },
    by: Principal | null,
  ): Promise<string> {
    assertAmount(request.amount);
    assertIdempotencyKey(request.idempotencyKey);
    const hash = requestHash(LedgerTransactionKind.FORFEIT, { ...request });
    const [earlier] = await manager.query<{ id: string; request_hash: Buffer }[]>(
      `SELECT id, request_hash FROM compute.ledger_transactions WHERE idempotency_key = $1`,
      [request.idempotencyKey],
    );
    if (earlier) {
      if (!earlier.request_hash.equals(hash)) {
        throw new ConflictError(
          `Idempotency key ${request.idempotencyKey} was already used for a different request.`,
          {
            rule: 'IDEMPOTENCY_KEY_REUSED',
          },
        );
      }
      return earlier.id;
    }
    const transactionId = await this.openTransaction(
      manager,
      LedgerTransactionKind.FORFEIT,
      request,
      hash,
      by,
    );
    await this.entries(manager, transactionId, [
      {
        account: await this.systemAccount(manager, SystemAccount.CENTER_REVENUE),
        amount: -request.amount,
      },
      {
        account: await this.systemAccount(manager, SystemAccount.FORFEITED),
        amount: request.amount,
      },
    ]);
    return transactionId;
  }

  /** Moves what is left of lapsed grants to the expired account; safe to run on every replica. */
  async expireDue(by: Principal | null = null): Promise<number> {
    const due = await this.db.query<{ id: string; organization_id: string; remaining: string }[]>(
      `SELECT g.id, a.organization_id, g.remaining FROM compute.credit_grants g
         JOIN compute.ledger_accounts a ON a.id = g.wallet_id
        WHERE g.remaining > 0 AND g.expires_at <= now()
        ORDER BY g.expires_at LIMIT 1000`,
    );
    let moved = 0;
    for (const lot of due) {
      const result = await this.move(
        LedgerTransactionKind.EXPIRY,
        {
          organizationId: lot.organization_id,
          idempotencyKey: `expiry:${lot.id}`,
          grantId: lot.id,
        },
        by,
        async (manager, transactionId) => {
          const [current] = await manager.query<{ wallet_id: string; remaining: string }[]>(
            `SELECT wallet_id, remaining FROM compute.credit_grants WHERE id = $1 FOR UPDATE`,
            [lot.id],
          );
          const remaining = Number(current.remaining);
          if (remaining === 0) throw new NothingToExpire();
          await this.entries(manager, transactionId, [
            { account: current.wallet_id, amount: -remaining, grantId: lot.id },
            {
              account: await this.systemAccount(manager, SystemAccount.EXPIRED),
              amount: remaining,
            },
          ]);
          await this.outbox.record(manager, {
            type: WebhookEventType.CREDITS_EXPIRED,
            aggregate: { type: 'ledger_transaction', id: transactionId },
            organizationIds: [lot.organization_id],
            data: {
              transactionId,
              organizationId: lot.organization_id,
              amount: remaining,
              grantId: lot.id,
            },
          });
          return { wallet: current.wallet_id, grantId: lot.id, amount: remaining };
        },
      ).catch((error: unknown) => {
        if (error instanceof NothingToExpire) return null;
        throw error;
      });
      if (result && !result.replayed) moved += result.amount;
    }
    return moved;
  }

  async walletBalance(
    organizationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<number> {
    const [row] = await manager.query<{ balance: string }[]>(
      `SELECT balance FROM compute.ledger_accounts WHERE kind = 'WALLET' AND organization_id = $1`,
      [organizationId],
    );
    return row ? Number(row.balance) : 0;
  }

  /**
   * Credits issued, redeemed (spent less refunds), expired and forfeited, from the entries: for
   * the whole program, or for one SME's wallet. Forfeits leave center revenue, not a wallet, so
   * they are counted program-wide only (0 for a wallet).
   */
  async figures(
    organizationId?: string,
  ): Promise<{ issued: number; redeemed: number; expired: number; forfeited: number }> {
    const [row] = await this.db.query<
      { issued: string; redeemed: string; expired: string; forfeited: string }[]
    >(
      `SELECT coalesce(sum(e.amount) FILTER (WHERE t.kind = 'GRANT'), 0) AS issued,
              coalesce(-sum(e.amount) FILTER (WHERE t.kind IN ('SPEND','REFUND')), 0) AS redeemed,
              coalesce(-sum(e.amount) FILTER (WHERE t.kind = 'EXPIRY'), 0) AS expired,
              (SELECT coalesce(sum(f.amount), 0) FROM compute.ledger_entries f
                 JOIN compute.ledger_accounts fa ON fa.id = f.account_id AND fa.kind = 'FORFEITED'
                WHERE $1::uuid IS NULL) AS forfeited
         FROM compute.ledger_entries e
         JOIN compute.ledger_transactions t ON t.id = e.transaction_id
         JOIN compute.ledger_accounts a ON a.id = e.account_id
        WHERE a.kind = 'WALLET' AND ($1::uuid IS NULL OR a.organization_id = $1)`,
      [organizationId ?? null],
    );
    return {
      issued: Number(row.issued),
      redeemed: Number(row.redeemed),
      expired: Number(row.expired),
      forfeited: Number(row.forfeited),
    };
  }

  /** Checks every invariant from the entries up; what the `ledger:verify` CLI prints. */
  async verify(): Promise<LedgerReport> {
    const [counts] = await this.db.query<
      { accounts: string; transactions: string; entries: string; total: string }[]
    >(
      `SELECT (SELECT count(*) FROM compute.ledger_accounts) AS accounts,
              (SELECT count(*) FROM compute.ledger_transactions) AS transactions,
              (SELECT count(*) FROM compute.ledger_entries) AS entries,
              (SELECT coalesce(sum(amount), 0) FROM compute.ledger_entries) AS total`,
    );
    const ids = async (sql: string) =>
      (await this.db.query<{ id: string }[]>(sql)).map((row) => row.id);
    const report = {
      accounts: Number(counts.accounts),
      transactions: Number(counts.transactions),
      entries: Number(counts.entries),
      total: Number(counts.total),
      unbalancedTransactions: await ids(
        `SELECT transaction_id::text AS id FROM compute.ledger_entries GROUP BY transaction_id HAVING sum(amount) <> 0`,
      ),
      negativeBalances: await ids(
        `SELECT id::text FROM compute.ledger_accounts WHERE kind <> 'TREASURY' AND balance < 0`,
      ),
      balanceMismatches: await ids(
        `SELECT a.id::text FROM compute.ledger_accounts a
           LEFT JOIN (SELECT account_id, sum(amount) AS total FROM compute.ledger_entries GROUP BY account_id) e
             ON e.account_id = a.id
          WHERE a.balance <> coalesce(e.total, 0)`,
      ),
      grantMismatches: await ids(
        `SELECT g.id::text FROM compute.credit_grants g
           LEFT JOIN (SELECT grant_id, sum(amount) AS total FROM compute.ledger_entries
                       WHERE grant_id IS NOT NULL GROUP BY grant_id) e ON e.grant_id = g.id
          WHERE g.remaining <> coalesce(e.total, 0)`,
      ),
    };
    return {
      ...report,
      ok:
        report.total === 0 &&
        report.unbalancedTransactions.length === 0 &&
        report.negativeBalances.length === 0 &&
        report.balanceMismatches.length === 0 &&
        report.grantMismatches.length === 0,
    };
  }

  /**
   * One movement in one transaction under its idempotency key. A replay of the same request
   * returns the first result; a second concurrent attempt loses on the unique key and then finds
   * the winner's.
   */
  private async move<T extends { wallet: string; grantId: string | null; amount?: number }>(
    kind: LedgerTransactionKind,
    request: { idempotencyKey: string; memo?: string; organizationId: string } & Record<
      string,
      unknown
    >,
    by: Principal | null,
    work: (manager: EntityManager, transactionId: string) => Promise<T>,
  ): Promise<MovementResult> {
    assertIdempotencyKey(request.idempotencyKey);
    const hash = requestHash(kind, request);
    const earlier = await this.replay(kind, request, hash);
    if (earlier) return earlier;
    try {
      return await inTransaction(this.db, async (manager) => {
        const [{ id: transactionId }] = await manager.query<{ id: string }[]>(
          `INSERT INTO compute.ledger_transactions (kind, idempotency_key, request_hash, memo, created_by)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [
            kind,
            request.idempotencyKey,
            hash,
            request.memo ?? null,
            by?.kind === 'user' ? by.userId : null,
          ],
        );
        const done = await work(manager, transactionId);
        const [{ balance }] = await manager.query<{ balance: string }[]>(
          `SELECT balance FROM compute.ledger_accounts WHERE id = $1`,
          [done.wallet],
        );
        return {
          transactionId,
          kind,
          amount: done.amount ?? Number(request['amount']),
          walletBalance: Number(balance),
          replayed: false,
          grantId: done.grantId,
        };
      });
    } catch (error) {
      if (
        sqlState(error) === '23505' &&
        String((error as Error).message).includes('ledger_transactions_idempotency_key')
      ) {
        const winner = await this.replay(kind, request, hash);
        if (winner) return winner;
      }
      if (
        sqlState(error) === '23514' &&
        String((error as Error).message).includes('ledger_accounts_not_negative')
      ) {
        throw new ConflictError('Insufficient credits: the wallet would go below zero.', {
          rule: 'INSUFFICIENT_CREDITS',
        });
      }
      throw error;
    }
  }

  private async replay(
    kind: LedgerTransactionKind,
    request: { idempotencyKey: string; organizationId: string },
    hash: Buffer,
    manager: EntityManager = this.db.manager,
  ): Promise<MovementResult | null> {
    const [earlier] = await manager.query<
      { id: string; kind: LedgerTransactionKind; request_hash: Buffer }[]
    >(`SELECT id, kind, request_hash FROM compute.ledger_transactions WHERE idempotency_key = $1`, [
      request.idempotencyKey,
    ]);
    if (!earlier) return null;
    if (earlier.kind !== kind || !earlier.request_hash.equals(hash)) {
      throw new ConflictError(
        `Idempotency key ${request.idempotencyKey} was already used for a different request; use a new key for a new movement.`,
        { rule: 'IDEMPOTENCY_KEY_REUSED', transactionId: earlier.id },
      );
    }
    const entries = await manager.query<
      { amount: string; grant_id: string | null; kind: string }[]
    >(
      `SELECT e.amount, e.grant_id, a.kind FROM compute.ledger_entries e
         JOIN compute.ledger_accounts a ON a.id = e.account_id WHERE e.transaction_id = $1`,
      [earlier.id],
    );
    const walletEntries = entries.filter((entry) => entry.kind === 'WALLET');
    return {
      transactionId: earlier.id,
      kind,
      amount: Math.abs(walletEntries.reduce((sum, entry) => sum + Number(entry.amount), 0)),
      walletBalance: await this.walletBalance(request.organizationId, manager),
      replayed: true,
      grantId: kind === LedgerTransactionKind.GRANT ? (walletEntries[0]?.grant_id ?? null) : null,
    };
  }

  private async openTransaction(
    manager: EntityManager,
    kind: LedgerTransactionKind,
    request: { idempotencyKey: string; memo?: string },
    hash: Buffer,
    by: Principal | null,
  ): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO compute.ledger_transactions (kind, idempotency_key, request_hash, memo, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [
        kind,
        request.idempotencyKey,
        hash,
        request.memo ?? null,
        by?.kind === 'user' ? by.userId : null,
      ],
    );
    return id;
  }

  private async balanceOf(manager: EntityManager, account: string): Promise<number> {
    const [{ balance }] = await manager.query<{ balance: string }[]>(
      `SELECT balance FROM compute.ledger_accounts WHERE id = $1`,
      [account],
    );
    return Number(balance);
  }

  private async walletFor(manager: EntityManager, organizationId: string): Promise<string> {
    await manager.query(
      `INSERT INTO compute.ledger_accounts (kind, organization_id) VALUES ('WALLET', $1)
       ON CONFLICT (organization_id) WHERE kind = 'WALLET' DO NOTHING`,
      [organizationId],
    );
    const [wallet] = await manager.query<{ id: string }[]>(
      `SELECT id FROM compute.ledger_accounts WHERE kind = 'WALLET' AND organization_id = $1`,
      [organizationId],
    );
    return wallet.id;
  }

  private async systemAccount(manager: EntityManager, kind: SystemAccount): Promise<string> {
    const [account] = await manager.query<{ id: string }[]>(
      `SELECT id FROM compute.ledger_accounts WHERE kind = $1`,
      [kind],
    );
    return account.id;
  }

  private async entries(
    manager: EntityManager,
    transactionId: string,
    entries: { account: string; amount: number; grantId?: string | null }[],
  ): Promise<void> {
    for (const entry of entries) {
      await manager.query(
        `INSERT INTO compute.ledger_entries (transaction_id, account_id, grant_id, amount) VALUES ($1, $2, $3, $4)`,
        [transactionId, entry.account, entry.grantId ?? null, entry.amount],
      );
    }
  }
}

class NothingToExpire extends Error {}

function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_MOVEMENT) {
    throw new BadUserInputError(
      `amount must be a whole number of credits from 1 to ${MAX_MOVEMENT}; got ${amount}.`,
      {
        rule: 'CREDIT_AMOUNT',
        fields: [{ field: 'amount', message: 'whole positive credits' }],
      },
    );
  }
}

function assertIdempotencyKey(key: string): void {
  if (typeof key !== 'string' || key.length < 8 || key.length > 200 || /\p{Cc}/u.test(key)) {
    throw new BadUserInputError(
      'idempotencyKey must be 8 to 200 printable characters, new for each movement.',
      {
        rule: 'IDEMPOTENCY_KEY',
        fields: [{ field: 'idempotencyKey', message: '8 to 200 characters' }],
      },
    );
  }
}

/** A stable fingerprint of what was asked, so a replay can be told from a different request. */
function requestHash(kind: LedgerTransactionKind, request: Record<string, unknown>): Buffer {
  const canonical = JSON.stringify(
    Object.keys(request)
      .sort()
      .map((key) => [
        key,
        request[key] instanceof Date ? (request[key] as Date).toISOString() : request[key],
      ]),
  );
  return createHash('sha256').update(`${kind}:${canonical}`).digest();
}
