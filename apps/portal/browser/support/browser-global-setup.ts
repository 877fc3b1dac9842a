import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { onTeardown, prepareTestDatabase, randomTestSecret } from '@vcp/platform/testing';
import { SERVICE_NAMES, serviceEntry, startProduct, type ServiceName } from '@vcp/platform/runtime';

const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Browser tier: the compiled product with the built portal, over a fresh database seeded with the
 * launcher's demo data (one account per role, the demo directory and engagements), exactly what
 * `npm start` shows. The demo accounts share one password for the run.
 */
export default async function browserGlobalSetup(): Promise<void> {
  const required = [
    ...SERVICE_NAMES.map((name) => serviceEntry(name)),
    join(process.cwd(), 'dist', 'apps', 'launcher', 'src', 'seed-cli.js'),
    join(process.cwd(), 'dist', 'apps', 'portal', 'index.html'),
  ];
  for (const file of required) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run "npm run build" before the browser tests`);
  }
  const databaseUrl = await prepareTestDatabase('vcp_browser');
  const jwtSecret = randomTestSecret();
  const demoPassword = `demo-${randomBytes(12).toString('base64url')}`;
  await run(process.execPath, [required[SERVICE_NAMES.length] as string], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      DEMO_PASSWORD: demoPassword,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'vcp-browser-')),
      LOG_LEVEL: 'silent',
    },
  });

  const ports: Record<ServiceName, number> = {
    consortia: await freePort(),
    compute: await freePort(),
    gateway: await freePort(),
  };
  const product = await startProduct({
    ports,
    databaseUrl,
    jwtSecret,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.BROWSER_LOG_LEVEL ?? 'silent',
      // Every suite signs the same demo accounts in from 127.0.0.1: as in the e2e tier, people's
      // and anonymous allowances are raised so the suites never share one address's budget.
      RATE_LIMIT_USER_PER_MINUTE: '100000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    },
    onExit: (name, code) => {
      if (code !== 0 && code !== null)
        process.stderr.write(`browser tests: ${name} exited with code ${code}\n`);
    },
  });
  onTeardown(() => product.stop());

  process.env.VCP_PORTAL_URL = `http://127.0.0.1:${ports.gateway}`;
  process.env.VCP_DEMO_PASSWORD = demoPassword;
}
