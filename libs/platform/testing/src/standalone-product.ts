import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createDataSource, migrate } from '@vcp/platform/database';
import { startProduct, type RunningProduct, type ServiceName } from '@vcp/platform/runtime';
import { freePort } from './free-port';
import { randomTestSecret } from './test-database';

export interface StandaloneProductOptions {
  /** Names the data folder and the database, e.g. `schema` or `reliability`. */
  name: string;
  /** Port of its own embedded PostgreSQL, away from the test tiers' 5544-5546. */
  postgresPort: number;
  /** Further environment for every service (NODE_ENV, LOG_LEVEL, ...). */
  env?: NodeJS.ProcessEnv;
  onExit?: (name: string, code: number | null) => void;
}

export interface StandaloneProduct {
  urls: Record<ServiceName, string>;
  databaseUrl: string;
  jwtSecret: string;
  /** Stops the database server under the running services (they are left running). */
  stopPostgres(): Promise<void>;
  /** Starts the database server again on the same data and port. */
  startPostgres(): Promise<void>;
  /** Stops the services, then the database. */
  stop(): Promise<void>;
}

/**
 * The compiled product on a fresh, migrated database of its own embedded PostgreSQL, for tools and
 * suites that must not share the test tiers' server (they may stop it, or run beside the tests).
 */
export async function startStandaloneProduct(
  options: StandaloneProductOptions,
): Promise<StandaloneProduct> {
  const dataDir = join(tmpdir(), `vcp-${options.name}-postgres`);
  const database = `vcp_${options.name}`;
  // A server another process started could not be stopped from here.
  if (await listening(options.postgresPort)) {
    throw new Error(
      `port ${options.postgresPort} is taken: stop whatever listens there (a PostgreSQL left over from an earlier run?)`,
    );
  }
  const launch = () => startPostgresProcess(dataDir, options.postgresPort);
  let postgres: PostgresProcess | null = await launch();
  const serverUrl = postgres.url;
  let product: RunningProduct | null = null;
  const stop = async () => {
    await product?.stop();
    await postgres?.stop();
    postgres = null;
  };
  try {
    const databaseUrl = await freshDatabase(serverUrl, database);
    const jwtSecret = randomTestSecret();
    const ports: Record<ServiceName, number> = {
      consortia: await freePort(),
      compute: await freePort(),
      gateway: await freePort(),
    };
    product = await startProduct({
      ports,
      databaseUrl,
      jwtSecret,
      env: { LOG_LEVEL: 'silent', ...options.env },
      onExit: options.onExit,
    });
    const url = (port: number) => `http://127.0.0.1:${port}`;
    return {
      urls: {
        consortia: url(ports.consortia),
        compute: url(ports.compute),
        gateway: url(ports.gateway),
      },
      databaseUrl,
      jwtSecret,
      stopPostgres: async () => {
        await postgres?.stop();
        postgres = null;
      },
      startPostgres: async () => {
        postgres ??= await launch();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface PostgresProcess {
  url: string;
  stop(): Promise<void>;
}

/** The embedded server in a child process (see postgres-process.ts), ready when this resolves. */
function startPostgresProcess(dataDir: string, port: number): Promise<PostgresProcess> {
  const entry = join(
    process.cwd(),
    'dist',
    'libs',
    'platform',
    'testing',
    'src',
    'postgres-process.js',
  );
  const child = spawn(process.execPath, [entry, dataDir, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve({ url: line.slice('ready '.length), stop });
    });
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL on port ${port} exited with code ${code}: ${errors.trim()}`)),
    );
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), applicationName: 'setup' });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  return url.toString();
}
