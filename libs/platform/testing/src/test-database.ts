import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, migrate, startEmbeddedPostgres } from '@vcp/platform/database';

export const TEST_EMBEDDED_PORT = 5545;
type Teardown = () => Promise<void>;
const registry = globalThis as typeof globalThis & { __vcpTeardown?: Teardown[] };

/** Registers work for the global teardown (the embedded server, started services). */
export function onTeardown(teardown: Teardown): void {
  (registry.__vcpTeardown ??= []).push(teardown);
}

export async function runTeardown(): Promise<void> {
  const teardowns = registry.__vcpTeardown ?? [];
  registry.__vcpTeardown = [];
  for (const teardown of teardowns.reverse()) await teardown();
}

/** Same server, another database: `postgresql://…/x` → `postgresql://…/name`. */
function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one test tier: on TEST_DATABASE_URL's server when set, otherwise
 * on an embedded PostgreSQL in the system temp folder. Migrations run once here, not per test file.
 */
export async function prepareTestDatabase(name: string): Promise<string> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      // Under the system temp folder: PostgreSQL runs as its own user, which must be able to reach
      // the data folder, and a checkout may sit under a folder only root can enter.
      dataDir: join(tmpdir(), 'vcp-test-postgres'),
      port: TEST_EMBEDDED_PORT,
      database: 'postgres',
    });
    onTeardown(() => embedded.stop());
    serverUrl = embedded.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const dataSource = createDataSource({ url, applicationName: 'test-setup' });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url;
}

export function randomTestSecret(): string {
  return randomBytes(48).toString('base64url');
}
