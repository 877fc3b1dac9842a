import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { ConsortiumsModule, MembershipRole } from '@vcp/consortia/consortiums';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DirectoryFixture } from '@vcp/consortia/testing';
import { AuthModule } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  errorCode,
  type GraphQLRequestOptions,
} from '@vcp/platform/testing';
import { dataOf, gateway, signedInAs } from './support';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const nextHour = () => Math.ceil(Date.now() / HOUR_MS) * HOUR_MS;

const COMPUTE_USE = /* GraphQL */ `
  query ($id: UUID!, $from: DateTime!, $to: DateTime!) {
    consortium(id: $id) {
      id
      name
      computeUse(from: $from, to: $to) {
        reservedDeviceHours
        usedDeviceHours
        utilization
        creditsSpent
        creditsForfeited
        reservationCount
        byPool {
          key
          reservedDeviceHours
        }
        reservations {
          id
          poolId
          devices
          startsAt
          endsAt
          status
          credits
          beneficiary {
            id
            name
          }
          integrator {
            id
            name
          }
        }
      }
    }
  }
`;

interface ComputeUse {
  consortium: {
    id: string;
    name: string;
    computeUse: {
      reservedDeviceHours: number;
      usedDeviceHours: number;
      utilization: number | null;
      creditsSpent: number;
      creditsForfeited: number;
      reservationCount: number;
      byPool: { key: string; reservedDeviceHours: number }[];
      reservations: {
        id: string;
        poolId: string;
        devices: number;
        status: string;
        credits: number;
        beneficiary: { id: string; name: string };
        integrator: { id: string; name: string };
      }[];
    } | null;
  };
}

describe("a consortium's compute use through the gateway", () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  const ids = {} as Record<'consortium' | 'sme' | 'integrator' | 'pool' | 'reservation', string>;
  const names = {} as Record<'sme' | 'integrator', string>;
  const as = {} as Record<
    'operator' | 'lead' | 'manager' | 'otherLead' | 'smeAdmin' | 'integrator',
    GraphQLRequestOptions
  >;
  const RATE = 5;
  const DEVICES = 2;
  const HOURS = 3;
  const startsAt = nextHour() + 3 * DAY_MS;
  const period = {
    from: new Date(Date.now() - DAY_MS).toISOString(),
    to: new Date(Date.now() + 7 * DAY_MS).toISOString(),
  };

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const { consortium, anchor, lead } = await fx.consortium('MANUFACTURING');
    const other = await fx.consortium('MANUFACTURING');
    const sme = await fx.organization(OrganizationKind.SME);
    const integrator = await fx.integrator();
    await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
    await fx.join(consortium, integrator, MembershipRole.INTEGRATOR_PARTNER);
    Object.assign(ids, { consortium: consortium.id, sme: sme.id, integrator: integrator.id });
    Object.assign(names, { sme: sme.name, integrator: integrator.name });

    as.operator = await signedInAs(await fx.operator());
    as.lead = await signedInAs(lead);
    as.manager = await signedInAs(await fx.managerOf(consortium, anchor.id));
    as.otherLead = await signedInAs(other.lead);
    as.smeAdmin = await signedInAs(await fx.admin(sme));
    as.integrator = await signedInAs(await fx.admin(integrator));

    ids.pool = dataOf(
      await gateway<{ defineComputePool: { id: string } }>(
        `mutation ($input: DefineComputePoolInput!) { defineComputePool(input: $input) { id } }`,
        {
          ...as.operator,
          variables: {
            input: {
              name: `Compute use RNGD ${randomUUID().slice(0, 8)}`,
              hardwareProfileId: 'furiosa-rngd',
              site: 'CENTER',
              capacityDevices: 8,
              creditsPerDeviceHour: RATE,
            },
          },
        },
      ),
    ).defineComputePool.id;
    dataOf(
      await gateway(
        `mutation ($input: GrantCreditsInput!) { grantCredits(input: $input) { transactionId } }`,
        {
          ...as.operator,
          variables: {
            input: {
              organizationId: ids.sme,
              amount: 1_000,
              expiresAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
              idempotencyKey: `grant-${randomUUID()}`,
            },
          },
        },
      ),
    );
    dataOf(
      await gateway(
        `mutation ($input: GrantMandateInput!) { grantMandate(input: $input) { id } }`,
        {
          ...as.smeAdmin,
          variables: {
            input: {
              integratorOrganizationId: ids.integrator,
              capCredits: 500,
              expiresAt: new Date(Date.now() + 60 * DAY_MS).toISOString(),
            },
          },
        },
      ),
    );
    ids.reservation = dataOf(
      await gateway<{ holdReservation: { id: string } }>(
        `mutation ($input: HoldReservationInput!) { holdReservation(input: $input) { id } }`,
        {
          ...as.integrator,
          variables: {
            input: {
              poolId: ids.pool,
              consortiumId: ids.consortium,
              beneficiaryOrganizationId: ids.sme,
              devices: DEVICES,
              startsAt: new Date(startsAt).toISOString(),
              endsAt: new Date(startsAt + HOURS * HOUR_MS).toISOString(),
              idempotencyKey: `hold-${randomUUID()}`,
            },
          },
        },
      ),
    ).holdReservation.id;
    dataOf(
      await gateway(`mutation ($id: UUID!) { confirmReservation(id: $id) { id } }`, {
        ...as.integrator,
        variables: { id: ids.reservation },
      }),
    );
  });
  afterAll(() => module.close());

  it("gives the consortium's lead, managers and operators its reserved hours, credits and reservations", async () => {
    for (const reader of [as.lead, as.manager, as.operator]) {
      const { consortium } = dataOf(
        await gateway<ComputeUse>(COMPUTE_USE, {
          ...reader,
          variables: { id: ids.consortium, ...period },
        }),
      );
      expect(consortium.computeUse).toEqual({
        reservedDeviceHours: DEVICES * HOURS,
        usedDeviceHours: 0,
        utilization: 0,
        creditsSpent: DEVICES * HOURS * RATE,
        creditsForfeited: 0,
        reservationCount: 1,
        byPool: [{ key: ids.pool, reservedDeviceHours: DEVICES * HOURS }],
        reservations: [
          expect.objectContaining({
            id: ids.reservation,
            poolId: ids.pool,
            devices: DEVICES,
            status: 'CONFIRMED',
            credits: DEVICES * HOURS * RATE,
            beneficiary: { id: ids.sme, name: names.sme },
            integrator: { id: ids.integrator, name: names.integrator },
          }),
        ],
      });
    }
  });

  it("refuses the lead of another consortium, and the consortium's own members, with FORBIDDEN", async () => {
    for (const reader of [as.otherLead, as.smeAdmin, as.integrator]) {
      const response = await gateway<ComputeUse>(COMPUTE_USE, {
        ...reader,
        variables: { id: ids.consortium, ...period },
      });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.path).toEqual(['consortium', 'computeUse']);
      // The rest of the consortium still reads.
      expect(response.data?.consortium).toMatchObject({ id: ids.consortium, computeUse: null });
    }
  });

  it('refuses a period that runs backwards or spans more than 366 days with BAD_USER_INPUT', async () => {
    const backwards = await gateway(COMPUTE_USE, {
      ...as.lead,
      variables: { id: ids.consortium, from: period.to, to: period.from },
    });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    const tooLong = await gateway(COMPUTE_USE, {
      ...as.lead,
      variables: {
        id: ids.consortium,
        from: period.from,
        to: new Date(Date.parse(period.from) + 367 * DAY_MS).toISOString(),
      },
    });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
  });
});
