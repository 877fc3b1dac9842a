import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule, MembershipRole } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture } from '@vcp/consortia/testing';
import { ApiClientsService, ApiScope, AuthModule } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  errorCode,
  type GraphQLRequestOptions,
} from '@vcp/platform/testing';
import { dataOf, gateway, signedInAs } from './support';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const key = (what: string) => `${what}-${randomUUID()}`;
const nextHour = () => Math.ceil(Date.now() / HOUR_MS) * HOUR_MS;

const DEFINE_POOL = /* GraphQL */ `
  mutation ($input: DefineComputePoolInput!) {
    defineComputePool(input: $input) {
      id
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

const GRANT_MANDATE = /* GraphQL */ `
  mutation ($input: GrantMandateInput!) {
    grantMandate(input: $input) {
      id
    }
  }
`;

const HOLD = /* GraphQL */ `
  mutation ($input: HoldReservationInput!) {
    holdReservation(input: $input) {
      id
      credits
    }
  }
`;

const CONFIRM = /* GraphQL */ `
  mutation ($id: UUID!) {
    confirmReservation(id: $id) {
      id
      status
    }
  }
`;

const RESERVATION = /* GraphQL */ `
  query ($id: UUID!) {
    reservation(id: $id) {
      id
      status
      devices
      startsAt
      endsAt
      beneficiaryOrganizationId
      integratorOrganizationId
    }
  }
`;

const REPORT_USAGE = /* GraphQL */ `
  mutation ($input: ReportUsageInput!) {
    reportUsage(input: $input) {
      id
      reservationId
      deviceHours
      reportedAt
      replayed
    }
  }
`;

const UTILIZATION = /* GraphQL */ `
  query ($by: UtilizationGrouping!, $from: DateTime!, $to: DateTime!) {
    computeUtilization(by: $by, from: $from, to: $to) {
      key
      reservedDeviceHours
      usedDeviceHours
      utilization
    }
  }
`;

const FIGURES = /* GraphQL */ `
  query {
    creditFigures {
      issued
      redeemed
      expired
      forfeited
    }
  }
`;

const OPEN_ROUND = /* GraphQL */ `
  mutation ($input: OpenAllocationRoundInput!) {
    openAllocationRound(input: $input) {
      id
    }
  }
`;

const REQUEST_ALLOCATION = /* GraphQL */ `
  mutation ($input: RequestAllocationInput!) {
    requestAllocation(input: $input) {
      id
    }
  }
`;

const CLOSE_ROUND = /* GraphQL */ `
  mutation ($id: UUID!) {
    closeAllocationRound(id: $id) {
      roundId
      capacity
      level
      results {
        requestId
        beneficiaryOrganizationId
        demand
        weight
        allocated
        explanation
        reservationId
      }
    }
  }
`;

interface UsageReport {
  id: string;
  reservationId: string;
  deviceHours: number;
  reportedAt: string;
  replayed: boolean;
}

describe('usage, utilization, credit figures and allocation rounds through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  const ids = {} as Record<'consortium' | 'sme' | 'integrator' | 'pool' | 'reservation', string>;
  const as = {} as Record<
    'operator' | 'smeAdmin' | 'integrator' | 'usageClient' | 'readClient',
    GraphQLRequestOptions
  >;

  const RATE = 5;
  const CAPACITY = 8;
  const DEVICES = 2;
  const HOURS = 2;
  const GRANTED = 1_000;
  const price = DEVICES * HOURS * RATE;
  // Held a day out, then moved by SQL so it started an hour ago and ends in an hour.
  const heldStart = nextHour() + DAY_MS;
  const shiftHours = Math.round((heldStart - nextHour()) / HOUR_MS) + 1;
  const startedAt = new Date(heldStart - shiftHours * HOUR_MS);

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const { consortium } = await fx.consortium('MANUFACTURING');
    const sme = await fx.organization(OrganizationKind.SME);
    const integrator = await fx.integrator();
    await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
    await fx.join(consortium, integrator, MembershipRole.INTEGRATOR_PARTNER);
    Object.assign(ids, { consortium: consortium.id, sme: sme.id, integrator: integrator.id });

    as.operator = await signedInAs(await fx.operator());
    as.smeAdmin = await signedInAs(await fx.admin(sme));
    as.integrator = await signedInAs(await fx.admin(integrator));
    const clients = module.get(ApiClientsService);
    as.usageClient = {
      apiKey: (await clients.create({ name: 'Center metering', scopes: [ApiScope.USAGE_WRITE] }))
        .apiKey,
    };
    as.readClient = {
      apiKey: (await clients.create({ name: 'Center scheduler', scopes: [ApiScope.COMPUTE_READ] }))
        .apiKey,
    };

    ids.pool = dataOf(
      await gateway<{ defineComputePool: { id: string } }>(DEFINE_POOL, {
        ...as.operator,
        variables: {
          input: {
            name: `Usage RNGD ${randomUUID().slice(0, 8)}`,
            hardwareProfileId: 'furiosa-rngd',
            site: 'CENTER',
            capacityDevices: CAPACITY,
            creditsPerDeviceHour: RATE,
          },
        },
      }),
    ).defineComputePool.id;
    dataOf(
      await gateway(GRANT, {
        ...as.operator,
        variables: {
          input: {
            organizationId: ids.sme,
            amount: GRANTED,
            expiresAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
            idempotencyKey: key('grant'),
          },
        },
      }),
    );
    dataOf(
      await gateway(GRANT_MANDATE, {
        ...as.smeAdmin,
        variables: {
          input: {
            integratorOrganizationId: ids.integrator,
            capCredits: 500,
            expiresAt: new Date(Date.now() + 60 * DAY_MS).toISOString(),
          },
        },
      }),
    );
    const held = dataOf(
      await gateway<{ holdReservation: { id: string; credits: number } }>(HOLD, {
        ...as.integrator,
        variables: {
          input: {
            poolId: ids.pool,
            consortiumId: ids.consortium,
            beneficiaryOrganizationId: ids.sme,
            devices: DEVICES,
            startsAt: new Date(heldStart).toISOString(),
            endsAt: new Date(heldStart + HOURS * HOUR_MS).toISOString(),
            idempotencyKey: key('hold'),
          },
        },
      }),
    ).holdReservation;
    expect(held.credits).toBe(price);
    ids.reservation = held.id;
    expect(
      dataOf(
        await gateway<{ confirmReservation: { status: string } }>(CONFIRM, {
          ...as.integrator,
          variables: { id: held.id },
        }),
      ).confirmReservation.status,
    ).toBe('CONFIRMED');
    await fx.db.query(
      `UPDATE compute.reservations
          SET starts_at = starts_at - make_interval(hours => $2),
              ends_at = ends_at - make_interval(hours => $2)
        WHERE id = $1`,
      [held.id, shiftHours],
    );
  });
  afterAll(() => module.close());

  it("the center's usage:write client reports usage once per key; people may not", async () => {
    const input = { reservationId: ids.reservation, deviceHours: 1.5, idempotencyKey: key('use') };
    const first = dataOf(
      await gateway<{ reportUsage: UsageReport }>(REPORT_USAGE, {
        ...as.usageClient,
        variables: { input },
      }),
    ).reportUsage;
    expect(first).toMatchObject({
      id: expect.any(String),
      reservationId: ids.reservation,
      deviceHours: 1.5,
      replayed: false,
    });
    const replay = dataOf(
      await gateway<{ reportUsage: UsageReport }>(REPORT_USAGE, {
        ...as.usageClient,
        variables: { input },
      }),
    ).reportUsage;
    expect(replay).toEqual({ ...first, replayed: true });

    const reservation = dataOf(
      await gateway<{ reservation: { status: string; startsAt: string } }>(RESERVATION, {
        ...as.integrator,
        variables: { id: ids.reservation },
      }),
    ).reservation;
    expect(reservation.status).toBe('ACTIVE');
    expect(new Date(reservation.startsAt).getTime()).toBe(startedAt.getTime());

    const tooMuch = await gateway(REPORT_USAGE, {
      ...as.usageClient,
      variables: { input: { ...input, deviceHours: 10, idempotencyKey: key('use') } },
    });
    expect(tooMuch.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'USAGE_OVER_RESERVED' },
    });

    for (const person of [as.operator, as.integrator]) {
      const byAPerson = await gateway(REPORT_USAGE, {
        ...person,
        variables: { input: { ...input, idempotencyKey: key('use') } },
      });
      expect(errorCode(byAPerson)).toBe('FORBIDDEN');
    }
    const byAReader = await gateway(REPORT_USAGE, {
      ...as.readClient,
      variables: { input: { ...input, idempotencyKey: key('use') } },
    });
    expect(errorCode(byAReader)).toBe('FORBIDDEN');
  });

  it('operators and compute:read clients see utilization per pool, over a valid period', async () => {
    const variables = {
      by: 'POOL',
      from: new Date(startedAt.getTime() - HOUR_MS).toISOString(),
      to: new Date(Date.now() + HOUR_MS).toISOString(),
    };
    const reserved = DEVICES * HOURS;
    for (const reader of [as.operator, as.readClient]) {
      const rows = dataOf(
        await gateway<{ computeUtilization: unknown[] }>(UTILIZATION, { ...reader, variables }),
      ).computeUtilization;
      expect(rows).toContainEqual({
        key: ids.pool,
        reservedDeviceHours: reserved,
        usedDeviceHours: 1.5,
        utilization: 1.5 / reserved,
      });
    }
    const byConsortium = dataOf(
      await gateway<{ computeUtilization: { key: string }[] }>(UTILIZATION, {
        ...as.operator,
        variables: { ...variables, by: 'CONSORTIUM' },
      }),
    ).computeUtilization;
    expect(byConsortium.map((row) => row.key)).toContain(ids.consortium);

    // Vertical and region come from the consortia subgraph; the fixture's consortium is MANUFACTURING.
    const byVertical = dataOf(
      await gateway<{ computeUtilization: { key: string; reservedDeviceHours: number }[] }>(
        UTILIZATION,
        { ...as.operator, variables: { ...variables, by: 'VERTICAL' } },
      ),
    ).computeUtilization;
    const manufacturing = byVertical.find((row) => row.key === 'MANUFACTURING');
    expect(manufacturing?.reservedDeviceHours).toBeGreaterThanOrEqual(reserved);
    const byRegion = dataOf(
      await gateway<{ computeUtilization: { key: string }[] }>(UTILIZATION, {
        ...as.operator,
        variables: { ...variables, by: 'REGION' },
      }),
    ).computeUtilization;
    expect(byRegion.length).toBeGreaterThan(0);
    expect(byRegion.map((row) => row.key)).not.toContain('UNKNOWN');

    const backwards = await gateway(UTILIZATION, {
      ...as.operator,
      variables: { ...variables, from: variables.to, to: variables.from },
    });
    expect(backwards.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'UTILIZATION_PERIOD' },
    });
    expect(errorCode(await gateway(UTILIZATION, { ...as.smeAdmin, variables }))).toBe('FORBIDDEN');
  });

  it('operators read the program-wide credit figures, which count the grant and the spend', async () => {
    const figures = dataOf(
      await gateway<{
        creditFigures: { issued: number; redeemed: number; expired: number; forfeited: number };
      }>(FIGURES, as.operator),
    ).creditFigures;
    expect(figures.issued).toBeGreaterThanOrEqual(GRANTED);
    expect(figures.redeemed).toBeGreaterThanOrEqual(price);
    expect(figures.expired).toBeGreaterThanOrEqual(0);
    expect(figures.forfeited).toBeGreaterThanOrEqual(0);
    expect(errorCode(await gateway(FIGURES, as.smeAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await gateway(FIGURES, as.readClient))).toBe('FORBIDDEN');
  });

  it('operators read adoption: SMEs with a completed reservation over registered SMEs, beside 70%', async () => {
    const ADOPTION = /* GraphQL */ `
      query {
        computeAdoption {
          smesWithCompletedReservation
          registeredSmes
          share
          target
        }
      }
    `;
    const adoption = dataOf(
      await gateway<{
        computeAdoption: {
          smesWithCompletedReservation: number;
          registeredSmes: number;
          share: number | null;
          target: number;
        };
      }>(ADOPTION, as.operator),
    ).computeAdoption;
    expect(adoption.target).toBe(0.7);
    expect(adoption.registeredSmes).toBeGreaterThanOrEqual(1);
    expect(adoption.smesWithCompletedReservation).toBeLessThanOrEqual(adoption.registeredSmes);
    expect(adoption.share).toBeCloseTo(
      adoption.smesWithCompletedReservation / adoption.registeredSmes,
    );
    expect(errorCode(await gateway(ADOPTION, as.smeAdmin))).toBe('FORBIDDEN');
  });

  it('an allocation round: opened by the operator, requested by the integrator, closed after its deadline', async () => {
    const startsAt = nextHour() + 3 * DAY_MS;
    const round = dataOf(
      await gateway<{ openAllocationRound: { id: string } }>(OPEN_ROUND, {
        ...as.operator,
        variables: {
          input: {
            poolId: ids.pool,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(startsAt + HOURS * HOUR_MS).toISOString(),
            deadline: new Date(Date.now() + DAY_MS).toISOString(),
          },
        },
      }),
    ).openAllocationRound;
    expect(round.id).toEqual(expect.any(String));
    const byTheIntegratorToo = await gateway(OPEN_ROUND, {
      ...as.integrator,
      variables: {
        input: {
          poolId: ids.pool,
          startsAt: new Date(startsAt + DAY_MS).toISOString(),
          endsAt: new Date(startsAt + DAY_MS + HOUR_MS).toISOString(),
          deadline: new Date(Date.now() + DAY_MS).toISOString(),
        },
      },
    });
    expect(errorCode(byTheIntegratorToo)).toBe('FORBIDDEN');

    const requestInput = {
      roundId: round.id,
      consortiumId: ids.consortium,
      beneficiaryOrganizationId: ids.sme,
      demand: 3,
    };
    const bySme = await gateway(REQUEST_ALLOCATION, {
      ...as.smeAdmin,
      variables: { input: requestInput },
    });
    expect(errorCode(bySme)).toBe('FORBIDDEN');
    const request = dataOf(
      await gateway<{ requestAllocation: { id: string } }>(REQUEST_ALLOCATION, {
        ...as.integrator,
        variables: { input: requestInput },
      }),
    ).requestAllocation;
    expect(request.id).toEqual(expect.any(String));

    const early = await gateway(CLOSE_ROUND, { ...as.operator, variables: { id: round.id } });
    expect(early.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'ROUND_OPEN' },
    });

    await fx.db.query(
      `UPDATE compute.allocation_rounds SET deadline = now() - interval '1 minute' WHERE id = $1`,
      [round.id],
    );
    expect(
      errorCode(await gateway(CLOSE_ROUND, { ...as.integrator, variables: { id: round.id } })),
    ).toBe('FORBIDDEN');
    const outcome = dataOf(
      await gateway<{
        closeAllocationRound: {
          roundId: string;
          capacity: number;
          results: { reservationId: string | null; weight: number }[];
        };
      }>(CLOSE_ROUND, { ...as.operator, variables: { id: round.id } }),
    ).closeAllocationRound;
    // The SME's utilization (1.5 of 4 device-hours) and SME status weigh its request.
    expect(outcome).toMatchObject({
      roundId: round.id,
      capacity: CAPACITY,
      results: [
        {
          requestId: request.id,
          beneficiaryOrganizationId: ids.sme,
          demand: 3,
          allocated: 3,
          explanation: expect.any(String),
          reservationId: expect.any(String),
        },
      ],
    });
    expect(outcome.results[0].weight).toBeCloseTo((0.5 + 1.5 / (DEVICES * HOURS)) * 1.5, 9);

    const hold = dataOf(
      await gateway<{ reservation: Record<string, unknown> }>(RESERVATION, {
        ...as.integrator,
        variables: { id: outcome.results[0].reservationId },
      }),
    ).reservation;
    expect(hold).toMatchObject({
      status: 'HELD',
      devices: 3,
      beneficiaryOrganizationId: ids.sme,
      integratorOrganizationId: ids.integrator,
    });
    // A closed round answers with its outcome again.
    const again = dataOf(
      await gateway<{ closeAllocationRound: unknown }>(CLOSE_ROUND, {
        ...as.operator,
        variables: { id: round.id },
      }),
    ).closeAllocationRound;
    expect(again).toEqual(outcome);
  });
});
