import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '@vcp/platform/database';
import { type DataSource } from 'typeorm';
import { demoAccounts } from './demo-accounts';
import { DEMO_GRANTS, DEMO_POOLS, DEMO_RESERVATION } from './demo-compute';
import { DEMO_ORGANIZATIONS } from './demo-directory';
import { seedDemoData } from './seed';

const DEMO_BRNS = DEMO_ORGANIZATIONS.map((o) => o.details.businessRegistrationNumber);
const DEMO_ORGS = `SELECT id FROM consortia.organizations WHERE business_registration_number = ANY($4)`;

/**
 * What the compute exchange holds of the demo data, counted in the database; other test files
 * share it, so only the demo's own rows and organisations are counted.
 */
async function computeCounts(db: DataSource) {
  const [row] = await db.query<Record<string, string>[]>(
    `SELECT
       (SELECT count(*) FROM compute.pools WHERE name = ANY($1)) AS pools,
       (SELECT count(*) FROM compute.ledger_transactions WHERE idempotency_key = ANY($2)) AS grants,
       (SELECT count(*) FROM compute.credit_grants g JOIN compute.ledger_accounts a ON a.id = g.wallet_id
         WHERE a.organization_id IN (${DEMO_ORGS})) AS lots,
       (SELECT count(*) FROM compute.mandates WHERE sme_organization_id IN (${DEMO_ORGS})) AS mandates,
       (SELECT count(*) FROM compute.reservations WHERE idempotency_key = $3) AS reservations,
       (SELECT count(*) FROM compute.reservations WHERE idempotency_key = $3 AND status = 'CONFIRMED') AS confirmed,
       (SELECT coalesce(sum(balance), 0) FROM compute.ledger_accounts
         WHERE organization_id IN (${DEMO_ORGS})) AS balance`,
    [
      DEMO_POOLS.map((p) => p.name),
      DEMO_GRANTS.map((g) => g.idempotencyKey),
      DEMO_RESERVATION.idempotencyKey,
      DEMO_BRNS,
    ],
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

describe('seeding the demo data (real PostgreSQL)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = createDataSource({ url: process.env.DATABASE_URL ?? '', applicationName: 'seed-test' });
    await db.initialize();
  });
  afterAll(() => db.destroy());

  it('seeds the compute exchange once: a second run adds nothing and changes no balance', async () => {
    const accounts = demoAccounts(mkdtempSync(join(tmpdir(), 'vcp-seed-')));
    const first = await seedDemoData(accounts);
    expect(first.compute).toMatchObject({
      seeded: true,
      poolsDefined: DEMO_POOLS.length,
      grantsMade: DEMO_GRANTS.length,
      mandatesGranted: 1,
      reservationsConfirmed: 1,
      skipped: [],
    });
    const price =
      DEMO_RESERVATION.devices *
      DEMO_RESERVATION.hours *
      (DEMO_POOLS.find((p) => p.name === DEMO_RESERVATION.pool)?.creditsPerDeviceHour ?? 0);
    const afterFirst = await computeCounts(db);
    expect(afterFirst).toEqual({
      pools: DEMO_POOLS.length,
      grants: DEMO_GRANTS.length,
      lots: DEMO_GRANTS.length,
      mandates: 1,
      reservations: 1,
      confirmed: 1,
      balance: DEMO_GRANTS.reduce((sum, g) => sum + g.amount, 0) - price,
    });

    const second = await seedDemoData(accounts);
    expect(second.created).toEqual([]);
    expect(second.compute).toEqual({
      seeded: true,
      poolsDefined: 0,
      grantsMade: 0,
      mandatesGranted: 0,
      reservationsConfirmed: 0,
      skipped: [],
    });
    expect(await computeCounts(db)).toEqual(afterFirst);
  });
});
