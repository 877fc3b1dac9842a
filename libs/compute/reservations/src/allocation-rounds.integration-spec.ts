import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Site } from '@vcp/compute/hardware';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { AllocationRoundsService } from './allocation-rounds.service';
import { PoolsService } from './pools.service';
import { ReservationsModule } from './reservations.module';
import { ReservationsService, ReservationStatus } from './reservations.service';
import { HOUR_MS } from './slots';

const hoursAhead = (hours: number) =>
  new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);

describe('allocation rounds (real PostgreSQL)', () => {
  let module: TestingModule;
  let rounds: AllocationRoundsService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([ReservationsModule]);
    rounds = module.get(AllocationRoundsService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  async function contested(capacityDevices: number) {
    const pool = await module.get(PoolsService).define(
      {
        name: `Round pool ${randomUUID().slice(0, 8)}`,
        hardwareProfileId: 'furiosa-rngd',
        site: Site.CENTER,
        capacityDevices,
        creditsPerDeviceHour: 5,
      },
      null,
    );
    const roundId = await rounds.open(
      {
        poolId: pool.id,
        startsAt: hoursAhead(48),
        endsAt: hoursAhead(50),
        deadline: hoursAhead(24),
      },
      null,
    );
    return { pool, roundId };
  }

  const ask = (
    roundId: string,
    demand: number,
    facts: { isSme?: boolean; inLargeBusinessGroup?: boolean } = {},
  ) =>
    rounds.request({
      roundId,
      consortiumId: randomUUID(),
      beneficiaryOrganizationId: randomUUID(),
      integratorOrganizationId: randomUUID(),
      demand,
      isSme: facts.isSme ?? true,
      inLargeBusinessGroup: facts.inLargeBusinessGroup ?? false,
    });

  const passDeadline = (roundId: string) =>
    db.query(
      `UPDATE compute.allocation_rounds SET deadline = now() - interval '1 minute' WHERE id = $1`,
      [roundId],
    );

  it('shares a contested window by max-min fairness and turns each share into a hold', async () => {
    const { pool, roundId } = await contested(10);
    const ids = [await ask(roundId, 2), await ask(roundId, 4), await ask(roundId, 10)];
    await expect(rounds.close(roundId, null)).rejects.toMatchObject({
      extensions: { rule: 'ROUND_OPEN' },
    });
    await passDeadline(roundId);
    const outcome = await rounds.close(roundId, null);
    // equal weights (SMEs with no history): 2 and 4 are served in full, the rest get the remaining 4
    expect(ids.map((id) => outcome.results.find((r) => r.requestId === id)?.allocated)).toEqual([
      2, 4, 4,
    ]);
    expect(outcome.capacity).toBe(10);
    const holds = await Promise.all(
      outcome.results.map((r) =>
        module.get(ReservationsService).findById(r.reservationId as string),
      ),
    );
    expect(holds.every((h) => h.status === ReservationStatus.HELD)).toBe(true);
    const [slot] = await db.query<{ reserved: number }[]>(
      `SELECT max(reserved) AS reserved FROM compute.pool_slots WHERE pool_id = $1`,
      [pool.id],
    );
    expect(Number(slot.reserved)).toBe(10);
    // closing again answers with the same outcome and places nothing more
    expect((await rounds.close(roundId, null)).results).toEqual(outcome.results);
  });

  it('leaves large-group firms out, saying why', async () => {
    const { roundId } = await contested(4);
    const excluded = await ask(roundId, 2, { isSme: false, inLargeBusinessGroup: true });
    await ask(roundId, 2);
    await passDeadline(roundId);
    const result = (await rounds.close(roundId, null)).results.find(
      (r) => r.requestId === excluded,
    );
    expect(result).toMatchObject({ allocated: 0, reservationId: null });
    expect(result?.explanation).toMatch(/large business group/i);
  });

  it('takes no requests after the deadline and one per firm before it', async () => {
    const { roundId } = await contested(4);
    const firm = randomUUID();
    const request = {
      roundId,
      consortiumId: randomUUID(),
      beneficiaryOrganizationId: firm,
      integratorOrganizationId: randomUUID(),
      demand: 1,
      isSme: true,
      inLargeBusinessGroup: false,
    };
    await rounds.request(request);
    await expect(rounds.request(request)).rejects.toMatchObject({
      extensions: { rule: 'ONE_REQUEST_PER_FIRM' },
    });
    await passDeadline(roundId);
    await expect(ask(roundId, 1)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'ROUND_CLOSED' },
    });
  });
});
