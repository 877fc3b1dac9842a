/*
 * Runs the whole product on one machine: embedded PostgreSQL (unless DATABASE_URL is set),
 * migrations, demo data, both subgraphs and the gateway. Ctrl-C stops everything; data stays in
 * the data folder for the next start.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { validateEnv } from '@vcp/platform/config';
import {
  createDataSource,
  DatabaseEnv,
  migrate,
  resolveDatabase,
  toDatabaseConfig,
} from '@vcp/platform/database';
import { demoAccounts } from './demo-accounts';
import { loadDevSecrets } from './dev-secrets';
import { seedDemoData } from './seed';
import { startProduct, type RunningProduct } from '@vcp/platform/runtime';

const say = (line = '') => process.stdout.write(`${line}\n`);
const WORKSPACE = join(__dirname, '..', '..', '..', '..');

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = toDatabaseConfig(validateEnv(DatabaseEnv));
  say(
    config.url
      ? 'Using DATABASE_URL.'
      : `Starting embedded PostgreSQL on port ${config.embeddedPort} (data in ${config.dataDir}/)...`,
  );
  const database = await resolveDatabase(config);

  const dataSource = createDataSource({ url: database.url, applicationName: 'launcher' });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  await dataSource.destroy();
  say(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.',
  );

  const jwtSecret = process.env.JWT_SECRET ?? loadDevSecrets(config.dataDir).jwtSecret;
  process.env.DATABASE_URL = database.url;
  process.env.JWT_SECRET = jwtSecret;
  const accounts = demoAccounts(config.dataDir);
  const seeded = await seedDemoData(accounts);
  say(
    seeded.created.length
      ? `Seeded ${seeded.created.length} demo accounts.`
      : 'Demo data already present.',
  );
  const { directory } = seeded;
  if (directory.organizationsCreated || directory.consortiumsCreated) {
    say(
      `Seeded the demo directory: ${directory.organizationsCreated} organisations, ${directory.consortiumsCreated} consortiums (${directory.consortiumsActivated} active), ${directory.invitationsSent} invitations.`,
    );
  }
  for (const note of directory.skipped) say(`  left as found: ${note}`);
  const { engagements } = seeded;
  if (engagements.researchersRegistered || engagements.engagementsCreated) {
    say(
      `Seeded demo engagements: ${engagements.researchersRegistered} researcher profiles, ${engagements.officersGranted} officers, ${engagements.engagementsCreated} engagements (${engagements.engagementsSubmitted} submitted, ${engagements.engagementsApproved} approved, ${engagements.engagementsActivated} active), ${engagements.hourLogsCreated} hour logs.`,
    );
  }
  for (const note of engagements.skipped) say(`  left as found: ${note}`);
  const { compute } = seeded;
  if (
    compute.poolsDefined ||
    compute.grantsMade ||
    compute.mandatesGranted ||
    compute.reservationsConfirmed
  ) {
    say(
      `Seeded demo compute: ${compute.poolsDefined} pools, ${compute.grantsMade} grants, ${compute.mandatesGranted} mandate${compute.mandatesGranted === 1 ? '' : 's'}, ${compute.reservationsConfirmed} reservation${compute.reservationsConfirmed === 1 ? '' : 's'}.`,
    );
  }
  for (const note of compute.skipped) say(`  left as found: ${note}`);

  const ports = {
    gateway: Number(process.env.GATEWAY_PORT ?? 4000),
    consortia: Number(process.env.CONSORTIA_PORT ?? 4001),
    compute: Number(process.env.COMPUTE_PORT ?? 4002),
  };
  let stopping = false;
  // Filled once the services are up; a Ctrl-C during start-up finds it empty.
  const started: { product?: RunningProduct } = {};
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping...');
    await started.product?.stop();
    await database.stop();
    say('Stopped. Data is kept for the next start.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  started.product = await startProduct({
    ports,
    databaseUrl: database.url,
    jwtSecret,
    workspaceRoot: WORKSPACE,
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    onExit: (name, code) => {
      if (stopping) return;
      say(`${name} stopped unexpectedly (exit code ${code}); stopping the rest.`);
      void shutdown(1);
    },
  });

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  say();
  say(`Ready in ${seconds} s.`);
  say(`  portal:             http://localhost:${ports.gateway}/`);
  say(`  GraphQL (gateway):  http://localhost:${ports.gateway}/graphql`);
  say(`  consortia subgraph: http://localhost:${ports.consortia}/graphql`);
  say(`  compute subgraph:   http://localhost:${ports.compute}/graphql`);
  say(`  health:             http://localhost:${ports.gateway}/health/ready`);
  say();
  say('Demo accounts (sign in at the portal, or with the login mutation):');
  for (const account of accounts)
    say(`  ${account.role.padEnd(18)} ${account.email.padEnd(26)} ${account.password}`);
  say();
  say('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
