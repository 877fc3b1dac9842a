/*
 * `npm run ledger:verify`: checks the credit ledger's invariants (every transaction balances, the
 * books sum to zero, no balance below zero, balances and grants match their entries) on the
 * database in DATABASE_URL (or the embedded one); exits 1 when any is broken.
 */
import 'reflect-metadata';
import { validateEnv } from '@vcp/platform/config';
import {
  createDataSource,
  DatabaseEnv,
  resolveDatabase,
  toDatabaseConfig,
} from '@vcp/platform/database';
import { OutboxService } from '@vcp/platform/events';
import { LedgerService } from '../ledger.service';

async function main(): Promise<number> {
  const database = await resolveDatabase(toDatabaseConfig(validateEnv(DatabaseEnv)));
  const dataSource = createDataSource({ url: database.url, applicationName: 'ledger:verify' });
  await dataSource.initialize();
  try {
    const report = await new LedgerService(dataSource, new OutboxService()).verify();
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      report.ok ? 'The ledger balances.\n' : 'The ledger is BROKEN: see above.\n',
    );
    return report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `ledger:verify failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(2);
  },
);
