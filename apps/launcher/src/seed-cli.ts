/* `npm run db:seed`: seeds the demo data into DATABASE_URL or the embedded PostgreSQL. */
import 'reflect-metadata';
import { validateEnv } from '@vcp/platform/config';
import { DatabaseEnv, resolveDatabase, toDatabaseConfig } from '@vcp/platform/database';
import { demoAccounts } from './demo-accounts';
import { loadDevSecrets } from './dev-secrets';
import { seedDemoData } from './seed';

async function main(): Promise<void> {
  const config = toDatabaseConfig(validateEnv(DatabaseEnv));
  const database = await resolveDatabase(config);
  process.env.DATABASE_URL = database.url;
  process.env.JWT_SECRET ??= loadDevSecrets(config.dataDir).jwtSecret;
  try {
    const result = await seedDemoData(demoAccounts(config.dataDir));
    process.stdout.write(
      `Seeded ${result.created.length} accounts; ${result.existing.length} already existed.\n`,
    );
    const { compute } = result;
    process.stdout.write(
      `Seeded demo compute: ${compute.poolsDefined} pools, ${compute.grantsMade} grants, ${compute.mandatesGranted} mandates, ${compute.reservationsConfirmed} reservations.\n`,
    );
    for (const note of compute.skipped) process.stdout.write(`  left as found: ${note}\n`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
