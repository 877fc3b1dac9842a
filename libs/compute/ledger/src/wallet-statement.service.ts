import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { type LedgerTransactionKind } from './ledger.service';

/** A lot of granted credits: what was granted, what is left of it, and when the rest expires. */
export interface CreditLot {
  id: string;
  amount: number;
  remaining: number;
  expiresAt: Date;
  grantedAt: Date;
}

/** One transaction as the wallet saw it: credits in (positive) or out (negative). */
export interface WalletMovement {
  transactionId: string;
  kind: LedgerTransactionKind;
  amount: number;
  memo: string | null;
  at: Date;
}

/** The most lots or movements a statement lists. */
export const STATEMENT_LIMIT = 200;

/** An organisation's wallet as its people read it: the lots it holds and its movements. */
@Injectable()
export class WalletStatementService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The wallet's lots, soonest expiry first among those with credits left, then spent ones. */
  async lots(organizationId: string): Promise<CreditLot[]> {
    const rows = await this.db.query<
      { id: string; amount: string; remaining: string; expiresAt: Date; grantedAt: Date }[]
    >(
      `SELECT g.id, g.amount, g.remaining, g.expires_at AS "expiresAt", g.created_at AS "grantedAt"
         FROM compute.credit_grants g
         JOIN compute.ledger_accounts a ON a.id = g.wallet_id
        WHERE a.kind = 'WALLET' AND a.organization_id = $1
        ORDER BY (g.remaining = 0), g.expires_at, g.created_at
        LIMIT ${STATEMENT_LIMIT}`,
      [organizationId],
    );
    return rows.map((row) => ({
      ...row,
      amount: Number(row.amount),
      remaining: Number(row.remaining),
    }));
  }

  /** The wallet's movements, newest first: each transaction's net effect on the wallet. */
  async movements(organizationId: string, limit = 50): Promise<WalletMovement[]> {
    const rows = await this.db.query<
      {
        transactionId: string;
        kind: LedgerTransactionKind;
        amount: string;
        memo: string | null;
        at: Date;
      }[]
    >(
      `SELECT t.id AS "transactionId", t.kind, sum(e.amount) AS amount, t.memo, t.created_at AS at
         FROM compute.ledger_entries e
         JOIN compute.ledger_accounts a ON a.id = e.account_id
         JOIN compute.ledger_transactions t ON t.id = e.transaction_id
        WHERE a.kind = 'WALLET' AND a.organization_id = $1
        GROUP BY t.id
        ORDER BY t.created_at DESC, t.id
        LIMIT $2`,
      [organizationId, Math.min(Math.max(limit, 1), STATEMENT_LIMIT)],
    );
    return rows.map((row) => ({ ...row, amount: Number(row.amount) }));
  }
}
