import { existsSync } from 'node:fs';
import { SERVICE_NAMES, serviceEntry, startProduct, type ServiceName } from '@vcp/platform/runtime';
import { freePort } from './free-port';
import { onTeardown, prepareTestDatabase, randomTestSecret } from './test-database';

/**
 * End-to-end tier: the real, compiled services as separate processes on free ports, over a fresh
 * database, so tests go through the gateway exactly as a client would.
 */
export default async function e2eGlobalSetup(): Promise<void> {
  for (const name of SERVICE_NAMES) {
    if (!existsSync(serviceEntry(name))) {
      throw new Error(`${serviceEntry(name)} is missing: run "npm run build" before the e2e tests`);
    }
  }
  const databaseUrl = await prepareTestDatabase('vcp_e2e');
  const jwtSecret = (process.env.VCP_TEST_JWT_SECRET ??= randomTestSecret());
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
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
      // Every suite calls from 127.0.0.1 in parallel workers: people's and anonymous allowances
      // are raised so suites never share one address's budget. Partner clients keep the default,
      // and the rate-limit suite gives clients limits of their own.
      RATE_LIMIT_USER_PER_MINUTE: '100000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    },
    onExit: (name, code) => {
      if (code !== 0 && code !== null)
        process.stderr.write(`e2e: ${name} exited with code ${code}\n`);
    },
  });
  onTeardown(() => product.stop());

  process.env.VCP_E2E_DATABASE_URL = databaseUrl;
  process.env.VCP_GATEWAY_URL = `http://127.0.0.1:${ports.gateway}`;
  process.env.VCP_CONSORTIA_URL = `http://127.0.0.1:${ports.consortia}`;
  process.env.VCP_COMPUTE_URL = `http://127.0.0.1:${ports.compute}`;
}
