import { randomUUID } from 'node:crypto';
import { OrganizationKind, randomBusinessRegistrationNumber } from '@vcp/consortia/organizations';
import { graphqlRequest, type StandaloneProduct } from '@vcp/platform/testing';
import { Client } from 'pg';
import { allReady, openFixture, report, signIn, startReliabilityStack } from './stack';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      id
      businessRegistrationNumber
    }
  }
`;
const GRANT = /* GraphQL */ `
  mutation ($input: GrantCreditsInput!) {
    grantCredits(input: $input) {
      transactionId
    }
  }
`;
const READ = /* GraphQL */ `
  query ($id: UUID!) {
    organization(id: $id) {
      id
      name
    }
  }
`;

const WORKERS = 4;
const BEFORE_MS = 3_000;
const OUTAGE_MS = 5_000;
const RECOVERY_LIMIT_MS = 60_000;
const AFTER_MS = 3_000;
const REQUEST_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Tally {
  sent: number;
  failed: number;
  acknowledged: { organizations: string[]; grants: string[] };
  acknowledgedAfterRestart: number;
}

let product: StandaloneProduct;
let token: string;
let smeId: string;

beforeAll(async () => {
  product = await startReliabilityStack();
  const { module, fx } = await openFixture();
  try {
    token = await signIn(product.urls.gateway, await fx.operator());
    smeId = (await fx.organization(OrganizationKind.SME)).id;
  } finally {
    // Its connections would only see the restart as errors.
    await module.close();
  }
}, 180_000);

afterAll(async () => {
  await product?.stop();
});

/** One write or read through the gateway; a write counts only when its data came back. */
async function step(tally: Tally, turn: number, restarted: () => boolean): Promise<void> {
  const kind = turn % 3;
  tally.sent += 1;
  const options = { token, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
  try {
    if (kind === 0) {
      const brn = randomBusinessRegistrationNumber();
      const response = await graphqlRequest<{ registerOrganization: { id: string } }>(
        product.urls.gateway,
        REGISTER,
        {
          ...options,
          variables: {
            input: {
              name: `Restart load ${randomUUID().slice(0, 8)}`,
              kind: 'SME',
              businessRegistrationNumber: brn,
              industryCode: 'C26',
              region: 'GYEONGNAM',
              annualRevenueKrw: 5_000_000_000,
              totalAssetsKrw: 3_000_000_000,
              employees: 40,
            },
          },
        },
      );
      if (response.data?.registerOrganization && !response.errors) {
        tally.acknowledged.organizations.push(brn.replace(/-/g, ''));
        if (restarted()) tally.acknowledgedAfterRestart += 1;
      } else tally.failed += 1;
    } else if (kind === 1) {
      const key = `restart-${randomUUID()}`;
      const response = await graphqlRequest<{ grantCredits: { transactionId: string } }>(
        product.urls.gateway,
        GRANT,
        {
          ...options,
          variables: {
            input: {
              organizationId: smeId,
              amount: 10,
              expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
              idempotencyKey: key,
            },
          },
        },
      );
      if (response.data?.grantCredits && !response.errors) {
        tally.acknowledged.grants.push(key);
        if (restarted()) tally.acknowledgedAfterRestart += 1;
      } else tally.failed += 1;
    } else {
      const response = await graphqlRequest(product.urls.gateway, READ, {
        ...options,
        variables: { id: smeId },
      });
      if (!response.data || response.errors) tally.failed += 1;
    }
  } catch {
    // Refused connections and timeouts while the database is away count as failures, not writes.
    tally.failed += 1;
  }
}

describe('PostgreSQL restarts under load', () => {
  it('the services recover by themselves and every acknowledged write is still there', async () => {
    const tally: Tally = {
      sent: 0,
      failed: 0,
      acknowledged: { organizations: [], grants: [] },
      acknowledgedAfterRestart: 0,
    };
    let running = true;
    let restartedAt: number | null = null;
    const restarted = () => restartedAt !== null;
    const workers = Array.from({ length: WORKERS }, async (_, worker) => {
      for (let turn = worker; running; turn += 1) {
        await step(tally, turn, restarted);
        // Keep a steady stream while the database is away instead of a tight loop of refusals.
        if (!running) break;
        await sleep(restartedAt === null && tally.failed > 0 ? 50 : 5);
      }
    });

    await sleep(BEFORE_MS);
    const acknowledgedBefore =
      tally.acknowledged.organizations.length + tally.acknowledged.grants.length;
    await product.stopPostgres();
    await sleep(OUTAGE_MS);
    const readyDuringOutage = await allReady(product);
    await product.startPostgres();
    restartedAt = Date.now();

    // Recovered: every service ready again and writes acknowledged again, with no restart of ours.
    let recoveredAfterMs: number | null = null;
    while (Date.now() - restartedAt < RECOVERY_LIMIT_MS) {
      if (tally.acknowledgedAfterRestart >= WORKERS && (await allReady(product))) {
        recoveredAfterMs = Date.now() - restartedAt;
        break;
      }
      await sleep(250);
    }
    await sleep(AFTER_MS);
    running = false;
    await Promise.all(workers);

    const client = new Client({ connectionString: product.databaseUrl });
    await client.connect();
    let found: { organizations: number; grants: number };
    try {
      const organizations = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM consortia.organizations
          WHERE replace(business_registration_number, '-', '') = ANY($1::text[])`,
        [tally.acknowledged.organizations],
      );
      const grants = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM compute.ledger_transactions
          WHERE kind = 'GRANT' AND idempotency_key = ANY($1::text[])`,
        [tally.acknowledged.grants],
      );
      found = { organizations: Number(organizations.rows[0].n), grants: Number(grants.rows[0].n) };
    } finally {
      await client.end();
    }

    const acknowledged = tally.acknowledged.organizations.length + tally.acknowledged.grants.length;
    report('postgres restart', {
      requestsSent: tally.sent,
      requestsFailed: tally.failed,
      writesAcknowledged: acknowledged,
      writesAcknowledgedBeforeOutage: acknowledgedBefore,
      writesAcknowledgedAfterRestart: tally.acknowledgedAfterRestart,
      writesFound: found.organizations + found.grants,
      recoveredAfterMs: recoveredAfterMs ?? 'never',
    });

    expect(acknowledgedBefore).toBeGreaterThan(0);
    // While the database is away, readiness says so (a load balancer stops sending traffic).
    expect(readyDuringOutage).toBe(false);
    expect(recoveredAfterMs).not.toBeNull();
    expect(found).toEqual({
      organizations: tally.acknowledged.organizations.length,
      grants: tally.acknowledged.grants.length,
    });
  });
});
