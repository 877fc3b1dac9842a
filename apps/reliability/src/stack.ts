import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule } from '@vcp/consortia/consortiums';
import { DirectoryFixture, type TestPerson } from '@vcp/consortia/testing';
import { AuthModule } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  graphqlRequest,
  startStandaloneProduct,
  TEST_PASSWORD,
  type StandaloneProduct,
} from '@vcp/platform/testing';

/**
 * The suites' own PostgreSQL port: away from `npm start` (5544), the test tiers (5545, 5546) and
 * the schema tool (5548), so the suite may stop its database while other work runs.
 */
export const RELIABILITY_PG_PORT = Number(process.env.RELIABILITY_PG_PORT ?? 5547);

export async function startReliabilityStack(
  env: NodeJS.ProcessEnv = {},
): Promise<StandaloneProduct> {
  const product = await startStandaloneProduct({
    name: 'reliability',
    postgresPort: RELIABILITY_PG_PORT,
    env: {
      NODE_ENV: 'test',
      // RELIABILITY_LOG_LEVEL=error shows what the services logged, e.g. behind a failing case.
      LOG_LEVEL: process.env.RELIABILITY_LOG_LEVEL ?? 'silent',
      CREDIT_EXPIRY_INTERVAL_SECONDS: '0',
      // The suites measure recovery and input handling at full speed, not the per-caller limits.
      RATE_LIMIT_CLIENT_PER_MINUTE: '0',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      ...env,
    },
    onExit: (name, code) => {
      if (code !== 0 && code !== null)
        process.stderr.write(`reliability: ${name} exited with code ${code}\n`);
    },
  });
  // The fixtures and identity services below reach the same database as the services.
  process.env.DATABASE_URL = product.databaseUrl;
  process.env.JWT_SECRET = product.jwtSecret;
  return product;
}

/** People and organisations made through the real services; close it before stopping the stack. */
export async function openFixture(): Promise<{ module: TestingModule; fx: DirectoryFixture }> {
  const module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
  return { module, fx: new DirectoryFixture(module) };
}

export async function signIn(gatewayUrl: string, person: TestPerson): Promise<string> {
  const response = await graphqlRequest<{ login: { accessToken: string } }>(
    gatewayUrl,
    'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }',
    { variables: { email: person.email, password: TEST_PASSWORD } },
  );
  if (!response.data?.login) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return response.data.login.accessToken;
}

/** Whether every service answers its readiness check. */
export async function allReady(product: StandaloneProduct): Promise<boolean> {
  const answers = await Promise.all(
    Object.values(product.urls).map((url) =>
      fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) })
        .then((response) => response.ok)
        .catch(() => false),
    ),
  );
  return answers.every(Boolean);
}

/** A figure for the suite's report, on its own line so CI logs show it plainly. */
export function report(suite: string, figures: Record<string, number | string>): void {
  process.stdout.write(`[reliability] ${suite}: ${JSON.stringify(figures)}\n`);
}
