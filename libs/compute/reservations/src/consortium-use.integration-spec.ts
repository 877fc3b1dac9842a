import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Site } from '@vcp/compute/hardware';
import { LedgerService } from '@vcp/compute/ledger';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { MandatesService } from './mandates.service';
import { PoolsService } from './pools.service';
import { ReservationViewsService } from './reservation-views.service';
import { ReservationsModule } from './reservations.module';
import { ReservationsService, ReservationStatus } from './reservations.service';
import { HOUR_MS } from './slots';
import { UsageService } from './usage.service';

const DAY_MS = 24 * HOUR_MS;
const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe("a consortium's compute use (real PostgreSQL)", () => {
  let module: TestingModule;
  let db: DataSource;
  let views: ReservationViewsService;
  let reservations: ReservationsService;
  let usage: UsageService;

  beforeAll(async () => {
    module = await createIntegrationModule([ReservationsModule]);
    db = module.get(getDataSourceToken());
    views = module.get(ReservationViewsService);
    reservations = module.get(ReservationsService);
    usage = module.get(UsageService);
  });
  afterAll(() => module.close());

  /** An SME with 1,000 credits and a mandate to an integrator, and a 10-credit pool. */
  async function parties() {
    const pool = await module.get(PoolsService).define(
      {
        name: `Consortium use pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices: 8,
        creditsPerDeviceHour: 10,
      },
      null,
    );
    const sme = randomUUID();
    const integrator = randomUUID();
    await module.get(LedgerService).grant(
      {
        organizationId: sme,
        amount: 1_000,
        expiresAt: hoursAhead(24 * 30),
        idempotencyKey: `grant-${randomUUID()}`,
      },
      null,
    );
    await module.get(MandatesService).grant(
      {
        smeOrganizationId: sme,
        integratorOrganizationId: integrator,
        capCredits: 1_000,
        expiresAt: hoursAhead(24 * 30),
      },
      null,
    );
    return { pool: pool.id, sme, integrator };
  }

  type Parties = Awaited<ReturnType<typeof parties>>;

  const hold = (p: Parties, consortiumId: string, devices: number, from: number, to: number) =>
    reservations.hold(
      {
        poolId: p.pool,
        consortiumId,
        beneficiaryOrganizationId: p.sme,
        integratorOrganizationId: p.integrator,
        devices,
        startsAt: hoursAhead(from),
        endsAt: hoursAhead(to),
        idempotencyKey: `hold-${randomUUID()}`,
      },
      null,
    );
  const confirm = (p: Parties, id: string) =>
    reservations.confirm(id, { organizationId: p.integrator, certified: true }, null);
  /** Moves a reservation back in time, as time passing would. */
  const shiftBack = (id: string, hours: number) =>
    db.query(
      `UPDATE compute.reservations SET starts_at = starts_at - make_interval(hours => $2),
              ends_at = ends_at - make_interval(hours => $2) WHERE id = $1`,
      [id, hours],
    );

  it('adds up reserved and used device-hours and the credits spent net of refunds and forfeits', async () => {
    const consortium = randomUUID();
    const p = await parties();

    // Used: 2 devices × 2 hours (40 credits), 3 of its 4 device-hours reported.
    const used = await hold(p, consortium, 2, 5, 7);
    await confirm(p, used.id);
    await shiftBack(used.id, 7);
    await usage.report(
      { reservationId: used.id, deviceHours: 3, idempotencyKey: `usage-${randomUUID()}` },
      null,
    );
    // Cancelled with 10 hours' notice: 1 device × 3 hours (30 credits), half refunded.
    const cancelled = await hold(p, consortium, 1, 10, 13);
    await confirm(p, cancelled.id);
    expect((await reservations.cancel(cancelled.id, null)).refunded).toBe(15);
    // A no-show: 1 device × 2 hours (20 credits), forfeited.
    const noShow = await hold(p, consortium, 1, 6, 8);
    await confirm(p, noShow.id);
    await shiftBack(noShow.id, 9);
    await usage.sweep();
    expect((await reservations.findById(noShow.id)).status).toBe(ReservationStatus.NO_SHOW);
    // A hold, not paid for, and another consortium's reservation on the same pool.
    const held = await hold(p, consortium, 1, 20, 21);
    const elsewhere = await hold(p, randomUUID(), 1, 30, 31);
    await confirm(p, elsewhere.id);

    const use = await views.consortiumUse(
      consortium,
      new Date(Date.now() - DAY_MS),
      new Date(Date.now() + 2 * DAY_MS),
    );
    expect(use).toMatchObject({
      consortiumId: consortium,
      // The used reservation's 4 and the no-show's 2; the cancellation and the hold reserve nothing.
      reservedDeviceHours: 6,
      usedDeviceHours: 3,
      utilization: 0.5,
      // 40 + (30 − 15) + 20
      creditsSpent: 75,
      creditsForfeited: 20,
      byPool: [{ key: p.pool, reservedDeviceHours: 6, usedDeviceHours: 3, utilization: 0.5 }],
      reservationCount: 4,
    });
    // Latest start first, in any state.
    expect(use.reservations.map((r) => [r.id, r.status])).toEqual([
      [held.id, ReservationStatus.HELD],
      [cancelled.id, ReservationStatus.CANCELLED],
      [used.id, expect.stringMatching(/^(ACTIVE|COMPLETED)$/)],
      [noShow.id, ReservationStatus.NO_SHOW],
    ]);
  });

  it('counts only the reservations starting in the period', async () => {
    const consortium = randomUUID();
    const p = await parties();
    const later = await hold(p, consortium, 1, 50, 52);
    await confirm(p, later.id);
    const use = await views.consortiumUse(consortium, hoursAhead(0), hoursAhead(50));
    expect(use).toMatchObject({
      reservedDeviceHours: 0,
      usedDeviceHours: 0,
      utilization: null,
      creditsSpent: 0,
      creditsForfeited: 0,
      byPool: [],
      reservationCount: 0,
      reservations: [],
    });
    expect(await views.consortiumUse(consortium, hoursAhead(50), hoursAhead(51))).toMatchObject({
      reservedDeviceHours: 2,
      creditsSpent: 20,
      reservationCount: 1,
    });
  });

  it('refuses a period that does not end after it starts or spans more than 366 days', async () => {
    const consortium = randomUUID();
    const from = new Date('2026-01-01T00:00:00Z');
    await expect(views.consortiumUse(consortium, from, from)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'COMPUTE_USE_PERIOD' },
    });
    await expect(
      views.consortiumUse(consortium, new Date(from.getTime() + DAY_MS), from),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(
      views.consortiumUse(consortium, from, new Date(from.getTime() + 367 * DAY_MS)),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'COMPUTE_USE_PERIOD' } });
    await expect(
      views.consortiumUse(consortium, from, new Date(from.getTime() + 366 * DAY_MS)),
    ).resolves.toMatchObject({ reservationCount: 0 });
  });
});
