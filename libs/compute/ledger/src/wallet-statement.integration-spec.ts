import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { createIntegrationModule } from '@vcp/platform/testing';
import { LedgerModule } from './ledger.module';
import { LedgerService, LedgerTransactionKind } from './ledger.service';
import { WalletStatementService } from './wallet-statement.service';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const key = () => `statement-${randomUUID()}`;

describe('wallet statement (real PostgreSQL)', () => {
  let module: TestingModule;
  let ledger: LedgerService;
  let statement: WalletStatementService;

  beforeAll(async () => {
    module = await createIntegrationModule([LedgerModule]);
    ledger = module.get(LedgerService);
    statement = module.get(WalletStatementService);
  });
  afterAll(() => module.close());

  it('lists the lots with what is left of each, soonest expiry first, and spent lots last', async () => {
    const sme = randomUUID();
    const grant = (amount: number, days: number) =>
      ledger.grant(
        { organizationId: sme, amount, expiresAt: inDays(days), idempotencyKey: key() },
        null,
      );
    await grant(100, 60);
    await grant(50, 10);
    await grant(30, 20);
    // Spending draws the soonest-expiring lot first: all of the 50, then 10 of the 30.
    await ledger.spend({ organizationId: sme, amount: 60, idempotencyKey: key() }, null);
    const lots = await statement.lots(sme);
    expect(lots.map((lot) => [lot.amount, lot.remaining])).toEqual([
      [30, 20],
      [100, 100],
      [50, 0],
    ]);
    expect(await statement.lots(randomUUID())).toEqual([]);
  });

  it('gives each transaction’s net effect on the wallet, newest first', async () => {
    const sme = randomUUID();
    await ledger.grant(
      {
        organizationId: sme,
        amount: 80,
        expiresAt: inDays(30),
        idempotencyKey: key(),
        memo: 'Pilot allocation',
      },
      null,
    );
    await ledger.spend({ organizationId: sme, amount: 25, idempotencyKey: key() }, null);
    const movements = await statement.movements(sme);
    expect(movements.map((m) => [m.kind, m.amount])).toEqual([
      [LedgerTransactionKind.SPEND, -25],
      [LedgerTransactionKind.GRANT, 80],
    ]);
    expect(movements[1]?.memo).toBe('Pilot allocation');
    expect(await statement.movements(sme, 1)).toHaveLength(1);
  });
});
