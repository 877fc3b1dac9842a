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
import { type Reservation, ReservationsService } from './reservations.service';
import { HOUR_MS } from './slots';
import { UsageService } from './usage.service';

const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe('credit and reservation events: written in the transaction of each movement (real PostgreSQL)', () => {
  let module: TestingModule;
  let db: DataSource;
  let ledger: LedgerService;
  let reservations: ReservationsService;

  beforeAll(async () => {
    module = await createIntegrationModule([ReservationsModule]);
    db = module.get(getDataSourceToken());
    ledger = module.get(LedgerService);
    reservations = module.get(ReservationsService);
  });
  afterAll(() => module.close());

  const eventsAbout = (organizationId: string) =>
    db.query<{ type: string; payload: Record<string, unknown>; organization_ids: string[] }[]>(
      `SELECT type, payload, organization_ids FROM events.outbox
        WHERE $1::uuid = ANY (organization_ids) ORDER BY position`,
      [organizationId],
    );

  async function funded(amount = 100): Promise<{ sme: string; key: string }> {
    const sme = randomUUID();
    const key = `grant-${randomUUID()}`;
    await ledger.grant(
      { organizationId: sme, amount, expiresAt: hoursAhead(24 * 30), idempotencyKey: key },
      null,
    );
    return { sme, key };
  }

  /** A confirmed 2-device, 2-hour reservation (40 credits) placed by an integrator for the SME. */
  async function confirmed(sme: string): Promise<Reservation & { integrator: string }> {
    const pool = await module.get(PoolsService).define(
      {
        name: `Events pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices: 4,
        creditsPerDeviceHour: 10,
      },
      null,
    );
    const integrator = randomUUID();
    await module.get(MandatesService).grant(
      {
        smeOrganizationId: sme,
        integratorOrganizationId: integrator,
        capCredits: 100,
        expiresAt: hoursAhead(24 * 30),
      },
      null,
    );
    const held = await reservations.hold(
      {
        poolId: pool.id,
        consortiumId: randomUUID(),
        beneficiaryOrganizationId: sme,
        integratorOrganizationId: integrator,
        devices: 2,
        startsAt: hoursAhead(72),
        endsAt: hoursAhead(74),
        idempotencyKey: `hold-${randomUUID()}`,
      },
      null,
    );
    const done = await reservations.confirm(
      held.id,
      { organizationId: integrator, certified: true },
      null,
    );
    return { ...done, integrator };
  }

  it('announces a grant once, however often it is retried under its key', async () => {
    const { sme, key } = await funded(100);
    await ledger.grant(
      { organizationId: sme, amount: 100, expiresAt: hoursAhead(24 * 30), idempotencyKey: key },
      null,
    );
    const events = await eventsAbout(sme);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'credits.granted',
        organization_ids: [sme],
        payload: expect.objectContaining({ organizationId: sme, amount: 100 }),
      }),
    ]);
  });

  it('announces confirmation and cancellation to the SME and its integrator, with the refund', async () => {
    const { sme } = await funded(100);
    const reservation = await confirmed(sme);
    await reservations.cancel(reservation.id, null);
    const events = (await eventsAbout(sme)).filter((event) => event.type !== 'credits.granted');
    expect(events.map((event) => event.type)).toEqual([
      'reservation.confirmed',
      'reservation.cancelled',
    ]);
    expect(events[1]).toMatchObject({
      organization_ids: [sme, reservation.integrator],
      payload: {
        reservationId: reservation.id,
        status: 'CANCELLED',
        previousStatus: 'CONFIRMED',
        credits: 40,
        refundedCredits: 40,
      },
    });
  });

  it('announces what a no-show forfeits and what expires, once each', async () => {
    const { sme } = await funded(100);
    const reservation = await confirmed(sme);
    await db.query(
      `UPDATE compute.reservations
          SET starts_at = starts_at - interval '74 hours', ends_at = ends_at - interval '74 hours'
        WHERE id = $1`,
      [reservation.id],
    );
    const usage = module.get(UsageService);
    await usage.sweep();
    await usage.sweep();
    await db.query(
      `UPDATE compute.credit_grants SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day'
        WHERE wallet_id = (SELECT id FROM compute.ledger_accounts WHERE organization_id = $1)`,
      [sme],
    );
    await ledger.expireDue();
    await ledger.expireDue();
    const events = await eventsAbout(sme);
    expect(events.map((event) => event.type)).toEqual([
      'credits.granted',
      'reservation.confirmed',
      'credits.forfeited',
      'credits.expired',
    ]);
    expect(events[2].payload).toMatchObject({
      reservationId: reservation.id,
      organizationId: sme,
      amount: 40,
      reason: 'NO_SHOW',
    });
    expect(events[3].payload).toMatchObject({ organizationId: sme, amount: 60 });
  });
});
