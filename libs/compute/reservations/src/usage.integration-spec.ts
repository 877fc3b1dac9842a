import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Site } from '@vcp/compute/hardware';
import { LedgerService } from '@vcp/compute/ledger';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { MandatesService } from './mandates.service';
import { PoolsService } from './pools.service';
import { ReservationsModule } from './reservations.module';
import { type Reservation, ReservationsService, ReservationStatus } from './reservations.service';
import { HOUR_MS } from './slots';
import { UsageService } from './usage.service';

const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe('usage, no-shows and utilization (real PostgreSQL)', () => {
  let module: TestingModule;
  let db: DataSource;
  let usage: UsageService;
  let ledger: LedgerService;

  beforeAll(async () => {
    module = await createIntegrationModule([ReservationsModule]);
    db = module.get(getDataSourceToken());
    usage = module.get(UsageService);
    ledger = module.get(LedgerService);
  });
  afterAll(() => module.close());

  /** A confirmed 2-device, 2-hour reservation at 10 credits a device-hour (40 credits), moved to have started. */
  async function started(): Promise<Reservation> {
    const pool = await module.get(PoolsService).define(
      {
        name: `Usage pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices: 4,
        creditsPerDeviceHour: 10,
      },
      null,
    );
    const sme = randomUUID();
    const integrator = randomUUID();
    await ledger.grant(
      {
        organizationId: sme,
        amount: 100,
        expiresAt: hoursAhead(24 * 30),
        idempotencyKey: `grant-${randomUUID()}`,
      },
      null,
    );
    await module.get(MandatesService).grant(
      {
        smeOrganizationId: sme,
        integratorOrganizationId: integrator,
        capCredits: 100,
        expiresAt: hoursAhead(24 * 30),
      },
      null,
    );
    const reservations = module.get(ReservationsService);
    const held = await reservations.hold(
      {
        poolId: pool.id,
        consortiumId: randomUUID(),
        beneficiaryOrganizationId: sme,
        integratorOrganizationId: integrator,
        devices: 2,
        startsAt: hoursAhead(5),
        endsAt: hoursAhead(7),
        idempotencyKey: `hold-${randomUUID()}`,
      },
      null,
    );
    await reservations.confirm(held.id, { organizationId: integrator, certified: true }, null);
    // Shift it into the past, as time would.
    await db.query(
      `UPDATE compute.reservations SET starts_at = starts_at - interval '7 hours', ends_at = ends_at - interval '7 hours' WHERE id = $1`,
      [held.id],
    );
    return reservations.findById(held.id);
  }

  it('counts a retried report once and activates the reservation', async () => {
    const reservation = await started();
    const key = `usage-${randomUUID()}`;
    const first = await usage.report(
      { reservationId: reservation.id, deviceHours: 1.5, idempotencyKey: key },
      null,
    );
    const retried = await Promise.all(
      [1, 2, 3].map(() =>
        usage.report(
          { reservationId: reservation.id, deviceHours: 1.5, idempotencyKey: key },
          null,
        ),
      ),
    );
    expect(retried.every((r) => r.id === first.id && r.replayed)).toBe(true);
    expect((await module.get(ReservationsService).findById(reservation.id)).status).toBe(
      ReservationStatus.ACTIVE,
    );
    await expect(
      usage.report({ reservationId: reservation.id, deviceHours: 2, idempotencyKey: key }, null),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('refuses more use than was reserved', async () => {
    const reservation = await started();
    // 2 devices × 2 hours = 4 device-hours reserved
    await usage.report(
      { reservationId: reservation.id, deviceHours: 3, idempotencyKey: `usage-${randomUUID()}` },
      null,
    );
    await expect(
      usage.report(
        {
          reservationId: reservation.id,
          deviceHours: 1.5,
          idempotencyKey: `usage-${randomUUID()}`,
        },
        null,
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'USAGE_OVER_RESERVED' },
    });
  });

  it('refuses hours finer than the hundredths it keeps, and no report is written', async () => {
    const reservation = await started();
    for (const deviceHours of [0.001, 5e-324, 1.125]) {
      await expect(
        usage.report(
          { reservationId: reservation.id, deviceHours, idempotencyKey: `usage-${randomUUID()}` },
          null,
        ),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'USAGE_HOURS' },
      });
    }
    const [{ reports }] = (await db.query(
      'SELECT count(*)::int AS reports FROM compute.usage_reports WHERE reservation_id = $1',
      [reservation.id],
    )) as [{ reports: number }];
    expect(reports).toBe(0);
  });

  it('marks a reservation with no usage 30 minutes after its start a no-show and forfeits its credits, once', async () => {
    const reservation = await started();
    const before = await ledger.verify();
    const swept = await usage.sweep();
    expect(swept.noShows).toBeGreaterThanOrEqual(1);
    expect((await module.get(ReservationsService).findById(reservation.id)).status).toBe(
      ReservationStatus.NO_SHOW,
    );
    const [forfeit] = await db.query<{ amount: string }[]>(
      `SELECT e.amount FROM compute.ledger_entries e JOIN compute.ledger_transactions t ON t.id = e.transaction_id
         JOIN compute.ledger_accounts a ON a.id = e.account_id
        WHERE t.idempotency_key = $1 AND a.kind = 'FORFEITED'`,
      [`forfeit:${reservation.id}`],
    );
    expect(Number(forfeit.amount)).toBe(40);
    await usage.sweep();
    const after = await ledger.verify();
    expect(after.ok).toBe(true);
    expect(after.transactions).toBeGreaterThan(before.transactions);
  });

  it('reports utilization as used over reserved device-hours per pool', async () => {
    const reservation = await started();
    await usage.report(
      { reservationId: reservation.id, deviceHours: 3, idempotencyKey: `usage-${randomUUID()}` },
      null,
    );
    const rows = await usage.utilization(
      'pool',
      new Date(Date.now() - 24 * HOUR_MS),
      new Date(Date.now() + HOUR_MS),
    );
    const mine = rows.find((row) => row.key === reservation.poolId);
    // 3 of 4 device-hours used
    expect(mine).toEqual({
      key: reservation.poolId,
      reservedDeviceHours: 4,
      usedDeviceHours: 3,
      utilization: 0.75,
    });
  });
});
