import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  DataResidency,
  MatchingService,
  ModelFamily,
  Precision,
  Site,
} from '@vcp/compute/hardware';
import { LedgerService } from '@vcp/compute/ledger';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { MandatesService } from './mandates.service';
import { PoolsService } from './pools.service';
import { type HoldRequest, ReservationsService, ReservationStatus } from './reservations.service';
import { HOUR_MS } from './slots';

/** The start of an hour this many hours from now. */
const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe('pools and reservations (real PostgreSQL)', () => {
  let module: TestingModule;
  let pools: PoolsService;
  let reservations: ReservationsService;
  let ledger: LedgerService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([
      (await import('./reservations.module')).ReservationsModule,
    ]);
    pools = module.get(PoolsService);
    reservations = module.get(ReservationsService);
    ledger = module.get(LedgerService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  const pool = (capacityDevices = 4, creditsPerDeviceHour = 10) =>
    pools.define(
      {
        name: `NPU pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices,
        creditsPerDeviceHour,
      },
      null,
    );

  const request = (poolId: string, overrides: Partial<HoldRequest> = {}): HoldRequest => ({
    poolId,
    consortiumId: randomUUID(),
    beneficiaryOrganizationId: randomUUID(),
    integratorOrganizationId: randomUUID(),
    devices: 1,
    startsAt: hoursAhead(72),
    endsAt: hoursAhead(74),
    idempotencyKey: `hold-${randomUUID()}`,
    ...overrides,
  });

  /** A mandate from the SME to the reservation's integrator, and the confirmation by that integrator. */
  async function mandate(sme: string, integrator: string, capCredits = 1_000) {
    return module.get(MandatesService).grant(
      {
        smeOrganizationId: sme,
        integratorOrganizationId: integrator,
        capCredits,
        expiresAt: hoursAhead(24 * 60),
      },
      null,
    );
  }
  const confirmAsIntegrator = (reservation: { id: string; integratorOrganizationId: string }) =>
    reservations.confirm(
      reservation.id,
      { organizationId: reservation.integratorOrganizationId, certified: true },
      null,
    );

  const reservedIn = (poolId: string) =>
    db.query<{ slot_start: Date; capacity: number; reserved: number }[]>(
      `SELECT slot_start, capacity, reserved FROM compute.pool_slots WHERE pool_id = $1 ORDER BY slot_start`,
      [poolId],
    );

  it('holds capacity for every hour of the window and prices it from the pool’s rate', async () => {
    const { id } = await pool(4, 10);
    const held = await reservations.hold(request(id, { devices: 3 }), null);
    // 3 devices × 2 hours × 10 credits
    expect(held).toMatchObject({ status: ReservationStatus.HELD, credits: 60 });
    expect((await reservedIn(id)).map((slot) => slot.reserved)).toEqual([3, 3]);
  });

  it('never overbooks a slot, whatever the concurrency: 16 clients × 10 attempts on one hot hour', async () => {
    const { id } = await pool(4);
    const window = { startsAt: hoursAhead(100), endsAt: hoursAhead(101) };
    const results = await Promise.allSettled(
      Array.from({ length: 160 }, () => reservations.hold(request(id, window), null)),
    );
    const succeeded = results.filter((r) => r.status === 'fulfilled');
    expect(succeeded).toHaveLength(4);
    for (const failure of results.filter((r) => r.status === 'rejected')) {
      expect(failure.reason).toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'POOL_CAPACITY' },
      });
    }
    const [slot] = await reservedIn(id);
    expect(slot.reserved).toBe(4);
    expect(slot.reserved).toBeLessThanOrEqual(slot.capacity);
  });

  it('suggests the next window that fits when a hold does not', async () => {
    const { id } = await pool(2);
    await reservations.hold(
      request(id, { devices: 2, startsAt: hoursAhead(200), endsAt: hoursAhead(202) }),
      null,
    );
    await expect(
      reservations.hold(
        request(id, { devices: 1, startsAt: hoursAhead(201), endsAt: hoursAhead(203) }),
        null,
      ),
    ).rejects.toMatchObject({
      extensions: {
        code: 'CONFLICT',
        rule: 'POOL_CAPACITY',
        nextFreeStart: hoursAhead(202).toISOString(),
      },
    });
  });

  it('refuses unaligned, past or oversized requests before touching capacity', async () => {
    const { id } = await pool(2);
    const unaligned = new Date(hoursAhead(10).getTime() + 30 * 60_000);
    await expect(
      reservations.hold(request(id, { startsAt: unaligned }), null),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'RESERVATION_WINDOW' },
    });
    await expect(reservations.hold(request(id, { devices: 3 }), null)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'RESERVATION_DEVICES' },
    });
    expect(await reservedIn(id)).toEqual([]);
  });

  it('returns the first hold to a replay of its key, and makes one hold from concurrent replays', async () => {
    const { id } = await pool(4);
    const same = request(id);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => reservations.hold(same, null)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await reservedIn(id)).map((slot) => slot.reserved)).toEqual([1, 1]);
    await expect(reservations.hold({ ...same, devices: 2 }, null)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('confirms by paying in the same transaction; without the credits nothing moves and the hold stays', async () => {
    const { id } = await pool(4, 10);
    const sme = randomUUID();
    const integrator = randomUUID();
    await mandate(sme, integrator);
    await ledger.grant(
      {
        organizationId: sme,
        amount: 50,
        expiresAt: hoursAhead(24 * 30),
        idempotencyKey: `grant-${randomUUID()}`,
      },
      null,
    );
    const expensive = await reservations.hold(
      request(id, {
        beneficiaryOrganizationId: sme,
        integratorOrganizationId: integrator,
        devices: 3,
      }),
      null,
    );
    await expect(confirmAsIntegrator(expensive)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'INSUFFICIENT_CREDITS' },
    });
    expect((await reservations.findById(expensive.id)).status).toBe(ReservationStatus.HELD);
    expect(await ledger.walletBalance(sme)).toBe(50);

    const affordable = await reservations.hold(
      request(id, {
        beneficiaryOrganizationId: sme,
        integratorOrganizationId: integrator,
        devices: 1,
        startsAt: hoursAhead(300),
        endsAt: hoursAhead(302),
      }),
      null,
    );
    const confirmed = await confirmAsIntegrator(affordable);
    expect(confirmed.status).toBe(ReservationStatus.CONFIRMED);
    expect(await ledger.walletBalance(sme)).toBe(30);
    // a second confirmation changes nothing
    await confirmAsIntegrator(affordable);
    expect(await ledger.walletBalance(sme)).toBe(30);
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('refunds by notice on cancellation and frees the slots', async () => {
    const { id } = await pool(4, 10);
    const sme = randomUUID();
    const integrator = randomUUID();
    await mandate(sme, integrator);
    await ledger.grant(
      {
        organizationId: sme,
        amount: 100,
        expiresAt: hoursAhead(24 * 30),
        idempotencyKey: `grant-${randomUUID()}`,
      },
      null,
    );
    const early = await reservations.hold(
      request(id, {
        beneficiaryOrganizationId: sme,
        integratorOrganizationId: integrator,
        startsAt: hoursAhead(72),
        endsAt: hoursAhead(74),
      }),
      null,
    );
    await confirmAsIntegrator(early);
    expect(await reservations.cancel(early.id, null)).toMatchObject({ refunded: 20 });
    const late = await reservations.hold(
      request(id, {
        beneficiaryOrganizationId: sme,
        integratorOrganizationId: integrator,
        startsAt: hoursAhead(10),
        endsAt: hoursAhead(12),
      }),
      null,
    );
    await confirmAsIntegrator(late);
    // 10 hours' notice: half back
    expect(await reservations.cancel(late.id, null)).toMatchObject({ refunded: 10 });
    expect(await ledger.walletBalance(sme)).toBe(90);
    expect((await reservedIn(id)).every((slot) => slot.reserved === 0)).toBe(true);
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('prices matching from the pools: credits per hour and per million inferences for pooled devices', async () => {
    await pool(8, 7);
    const rates = await pools.rates();
    const rngd = rates.get('furiosa-rngd');
    expect(rngd?.creditsPerDeviceHour).toBeLessThanOrEqual(7);
    const result = await module.get(MatchingService).match(
      {
        name: 'Encoder',
        family: ModelFamily.TRANSFORMER_ENCODER,
        parameters: 336e6,
        precision: Precision.INT8,
        batch: 64,
        site: Site.CENTER,
        residency: DataResidency.ANY,
      },
      rates,
    );
    const priced = result.ranking.find((p) => p.deviceId === 'furiosa-rngd');
    expect(priced?.creditsPerHour).toBe((rngd?.creditsPerDeviceHour ?? 0) * (priced?.devices ?? 0));
    expect(priced?.creditsPerMillionInferences).toBeGreaterThan(0);
    expect(
      result.ranking.find((p) => p.deviceId === 'nvidia-h100-sxm')?.creditsPerHour ?? null,
    ).toBeNull();
  });

  describe('anti-hoarding caps', () => {
    it('keep one SME to 20% of a pool’s device-hours in any week, even when its holds race', async () => {
      // 10 devices × 168 h = 1,680 device-hours a week; 20% = 336; each hold is 10 devices × 10 h = 100
      const { id } = await pool(10);
      const sme = randomUUID();
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          reservations.hold(
            request(id, {
              beneficiaryOrganizationId: sme,
              devices: 10,
              startsAt: hoursAhead(500 + i * 12),
              endsAt: hoursAhead(510 + i * 12),
            }),
            null,
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      for (const failure of results.filter((r) => r.status === 'rejected')) {
        expect(failure.reason).toMatchObject({
          extensions: { code: 'CONFLICT', rule: 'ORGANIZATION_CAP', limit: 336 },
        });
      }
      // outside that week the SME may book again
      await expect(
        reservations.hold(
          request(id, {
            beneficiaryOrganizationId: sme,
            devices: 10,
            startsAt: hoursAhead(900),
            endsAt: hoursAhead(910),
          }),
          null,
        ),
      ).resolves.toMatchObject({ status: ReservationStatus.HELD });
    });

    it('keep one consortium to half of a pool’s week', async () => {
      // 1 device × 168 h; 50% = 84 device-hours for the consortium, 20% = 33 for each SME
      const { id } = await pool(1);
      const consortiumId = randomUUID();
      for (let i = 0; i < 2; i++) {
        await reservations.hold(
          request(id, {
            consortiumId,
            startsAt: hoursAhead(600 + i * 40),
            endsAt: hoursAhead(630 + i * 40),
          }),
          null,
        );
      }
      await expect(
        reservations.hold(
          request(id, { consortiumId, startsAt: hoursAhead(680), endsAt: hoursAhead(710) }),
          null,
        ),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'CONSORTIUM_CAP', limit: 84 },
      });
    });
  });

  describe('redemption', () => {
    async function heldFor(sme: string, integrator: string, credits = 20) {
      const { id } = await pool(4, credits / 2);
      await ledger.grant(
        {
          organizationId: sme,
          amount: 500,
          expiresAt: hoursAhead(24 * 30),
          idempotencyKey: `grant-${randomUUID()}`,
        },
        null,
      );
      return reservations.hold(
        request(id, { beneficiaryOrganizationId: sme, integratorOrganizationId: integrator }),
        null,
      );
    }

    it('is only for the integrator that placed it: the SME itself cannot redeem', async () => {
      const sme = randomUUID();
      const held = await heldFor(sme, randomUUID());
      await expect(
        reservations.confirm(held.id, { organizationId: sme, certified: true }, null),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('needs an unexpired certification and a live mandate whose cap covers the price', async () => {
      const sme = randomUUID();
      const integrator = randomUUID();
      const held = await heldFor(sme, integrator);
      await expect(
        reservations.confirm(held.id, { organizationId: integrator, certified: false }, null),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(confirmAsIntegrator(held)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'MANDATE_REQUIRED' },
      });
      const small = await mandate(sme, integrator, 30);
      // 1 device × 2 hours × 10 credits = 20 fits the 30-credit cap once, not twice
      await confirmAsIntegrator(held);
      const second = await reservations.hold(
        request(held.poolId, {
          beneficiaryOrganizationId: sme,
          integratorOrganizationId: integrator,
          startsAt: hoursAhead(400),
          endsAt: hoursAhead(402),
        }),
        null,
      );
      await expect(confirmAsIntegrator(second)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'MANDATE_CAP' },
      });
      await module.get(MandatesService).revoke(small.id, sme);
      await expect(confirmAsIntegrator(second)).rejects.toMatchObject({
        extensions: { rule: 'MANDATE_REQUIRED' },
      });
      expect(await ledger.walletBalance(sme)).toBe(480);
    });
  });

  it('lapses holds left unconfirmed for 15 minutes and frees their slots', async () => {
    const { id } = await pool(1);
    const held = await reservations.hold(request(id), null);
    await db.query(
      `UPDATE compute.reservations SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [held.id],
    );
    await expect(confirmAsIntegrator(held)).rejects.toMatchObject({
      extensions: { rule: 'HOLD_LAPSED' },
    });
    expect((await reservations.findById(held.id)).status).toBe(ReservationStatus.LAPSED);
    expect((await reservedIn(id)).every((slot) => slot.reserved === 0)).toBe(true);
    await expect(reservations.hold(request(id), null)).resolves.toMatchObject({
      status: ReservationStatus.HELD,
    });
  });
});
