import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Site } from '@vcp/compute/hardware';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { PoolsService } from './pools.service';
import { type HoldRequest, ReservationsService } from './reservations.service';
import { HOUR_MS } from './slots';

const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe('pool maintenance windows (real PostgreSQL)', () => {
  let module: TestingModule;
  let pools: PoolsService;
  let reservations: ReservationsService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([
      (await import('./reservations.module')).ReservationsModule,
    ]);
    pools = module.get(PoolsService);
    reservations = module.get(ReservationsService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  const pool = () =>
    pools.define(
      {
        name: `Maintained pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices: 4,
        creditsPerDeviceHour: 10,
      },
      null,
    );
  const hold = (poolId: string, startsAt: Date, endsAt: Date): Promise<unknown> => {
    const request: HoldRequest = {
      poolId,
      consortiumId: randomUUID(),
      beneficiaryOrganizationId: randomUUID(),
      integratorOrganizationId: randomUUID(),
      devices: 1,
      startsAt,
      endsAt,
      idempotencyKey: `hold-${randomUUID()}`,
    };
    return reservations.hold(request, null);
  };
  const windowsOf = (poolId: string) =>
    db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM compute.pool_maintenance WHERE pool_id = $1',
      [poolId],
    );

  it('closes every hour of the window: a hold there is refused with the next window that fits', async () => {
    const { id } = await pool();
    const maintenance = await pools.scheduleMaintenance(id, {
      startsAt: hoursAhead(48),
      endsAt: hoursAhead(52),
      reason: ' Firmware upgrade ',
    });
    expect(maintenance).toMatchObject({ poolId: id, reason: 'Firmware upgrade' });
    expect(new Date(maintenance.endsAt).getTime() - new Date(maintenance.startsAt).getTime()).toBe(
      4 * HOUR_MS,
    );
    await expect(hold(id, hoursAhead(51), hoursAhead(53))).rejects.toMatchObject({
      extensions: {
        code: 'CONFLICT',
        rule: 'POOL_CAPACITY',
        nextFreeStart: hoursAhead(52).toISOString(),
      },
    });
    await expect(hold(id, hoursAhead(52), hoursAhead(53))).resolves.toBeTruthy();
  });

  it('is refused whole where a reservation holds devices, and for a window that overlaps another', async () => {
    const { id } = await pool();
    await hold(id, hoursAhead(60), hoursAhead(61));
    await expect(
      pools.scheduleMaintenance(id, {
        startsAt: hoursAhead(58),
        endsAt: hoursAhead(62),
        reason: 'Cooling',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', rule: 'MAINTENANCE_RESERVED' } });
    // Nothing half-written: no window, and the free hours around the hold are still bookable.
    expect((await windowsOf(id))[0]?.n).toBe(0);
    await expect(hold(id, hoursAhead(58), hoursAhead(60))).resolves.toBeTruthy();

    await pools.scheduleMaintenance(id, {
      startsAt: hoursAhead(70),
      endsAt: hoursAhead(72),
      reason: 'Cooling',
    });
    await expect(
      pools.scheduleMaintenance(id, {
        startsAt: hoursAhead(71),
        endsAt: hoursAhead(73),
        reason: 'Again',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', rule: 'MAINTENANCE_OVERLAP' } });
  });

  it('refuses a past, unaligned or reasonless window, and an unknown pool, naming what is wrong', async () => {
    const { id } = await pool();
    await expect(
      pools.scheduleMaintenance(id, {
        startsAt: hoursAhead(-2),
        endsAt: new Date(hoursAhead(1).getTime() + 60_000),
        reason: 'x',
      }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        rule: 'MAINTENANCE_WINDOW',
        fields: [{ field: 'endsAt' }],
      },
    });
    await expect(
      pools.scheduleMaintenance(id, {
        startsAt: hoursAhead(5),
        endsAt: hoursAhead(6),
        reason: ' ',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'MAINTENANCE_REASON' } });
    await expect(
      pools.scheduleMaintenance(randomUUID(), {
        startsAt: hoursAhead(5),
        endsAt: hoursAhead(6),
        reason: 'x',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('racing holds: either the closure wins and no hold is in the window, or it is refused', async () => {
    const { id } = await pool();
    const [startsAt, endsAt] = [hoursAhead(90), hoursAhead(91)];
    const [closure, ...holds] = await Promise.allSettled([
      pools.scheduleMaintenance(id, { startsAt, endsAt, reason: 'Race' }),
      ...Array.from({ length: 8 }, () => hold(id, startsAt, endsAt)),
    ]);
    const held = holds.filter((result) => result.status === 'fulfilled').length;
    const [slot] = await db.query<{ capacity: number; reserved: number }[]>(
      'SELECT capacity, reserved FROM compute.pool_slots WHERE pool_id = $1 AND slot_start = $2',
      [id, startsAt],
    );
    if (closure.status === 'fulfilled') {
      expect(held).toBe(0);
      expect(slot).toEqual({ capacity: 0, reserved: 0 });
    } else {
      expect(closure.reason).toMatchObject({ extensions: { rule: 'MAINTENANCE_RESERVED' } });
      expect(held).toBeGreaterThan(0);
      expect(slot?.reserved).toBe(held);
    }
  });
});
