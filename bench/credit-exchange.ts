/*
 * The credit exchange in-process against the bench database: the compute library's services
 * (pools, reservations, mandates, ledger) in a Nest application context of their own, no HTTP.
 *   1. hot slots: 16 clients × 500 holds on a pool of 8 devices and 4 hot hours;
 *   2. 3,200 spends of 30 credits from 100 SME wallets, 32 in flight;
 *   3. reserve-and-pay (hold + confirm) through the services versus the same rows in raw SQL.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { Site } from '@vcp/compute/hardware';
import { LedgerService } from '@vcp/compute/ledger';
import {
  MandatesService,
  PoolsService,
  ReservationsModule,
  ReservationsService,
} from '@vcp/compute/reservations';
import { DatabaseModule } from '@vcp/platform/database';
import { Client } from 'pg';

const HOUR_MS = 3_600_000;

export interface CreditExchangeReport {
  hotSlots: {
    devices: number;
    hours: number;
    clients: number;
    attempts: number;
    successes: number;
    conflicts: number;
    otherErrors: number;
    seconds: number;
    holdsPerSecond: number;
    overbookedSlots: number;
    /** successes = devices × hours and no slot overbooked. */
    ok: boolean;
  };
  spends: {
    smes: number;
    spends: number;
    inFlight: number;
    successes: number;
    failures: number;
    seconds: number;
    spendsPerSecond: number;
    ledgerOk: boolean;
    ledgerTotal: number;
    /** SME wallets not at 1,000 − 32 × 30 = 40 afterwards. */
    walletsOff: number;
  };
  reserveAndPay: {
    reservations: number;
    servicePerSecond: number;
    rawSqlPerSecond: number;
    /** raw SQL rate ÷ service rate. */
    ratio: number;
  };
}

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }),
    DatabaseModule.forRoot({ applicationName: 'bench' }),
    ReservationsModule,
  ],
})
class CreditExchangeBenchModule {}

/** The start of an hour this many hours from now. */
const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

/** `workers` loops running `perWorker` tasks each, one at a time. */
async function inParallel(
  workers: number,
  perWorker: number,
  task: (worker: number, i: number) => Promise<void>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; i < perWorker; i++) await task(worker, i);
    }),
  );
}

const ruleOf = (error: unknown): unknown =>
  (error as { extensions?: { rule?: unknown } } | null)?.extensions?.rule;

const seconds = (startedAt: bigint) => Number(process.hrtime.bigint() - startedAt) / 1e9;

export async function runCreditExchangeBench(databaseUrl: string): Promise<CreditExchangeReport> {
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const app = await NestFactory.createApplicationContext(CreditExchangeBenchModule, {
    logger: ['error', 'warn'],
  });
  const sql = new Client({ connectionString: databaseUrl, application_name: 'bench' });
  await sql.connect();
  try {
    const pools = app.get(PoolsService);
    const reservations = app.get(ReservationsService);
    const ledger = app.get(LedgerService);
    const mandates = app.get(MandatesService);
    const run = randomUUID().slice(0, 8);
    const expiresAt = hoursAhead(24 * 60);

    // 1. Hot slots.
    const DEVICES = 8;
    const HOURS = 4;
    const CLIENTS = 16;
    const ATTEMPTS = 500;
    const hot = await pools.define(
      {
        name: `bench hot pool ${run}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices: DEVICES,
        creditsPerDeviceHour: 10,
      },
      null,
    );
    const hotHours = Array.from({ length: HOURS }, (_, i) => hoursAhead(72 + i));
    let successes = 0;
    let conflicts = 0;
    let otherErrors = 0;
    let started = process.hrtime.bigint();
    await inParallel(CLIENTS, ATTEMPTS, async () => {
      const startsAt = hotHours[Math.floor(Math.random() * HOURS)];
      try {
        await reservations.hold(
          {
            poolId: hot.id,
            consortiumId: randomUUID(),
            beneficiaryOrganizationId: randomUUID(),
            integratorOrganizationId: randomUUID(),
            devices: 1,
            startsAt,
            endsAt: new Date(startsAt.getTime() + HOUR_MS),
            idempotencyKey: `bench-hot-${randomUUID()}`,
          },
          null,
        );
        successes++;
      } catch (error) {
        if (ruleOf(error) === 'POOL_CAPACITY') conflicts++;
        else otherErrors++;
      }
    });
    const hotSeconds = seconds(started);
    const {
      rows: [{ count: overbooked }],
    } = await sql.query<{ count: string }>(
      `SELECT count(*) FROM compute.pool_slots WHERE pool_id = $1 AND reserved > capacity`,
      [hot.id],
    );
    const overbookedSlots = Number(overbooked);

    // 2. Concurrent spends.
    const SMES = 100;
    const SPENDS = 3_200;
    const IN_FLIGHT = 32;
    const smes = Array.from({ length: SMES }, () => randomUUID());
    for (const sme of smes) {
      await ledger.grant(
        { organizationId: sme, amount: 1_000, expiresAt, idempotencyKey: `bench-grant-${sme}` },
        null,
      );
    }
    let spent = 0;
    let spendFailures = 0;
    started = process.hrtime.bigint();
    await inParallel(IN_FLIGHT, SPENDS / IN_FLIGHT, async (worker, i) => {
      const sme = smes[(i * IN_FLIGHT + worker) % SMES];
      try {
        await ledger.spend(
          { organizationId: sme, amount: 30, idempotencyKey: `bench-spend-${randomUUID()}` },
          null,
        );
        spent++;
      } catch {
        spendFailures++;
      }
    });
    const spendSeconds = seconds(started);
    const verified = await ledger.verify();
    const { rows: balances } = await sql.query<{ balance: string }>(
      `SELECT balance FROM compute.ledger_accounts WHERE kind = 'WALLET' AND organization_id = ANY($1::uuid[])`,
      [smes],
    );
    const walletsOff =
      SMES - balances.filter((row) => Number(row.balance) === 1_000 - 32 * 30).length;

    // 3. Reserve-and-pay: services versus raw SQL, each on a pool of its own.
    const N = 300;
    const RATE = 10;
    const payPool = async (name: string) =>
      pools.define(
        {
          name: `bench ${name} pool ${run}`,
          hardwareProfileId: 'furiosa-rngd',
          site: Site.CENTER,
          capacityDevices: 1_000,
          creditsPerDeviceHour: RATE,
        },
        null,
      );
    /** An SME with 100 credits and a mandate to its integrator; not timed. */
    const payer = async () => {
      const sme = randomUUID();
      const integrator = randomUUID();
      const granted = await ledger.grant(
        { organizationId: sme, amount: 100, expiresAt, idempotencyKey: `bench-grant-${sme}` },
        null,
      );
      const mandate = await mandates.grant(
        {
          smeOrganizationId: sme,
          integratorOrganizationId: integrator,
          capCredits: 100,
          expiresAt,
        },
        null,
      );
      return { sme, integrator, grantId: granted.grantId as string, mandateId: mandate.id };
    };
    const window = (i: number) => {
      const startsAt = hoursAhead(96 + (i % 48));
      return { startsAt, endsAt: new Date(startsAt.getTime() + HOUR_MS) };
    };

    const servicePool = await payPool('service');
    const servicePayers = [];
    for (let i = 0; i < N; i++) servicePayers.push(await payer());
    started = process.hrtime.bigint();
    for (const [i, p] of servicePayers.entries()) {
      const held = await reservations.hold(
        {
          poolId: servicePool.id,
          consortiumId: randomUUID(),
          beneficiaryOrganizationId: p.sme,
          integratorOrganizationId: p.integrator,
          devices: 1,
          ...window(i),
          idempotencyKey: `bench-pay-${randomUUID()}`,
        },
        null,
      );
      await reservations.confirm(held.id, { organizationId: p.integrator, certified: true }, null);
    }
    const serviceSeconds = seconds(started);

    const rawPool = await payPool('raw');
    const rawPayers = [];
    for (let i = 0; i < N; i++) rawPayers.push(await payer());
    const {
      rows: [{ id: revenue }],
    } = await sql.query<{ id: string }>(
      `SELECT id FROM compute.ledger_accounts WHERE kind = 'CENTER_REVENUE'`,
    );
    const { rows: wallets } = await sql.query<{ id: string; organization_id: string }>(
      `SELECT id, organization_id FROM compute.ledger_accounts WHERE kind = 'WALLET' AND organization_id = ANY($1::uuid[])`,
      [rawPayers.map((p) => p.sme)],
    );
    const walletOf = new Map(wallets.map((w) => [w.organization_id, w.id]));
    const credits = RATE; // 1 device × 1 hour
    started = process.hrtime.bigint();
    for (const [i, p] of rawPayers.entries()) {
      const { startsAt, endsAt } = window(i);
      const key = `bench-raw-${randomUUID()}`;
      await sql.query('BEGIN');
      try {
        await sql.query(
          `INSERT INTO compute.pool_slots (pool_id, slot_start, capacity, reserved)
           VALUES ($1, $2, $3, 1)
           ON CONFLICT (pool_id, slot_start) DO UPDATE SET reserved = compute.pool_slots.reserved + 1`,
          [rawPool.id, startsAt, rawPool.capacityDevices],
        );
        await sql.query(
          `INSERT INTO compute.reservations
             (pool_id, consortium_id, beneficiary_organization_id, integrator_organization_id, devices,
              starts_at, ends_at, status, hold_expires_at, credits, idempotency_key, request_hash, mandate_id)
           VALUES ($1, $2, $3, $4, 1, $5, $6, 'CONFIRMED', now() + interval '15 minutes', $7, $8, $9, $10)`,
          [
            rawPool.id,
            randomUUID(),
            p.sme,
            p.integrator,
            startsAt,
            endsAt,
            credits,
            key,
            createHash('sha256').update(key).digest(),
            p.mandateId,
          ],
        );
        await sql.query(
          `UPDATE compute.mandates SET spent_credits = spent_credits + $2 WHERE id = $1`,
          [p.mandateId, credits],
        );
        const {
          rows: [{ id: transactionId }],
        } = await sql.query<{ id: string }>(
          `INSERT INTO compute.ledger_transactions (kind, idempotency_key, request_hash)
           VALUES ('SPEND', $1, $2) RETURNING id`,
          [`reservation:${key}`, createHash('sha256').update(`SPEND:${key}`).digest()],
        );
        await sql.query(
          `INSERT INTO compute.ledger_entries (transaction_id, account_id, grant_id, amount)
           VALUES ($1, $2, $3, $4), ($1, $5, NULL, $6)`,
          [transactionId, walletOf.get(p.sme), p.grantId, -credits, revenue, credits],
        );
        await sql.query('COMMIT');
      } catch (error) {
        await sql.query('ROLLBACK');
        throw error;
      }
    }
    const rawSeconds = seconds(started);
    const servicePerSecond = N / serviceSeconds;
    const rawSqlPerSecond = N / rawSeconds;

    return {
      hotSlots: {
        devices: DEVICES,
        hours: HOURS,
        clients: CLIENTS,
        attempts: CLIENTS * ATTEMPTS,
        successes,
        conflicts,
        otherErrors,
        seconds: hotSeconds,
        holdsPerSecond: (CLIENTS * ATTEMPTS) / hotSeconds,
        overbookedSlots,
        ok: successes === DEVICES * HOURS && overbookedSlots === 0,
      },
      spends: {
        smes: SMES,
        spends: SPENDS,
        inFlight: IN_FLIGHT,
        successes: spent,
        failures: spendFailures,
        seconds: spendSeconds,
        spendsPerSecond: SPENDS / spendSeconds,
        ledgerOk: verified.ok,
        ledgerTotal: verified.total,
        walletsOff,
      },
      reserveAndPay: {
        reservations: N,
        servicePerSecond,
        rawSqlPerSecond,
        ratio: rawSqlPerSecond / servicePerSecond,
      },
    };
  } finally {
    await sql.end();
    await app.close();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
}

/** The compact table run.ts prints. */
export function describeCreditExchange(report: CreditExchangeReport): string[] {
  const { hotSlots: h, spends: s, reserveAndPay: r } = report;
  const n = (value: number, digits = 0) => value.toFixed(digits);
  const rows: [string, string, string][] = [
    [
      `hot slots (${h.devices} dev × ${h.hours} h, ${h.clients}×${h.attempts / h.clients} holds)`,
      `${h.successes} ok, ${h.conflicts} POOL_CAPACITY, ${h.otherErrors} other, ${h.overbookedSlots} overbooked`,
      `${n(h.seconds, 2)} s, ${n(h.holdsPerSecond)} holds/s${h.ok ? '' : '  ← NOT as expected'}`,
    ],
    [
      `${s.spends} spends × 30 cr (${s.smes} SMEs, ${s.inFlight} in flight)`,
      `${s.successes} ok, ${s.failures} failed; verify ok=${s.ledgerOk} total=${s.ledgerTotal}; ${s.walletsOff} wallets ≠ 40`,
      `${n(s.seconds, 2)} s, ${n(s.spendsPerSecond)} spends/s`,
    ],
    [
      `reserve-and-pay × ${r.reservations} (sequential)`,
      `services ${n(r.servicePerSecond)}/s, raw SQL ${n(r.rawSqlPerSecond)}/s`,
      `raw ÷ services ${n(r.ratio, 2)}x`,
    ],
  ];
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map(
    ([what, outcome, speed]) =>
      `  ${what.padEnd(widths[0])}  ${outcome.padEnd(widths[1])}  ${speed}`,
  );
}
