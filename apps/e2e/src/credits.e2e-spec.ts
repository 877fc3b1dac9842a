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

const DEFINE_POOL = /* GraphQL */ `
  mutation ($input: DefineComputePoolInput!) {
    defineComputePool(input: $input) {
      id
      name
      hardwareProfileId
      site
      capacityDevices
      creditsPerDeviceHour
    }
  }
`;

const POOLS = /* GraphQL */ `
  query {
    computePools {
      id
      name
      creditsPerDeviceHour
    }
  }
`;

const GRANT = /* GraphQL */ `
  mutation ($input: GrantCreditsInput!) {
    grantCredits(input: $input) {
      transactionId
      kind
      amount
      walletBalance
      replayed
      grantId
    }
  }
`;

const WALLET = /* GraphQL */ `
  query {
    myWallet {
      organizationId
      balance
      mandates {
        id
        integratorOrganizationId
        capCredits
        spentCredits
        revokedAt
      }
    }
  }
`;

const GRANT_MANDATE = /* GraphQL */ `
  mutation ($input: GrantMandateInput!) {
    grantMandate(input: $input) {
      id
      smeOrganizationId
      integratorOrganizationId
      capCredits
      spentCredits
      expiresAt
      revokedAt
    }
  }
`;

const REVOKE_MANDATE = /* GraphQL */ `
  mutation ($id: UUID!) {
    revokeMandate(id: $id) {
      id
      revokedAt
    }
  }
`;

const RESERVATION_FIELDS = `id poolId consortiumId beneficiaryOrganizationId integratorOrganizationId
  devices startsAt endsAt status holdExpiresAt credits`;

const HOLD = /* GraphQL */ `
  mutation ($input: HoldReservationInput!) {
    holdReservation(input: $input) { ${RESERVATION_FIELDS} }
  }
`;

const CONFIRM = /* GraphQL */ `
  mutation ($id: UUID!) {
    confirmReservation(id: $id) { ${RESERVATION_FIELDS} }
  }
`;

const CANCEL = /* GraphQL */ `
  mutation ($id: UUID!) {
    cancelReservation(id: $id) {
      refunded
      reservation { ${RESERVATION_FIELDS} }
    }
  }
`;

const RESERVATION = /* GraphQL */ `
  query ($id: UUID!) {
    reservation(id: $id) {
      id
      status
      credits
      consortium {
        id
        name
      }
      beneficiary {
        id
        name
        kind
      }
      integrator {
        id
        name
      }
    }
  }
`;

const VERIFY = /* GraphQL */ `
  query {
    verifyLedger {
      ok
      accounts
      transactions
      entries
      total
      unbalancedTransactions
      negativeBalances
      balanceMismatches
      grantMismatches
    }
  }
`;

interface Reservation {
  id: string;
  poolId: string;
  consortiumId: string;
  beneficiaryOrganizationId: string;
  integratorOrganizationId: string;
  devices: number;
  startsAt: string;
  endsAt: string;
  status: string;
  holdExpiresAt: string;
  credits: number;
}

interface Wallet {
  myWallet: {
    organizationId: string;
    balance: number;
    mandates: {
      id: string;
      integratorOrganizationId: string;
      capCredits: number;
      spentCredits: number;
      revokedAt: string | null;
    }[];
  } | null;
}

describe('compute credits, mandates and reservations through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  const ids = {} as Record<'consortium' | 'sme' | 'integrator' | 'largeFirm' | 'pool', string>;
  let consortiumName: string;
  let smeName: string;
  let integratorName: string;
  const as = {} as Record<
    | 'operator'
    | 'smeAdmin'
    | 'integrator'
    | 'outsideIntegrator'
    | 'stranger'
    | 'computePartner'
    | 'anonymous',
    GraphQLRequestOptions
  >;

  const RATE = 5;
  const DEVICES = 2;
  const HOURS = 3;
  const GRANTED = 1_000;
  // On the hour, three days out: cancelling now is 48 hours' notice or more.
  const startsAt = new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + 3 * DAY_MS);
  const endsAt = new Date(startsAt.getTime() + HOURS * HOUR_MS);
  const price = DEVICES * HOURS * RATE;
  let holdInput: Record<string, unknown>;
  let reservationId: string;
  let mandateId: string;

  const balance = async (who: GraphQLRequestOptions) =>
    dataOf(await gateway<Wallet>(WALLET, who)).myWallet?.balance;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, ConsortiumsModule]);
    fx = new DirectoryFixture(module);
    const { consortium } = await fx.consortium('MANUFACTURING');
    const sme = await fx.organization(OrganizationKind.SME);
    const integrator = await fx.integrator();
    await fx.join(consortium, sme, MembershipRole.SME_MEMBER);
    await fx.join(consortium, integrator, MembershipRole.INTEGRATOR_PARTNER);
    const largeFirm = await fx.organization(OrganizationKind.LARGE_ENTERPRISE);
    Object.assign(ids, {
      consortium: consortium.id,
      sme: sme.id,
      integrator: integrator.id,
      largeFirm: largeFirm.id,
    });
    consortiumName = consortium.name;
    smeName = sme.name;
    integratorName = integrator.name;

    as.operator = await signedInAs(await fx.operator());
    as.smeAdmin = await signedInAs(await fx.admin(sme));
    as.integrator = await signedInAs(await fx.admin(integrator));
    // Certified, but no member of this consortium.
    as.outsideIntegrator = await signedInAs(await fx.admin(await fx.integrator()));
    as.stranger = await signedInAs(
      await fx.person((await fx.organization(OrganizationKind.SME)).id),
    );
    as.computePartner = {
      apiKey: (
        await module
          .get(ApiClientsService)
          .create({ name: 'Center scheduler', scopes: [ApiScope.COMPUTE_READ] })
      ).apiKey,
    };
    as.anonymous = {};
  });
  afterAll(() => module.close());

  it('operators define a pool, which people and compute:read clients list', async () => {
    const input = {
      name: `Center RNGD ${randomUUID().slice(0, 8)}`,
      hardwareProfileId: 'furiosa-rngd',
      site: 'CENTER',
      capacityDevices: 16,
      creditsPerDeviceHour: RATE,
    };
    const pool = dataOf(
      await gateway<{ defineComputePool: { id: string } }>(DEFINE_POOL, {
        ...as.operator,
        variables: { input },
      }),
    ).defineComputePool;
    expect(pool).toEqual({ id: expect.any(String), ...input });
    ids.pool = pool.id;

    for (const reader of [as.computePartner, as.smeAdmin]) {
      const pools = dataOf(await gateway<{ computePools: { id: string }[] }>(POOLS, reader));
      expect(pools.computePools).toContainEqual({
        id: pool.id,
        name: input.name,
        creditsPerDeviceHour: RATE,
      });
    }
    expect(errorCode(await gateway(POOLS, as.anonymous))).toBe('UNAUTHENTICATED');

    const asIntegrator = await gateway(DEFINE_POOL, {
      ...as.integrator,
      variables: { input: { ...input, name: `${input.name} again` } },
    });
    expect(errorCode(asIntegrator)).toBe('FORBIDDEN');
    const atTheEdge = await gateway(DEFINE_POOL, {
      ...as.operator,
      variables: { input: { ...input, name: `${input.name} edge`, site: 'EDGE' } },
    });
    expect(atTheEdge.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'POOL_SITE' },
    });
  });

  it('operators grant credits to an SME, once per idempotency key', async () => {
    const input = {
      organizationId: ids.sme,
      amount: GRANTED,
      expiresAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
      idempotencyKey: key('grant'),
      memo: 'Pilot allocation',
    };
    const first = dataOf(
      await gateway<{ grantCredits: { transactionId: string } }>(GRANT, {
        ...as.operator,
        variables: { input },
      }),
    ).grantCredits;
    expect(first).toMatchObject({
      kind: 'GRANT',
      amount: GRANTED,
      walletBalance: GRANTED,
      replayed: false,
      grantId: expect.any(String),
    });
    const replay = dataOf(
      await gateway<{ grantCredits: unknown }>(GRANT, { ...as.operator, variables: { input } }),
    ).grantCredits;
    expect(replay).toMatchObject({
      transactionId: first.transactionId,
      walletBalance: GRANTED,
      replayed: true,
    });
    const reused = await gateway(GRANT, {
      ...as.operator,
      variables: { input: { ...input, amount: GRANTED + 1 } },
    });
    expect(reused.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'IDEMPOTENCY_KEY_REUSED' },
    });

    expect(dataOf(await gateway<Wallet>(WALLET, as.smeAdmin)).myWallet).toEqual({
      organizationId: ids.sme,
      balance: GRANTED,
      mandates: [],
    });
    expect(dataOf(await gateway<Wallet>(WALLET, as.operator)).myWallet).toBeNull();
    const bySme = await gateway(GRANT, {
      ...as.smeAdmin,
      variables: { input: { ...input, idempotencyKey: key('self-grant') } },
    });
    expect(errorCode(bySme)).toBe('FORBIDDEN');
  });

  it('refuses credits for a firm of a large business group', async () => {
    const response = await gateway(GRANT, {
      ...as.operator,
      variables: {
        input: {
          organizationId: ids.largeFirm,
          amount: 100,
          expiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
          idempotencyKey: key('large-grant'),
        },
      },
    });
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('large business group'),
      extensions: {
        code: 'BAD_USER_INPUT',
        rule: 'CREDIT_RECIPIENT',
        fields: [expect.objectContaining({ field: 'organizationId' })],
      },
    });
  });

  it("the SME's admin mandates the certified integrator; others cannot", async () => {
    const input = {
      integratorOrganizationId: ids.integrator,
      capCredits: 500,
      expiresAt: new Date(Date.now() + 60 * DAY_MS).toISOString(),
    };
    const mandate = dataOf(
      await gateway<{ grantMandate: { id: string } }>(GRANT_MANDATE, {
        ...as.smeAdmin,
        variables: { input },
      }),
    ).grantMandate;
    expect(mandate).toMatchObject({
      smeOrganizationId: ids.sme,
      integratorOrganizationId: ids.integrator,
      capCredits: 500,
      spentCredits: 0,
      revokedAt: null,
    });
    mandateId = mandate.id;

    const again = await gateway(GRANT_MANDATE, { ...as.smeAdmin, variables: { input } });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'ONE_LIVE_MANDATE' },
    });
    const toALargeFirm = await gateway(GRANT_MANDATE, {
      ...as.smeAdmin,
      variables: { input: { ...input, integratorOrganizationId: ids.largeFirm } },
    });
    expect(toALargeFirm.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'MANDATE_INTEGRATOR' },
    });
    const byTheIntegrator = await gateway(GRANT_MANDATE, {
      ...as.integrator,
      variables: { input: { ...input, integratorOrganizationId: ids.integrator } },
    });
    expect(errorCode(byTheIntegrator)).toBe('FORBIDDEN');
    const byAnOperator = await gateway(GRANT_MANDATE, { ...as.operator, variables: { input } });
    expect(byAnOperator.errors?.[0]).toMatchObject({
      message: expect.stringContaining('belongs to none'),
      extensions: { code: 'FORBIDDEN' },
    });

    const wallet = dataOf(await gateway<Wallet>(WALLET, as.smeAdmin)).myWallet;
    expect(wallet?.mandates).toEqual([
      {
        id: mandateId,
        integratorOrganizationId: ids.integrator,
        capCredits: 500,
        spentCredits: 0,
        revokedAt: null,
      },
    ]);
  });

  it('the integrator holds devices for the SME; a replay returns the same reservation', async () => {
    holdInput = {
      poolId: ids.pool,
      consortiumId: ids.consortium,
      beneficiaryOrganizationId: ids.sme,
      devices: DEVICES,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      idempotencyKey: key('hold'),
    };
    const held = dataOf(
      await gateway<{ holdReservation: Reservation }>(HOLD, {
        ...as.integrator,
        variables: { input: holdInput },
      }),
    ).holdReservation;
    expect(held).toMatchObject({
      poolId: ids.pool,
      consortiumId: ids.consortium,
      beneficiaryOrganizationId: ids.sme,
      integratorOrganizationId: ids.integrator,
      devices: DEVICES,
      status: 'HELD',
      credits: price,
    });
    expect(new Date(held.startsAt).getTime()).toBe(startsAt.getTime());
    expect(new Date(held.holdExpiresAt).getTime()).toBeGreaterThan(Date.now());
    reservationId = held.id;

    const replay = dataOf(
      await gateway<{ holdReservation: Reservation }>(HOLD, {
        ...as.integrator,
        variables: { input: holdInput },
      }),
    ).holdReservation;
    expect(replay).toEqual(held);
    // A hold takes nothing from the wallet; confirming pays.
    expect(await balance(as.smeAdmin)).toBe(GRANTED);
  });

  it('refuses holds by non-integrators, integrators outside the consortium, and for large firms', async () => {
    const fresh = () => ({ ...holdInput, idempotencyKey: key('hold') });
    const bySme = await gateway(HOLD, { ...as.smeAdmin, variables: { input: fresh() } });
    expect(bySme.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Only certified integrators'),
      extensions: { code: 'FORBIDDEN' },
    });
    const byOutsider = await gateway(HOLD, {
      ...as.outsideIntegrator,
      variables: { input: fresh() },
    });
    expect(byOutsider.errors?.[0]).toMatchObject({
      message: expect.stringContaining('consortium'),
      extensions: { code: 'FORBIDDEN' },
    });
    const forALargeFirm = await gateway(HOLD, {
      ...as.integrator,
      variables: { input: { ...fresh(), beneficiaryOrganizationId: ids.largeFirm } },
    });
    expect(forALargeFirm.errors?.[0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        rule: 'CREDIT_RECIPIENT',
        fields: [expect.objectContaining({ field: 'beneficiaryOrganizationId' })],
      },
    });
    const unknownConsortium = await gateway(HOLD, {
      ...as.integrator,
      variables: { input: { ...fresh(), consortiumId: randomUUID() } },
    });
    expect(errorCode(unknownConsortium)).toBe('NOT_FOUND');
    // An SME of no consortium: its credits may not be booked against this consortium's capacity.
    const stranger = await fx.organization(OrganizationKind.SME);
    const forANonMember = await gateway(HOLD, {
      ...as.integrator,
      variables: { input: { ...fresh(), beneficiaryOrganizationId: stranger.id } },
    });
    expect(forANonMember.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', rule: 'BENEFICIARY_IN_CONSORTIUM' },
    });
  });

  it("only the placing integrator confirms, paying devices × hours × rate from the SME's credits", async () => {
    const bySme = await gateway(CONFIRM, { ...as.smeAdmin, variables: { id: reservationId } });
    expect(bySme.errors?.[0]).toMatchObject({
      message: expect.stringContaining('SMEs do not redeem credits directly'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await balance(as.smeAdmin)).toBe(GRANTED);

    const confirmed = dataOf(
      await gateway<{ confirmReservation: Reservation }>(CONFIRM, {
        ...as.integrator,
        variables: { id: reservationId },
      }),
    ).confirmReservation;
    expect(confirmed).toMatchObject({ id: reservationId, status: 'CONFIRMED', credits: price });
    expect(await balance(as.smeAdmin)).toBe(GRANTED - price);

    // Confirming again changes nothing.
    const again = await gateway<{ confirmReservation: Reservation }>(CONFIRM, {
      ...as.integrator,
      variables: { id: reservationId },
    });
    expect(dataOf(again).confirmReservation.status).toBe('CONFIRMED');
    expect(await balance(as.smeAdmin)).toBe(GRANTED - price);
    const wallet = dataOf(await gateway<Wallet>(WALLET, as.smeAdmin)).myWallet;
    expect(wallet?.mandates[0]).toMatchObject({ id: mandateId, spentCredits: price });
  });

  it("is read by the integrator, the SME's people and operators, with the directory's names", async () => {
    for (const reader of [as.integrator, as.smeAdmin, as.operator]) {
      const response = await gateway<{
        reservation: {
          status: string;
          consortium: { name: string };
          beneficiary: { name: string; kind: string };
          integrator: { name: string };
        };
      }>(RESERVATION, { ...reader, variables: { id: reservationId } });
      expect(dataOf(response).reservation).toEqual({
        id: reservationId,
        status: 'CONFIRMED',
        credits: price,
        consortium: { id: ids.consortium, name: consortiumName },
        beneficiary: { id: ids.sme, name: smeName, kind: 'SME' },
        integrator: { id: ids.integrator, name: integratorName },
      });
    }
    for (const outsider of [as.stranger, as.outsideIntegrator]) {
      const response = await gateway(RESERVATION, {
        ...outsider,
        variables: { id: reservationId },
      });
      expect(errorCode(response)).toBe('NOT_FOUND');
    }
  });

  it('cancelling with 48 hours’ notice or more refunds in full, and only the integrator may', async () => {
    const bySme = await gateway(CANCEL, { ...as.smeAdmin, variables: { id: reservationId } });
    expect(errorCode(bySme)).toBe('FORBIDDEN');
    const byStranger = await gateway(CANCEL, { ...as.stranger, variables: { id: reservationId } });
    expect(errorCode(byStranger)).toBe('NOT_FOUND');

    const cancelled = dataOf(
      await gateway<{ cancelReservation: { refunded: number; reservation: Reservation } }>(CANCEL, {
        ...as.integrator,
        variables: { id: reservationId },
      }),
    ).cancelReservation;
    expect(cancelled.refunded).toBe(price);
    expect(cancelled.reservation).toMatchObject({ id: reservationId, status: 'CANCELLED' });
    expect(await balance(as.smeAdmin)).toBe(GRANTED);
    const wallet = dataOf(await gateway<Wallet>(WALLET, as.smeAdmin)).myWallet;
    expect(wallet?.mandates[0]).toMatchObject({ id: mandateId, spentCredits: 0 });

    const again = await gateway(CANCEL, { ...as.integrator, variables: { id: reservationId } });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'RESERVATION_LIFECYCLE' },
    });
  });

  it('the SME revokes its mandate, after which holds cannot be paid', async () => {
    const byIntegrator = await gateway(REVOKE_MANDATE, {
      ...as.integrator,
      variables: { id: mandateId },
    });
    expect(errorCode(byIntegrator)).toBe('NOT_FOUND');
    const revoked = dataOf(
      await gateway<{ revokeMandate: { revokedAt: string | null } }>(REVOKE_MANDATE, {
        ...as.smeAdmin,
        variables: { id: mandateId },
      }),
    ).revokeMandate;
    expect(revoked.revokedAt).not.toBeNull();

    const held = dataOf(
      await gateway<{ holdReservation: Reservation }>(HOLD, {
        ...as.integrator,
        variables: { input: { ...holdInput, idempotencyKey: key('hold') } },
      }),
    ).holdReservation;
    const unpaid = await gateway(CONFIRM, { ...as.integrator, variables: { id: held.id } });
    expect(unpaid.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', rule: 'MANDATE_REQUIRED' },
    });
    expect(await balance(as.smeAdmin)).toBe(GRANTED);
    dataOf(await gateway(CANCEL, { ...as.integrator, variables: { id: held.id } }));
  });

  it('verifyLedger (operators only) finds every invariant holding', async () => {
    const report = dataOf(
      await gateway<{ verifyLedger: { ok: boolean; transactions: number } }>(VERIFY, as.operator),
    ).verifyLedger;
    expect(report).toMatchObject({
      ok: true,
      total: 0,
      unbalancedTransactions: [],
      negativeBalances: [],
      balanceMismatches: [],
      grantMismatches: [],
    });
    // The grant, the spend and the refund at least.
    expect(report.transactions).toBeGreaterThanOrEqual(3);
    expect(errorCode(await gateway(VERIFY, as.smeAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await gateway(VERIFY, as.computePartner))).toBe('FORBIDDEN');
  });
});
