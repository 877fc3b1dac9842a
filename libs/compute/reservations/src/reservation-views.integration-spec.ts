import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { Site } from '@vcp/compute/hardware';
import { createIntegrationModule } from '@vcp/platform/testing';
import { PoolsService } from './pools.service';
import { ReservationViewsService } from './reservation-views.service';
import { ReservationsService, ReservationStatus } from './reservations.service';
import { HOUR_MS } from './slots';

const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe('pool calendar and reservation views (real PostgreSQL)', () => {
  let module: TestingModule;
  let pools: PoolsService;
  let reservations: ReservationsService;
  let views: ReservationViewsService;

  beforeAll(async () => {
    module = await createIntegrationModule([
      (await import('./reservations.module')).ReservationsModule,
    ]);
    pools = module.get(PoolsService);
    reservations = module.get(ReservationsService);
    views = module.get(ReservationViewsService);
  });
  afterAll(() => module.close());

  const pool = (capacityDevices = 4) =>
    pools.define(
      {
        name: `Calendar pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices,
        creditsPerDeviceHour: 10,
      },
      null,
    );

  const hold = (poolId: string, devices: number, from: number, to: number, integrator?: string) =>
    reservations.hold(
      {
        poolId,
        consortiumId: randomUUID(),
        beneficiaryOrganizationId: randomUUID(),
        integratorOrganizationId: integrator ?? randomUUID(),
        devices,
        startsAt: hoursAhead(from),
        endsAt: hoursAhead(to),
        idempotencyKey: `calendar-${randomUUID()}`,
      },
      null,
    );

  it('gives every hour of the period its free devices: the capacity less what holds took', async () => {
    const { id } = await pool(4);
    await hold(id, 3, 50, 52);
    await hold(id, 1, 51, 53);
    const calendar = await views.poolCalendar(id, hoursAhead(49), hoursAhead(54));
    expect(calendar.capacityDevices).toBe(4);
    expect(calendar.hours.map((hour) => hour.freeDevices)).toEqual([4, 1, 0, 3, 4]);
    expect(calendar.hours[0].startsAt.getTime()).toBe(hoursAhead(49).getTime());
  });

  it('gives a cancelled hold its devices back', async () => {
    const { id } = await pool(2);
    const held = await hold(id, 2, 80, 81);
    expect((await views.poolCalendar(id, hoursAhead(80), hoursAhead(81))).hours[0]).toMatchObject({
      freeDevices: 0,
    });
    await reservations.cancel(held.id, null);
    expect((await views.poolCalendar(id, hoursAhead(80), hoursAhead(81))).hours[0]).toMatchObject({
      freeDevices: 2,
    });
  });

  it('widens the period to whole hours and refuses one longer than four weeks or backwards', async () => {
    const { id } = await pool(1);
    const from = new Date(hoursAhead(10).getTime() + 20 * 60_000);
    const calendar = await views.poolCalendar(id, from, new Date(from.getTime() + HOUR_MS));
    expect(calendar.hours.map((hour) => hour.startsAt.getTime())).toEqual([
      hoursAhead(10).getTime(),
      hoursAhead(11).getTime(),
    ]);
    await expect(
      views.poolCalendar(id, hoursAhead(0), hoursAhead(24 * 28 + 1)),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'CALENDAR_PERIOD' } });
    await expect(views.poolCalendar(id, hoursAhead(5), hoursAhead(5))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'CALENDAR_PERIOD' },
    });
  });

  it('lists what an integrator placed and quotes nothing back for a hold, which has not paid', async () => {
    const { id } = await pool(4);
    const integrator = randomUUID();
    const first = await hold(id, 1, 100, 101, integrator);
    const second = await hold(id, 1, 120, 121, integrator);
    const listed = await views.forOrganization(integrator);
    expect(listed.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(views.refundIfCancelled(first)).toBe(0);
  });

  it('quotes a confirmed reservation’s refund by the notice rule cancelling applies', () => {
    const startsAt = hoursAhead(100);
    const confirmed = {
      ...({} as Parameters<ReservationViewsService['refundIfCancelled']>[0]),
      status: ReservationStatus.CONFIRMED,
      credits: 101,
      startsAt,
    };
    const before = (hours: number) => new Date(startsAt.getTime() - hours * HOUR_MS);
    expect(views.refundIfCancelled(confirmed, before(48))).toBe(101);
    expect(views.refundIfCancelled(confirmed, before(47))).toBe(50);
    expect(views.refundIfCancelled(confirmed, before(2))).toBe(50);
    expect(views.refundIfCancelled(confirmed, before(1.5))).toBe(0);
  });
});
