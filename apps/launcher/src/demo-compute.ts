/*
 * The demo compute exchange: three pools at the computing center (a GPU, an NPU and a PIM pool on
 * catalog devices), credits granted to SMEs of the Changwon manufacturing consortium, the demo
 * SME's mandate to the demo integrator's firm, and one confirmed reservation the integrator placed
 * for the SME a few days ahead, so the SME's wallet, the integrator's reservations and the lead's
 * Compute use tab have something to show.
 *
 * Everything goes through the compute services with the principal who would act: the demo
 * operator defines pools and grants credits, the demo SME account (its firm's admin) grants the
 * mandate, the demo integrator holds and confirms the reservation, which the ledger pays from the
 * SME's wallet under the mandate.
 */
import { type INestApplicationContext } from '@nestjs/common';
import { Site } from '@vcp/compute/hardware';
import { LedgerService } from '@vcp/compute/ledger';
import {
  MandatesService,
  type NewPool,
  PoolsService,
  ReservationsService,
  ReservationStatus,
} from '@vcp/compute/reservations';
import { ConsortiumEntity } from '@vcp/consortia/consortiums';
import { addDays, seoulToday } from '@vcp/consortia/engagements';
import { OrganizationEntity } from '@vcp/consortia/organizations';
import { PlatformRole, UsersService } from '@vcp/platform/auth';
import { DomainError } from '@vcp/platform/graphql';
import { DataSource, In } from 'typeorm';
import { type DemoAccount } from './demo-accounts';
import { DEMO_CONSORTIUMS, DEMO_ORGANIZATIONS } from './demo-directory';
import { seedPrincipal } from './seed-principal';

const DAY_MS = 86_400_000;

export const DEMO_POOLS: readonly NewPool[] = [
  {
    name: 'Center GPU pool (NVIDIA A100 80GB SXM)',
    hardwareProfileId: 'nvidia-a100-sxm-80gb',
    site: Site.CENTER,
    capacityDevices: 16,
    creditsPerDeviceHour: 120,
  },
  {
    name: 'Center NPU pool (Rebellions ATOM)',
    hardwareProfileId: 'rebellions-atom',
    site: Site.CENTER,
    capacityDevices: 24,
    creditsPerDeviceHour: 30,
  },
  {
    name: 'Center PIM pool (UPMEM PIM DIMM)',
    hardwareProfileId: 'upmem-pim-dimm',
    site: Site.CENTER,
    capacityDevices: 32,
    creditsPerDeviceHour: 8,
  },
];

export interface DemoGrant {
  /** The SME (organisation key of the demo directory). */
  organization: string;
  amount: number;
  expiresInDays: number;
  /** Stable, so a second run finds the grant made instead of granting again. */
  idempotencyKey: string;
  memo: string;
}

export const DEMO_GRANTS: readonly DemoGrant[] = [
  {
    organization: 'seongsan',
    amount: 8000,
    expiresInDays: 120,
    idempotencyKey: 'demo-seed:grant:seongsan',
    memo: 'Smart factory program allocation',
  },
  {
    organization: 'jinhae',
    amount: 6000,
    expiresInDays: 120,
    idempotencyKey: 'demo-seed:grant:jinhae',
    memo: 'Smart factory program allocation',
  },
  {
    organization: 'onsan',
    amount: 4000,
    expiresInDays: 90,
    idempotencyKey: 'demo-seed:grant:onsan',
    memo: 'Smart factory program allocation',
  },
];

/** The demo SME's mandate to the demo integrator's firm. */
export const DEMO_MANDATE = {
  sme: 'seongsan',
  integrator: 'nuri',
  capCredits: 3000,
  expiresInDays: 90,
} as const;

/** One confirmed reservation, placed by the mandated integrator for the SME. */
export const DEMO_RESERVATION = {
  pool: DEMO_POOLS[0].name,
  verticalCode: 'MANUFACTURING',
  beneficiary: DEMO_MANDATE.sme,
  integrator: DEMO_MANDATE.integrator,
  devices: 2,
  /** Korean date this many days after the seed runs, at `startHour` Korean time. */
  startsInDays: 5,
  startHour: 10,
  hours: 3,
  /** Stable: a later run (another day, so another window) finds it already placed. */
  idempotencyKey: 'demo-seed:reservation:seongsan-a100',
} as const;

export interface ComputeSummary {
  /** False when the demo operator account is missing, so nothing could be seeded. */
  seeded: boolean;
  poolsDefined: number;
  grantsMade: number;
  mandatesGranted: number;
  reservationsConfirmed: number;
  /** Things left as they were because they differ from the plan (e.g. a mandate revoked). */
  skipped: string[];
}

const isKeyReused = (error: unknown) =>
  error instanceof DomainError && error.extensions.rule === 'IDEMPOTENCY_KEY_REUSED';

/**
 * Seeds pools, grants, the mandate and the reservation through the compute services. Each step
 * looks first or relies on a stable idempotency key: a pool is found again by name, a grant by its
 * key (a later run, with a later expiry, is told the key was used and leaves it), the mandate by
 * its two parties in whatever state (a visitor's revocation stays), the reservation by its key.
 */
export async function seedDemoCompute(
  context: INestApplicationContext,
  accounts: readonly DemoAccount[],
): Promise<ComputeSummary> {
  const db = context.get(DataSource);
  const users = context.get(UsersService);
  const pools = context.get(PoolsService);
  const ledger = context.get(LedgerService);
  const mandates = context.get(MandatesService);
  const reservations = context.get(ReservationsService);
  const summary: ComputeSummary = {
    seeded: false,
    poolsDefined: 0,
    grantsMade: 0,
    mandatesGranted: 0,
    reservationsConfirmed: 0,
    skipped: [],
  };
  const accountUser = async (role: PlatformRole) => {
    const account = accounts.find((candidate) => candidate.role === role);
    return account ? users.findByEmail(account.email) : null;
  };
  const operatorUser = await accountUser(PlatformRole.OPERATOR);
  if (!operatorUser) return summary;
  const operator = seedPrincipal(operatorUser, [PlatformRole.OPERATOR]);

  const brnOf = new Map(
    DEMO_ORGANIZATIONS.map((o) => [o.key, o.details.businessRegistrationNumber]),
  );
  const organizations = await db
    .getRepository(OrganizationEntity)
    .findBy({ businessRegistrationNumber: In([...brnOf.values()]) });
  const org = (key: string) => {
    const found = organizations.find((o) => o.businessRegistrationNumber === brnOf.get(key));
    if (!found) throw new Error(`demo compute: no organisation ${key}; seed the directory first`);
    return found;
  };

  const existingPools = new Map((await pools.list()).map((pool) => [pool.name, pool]));
  for (const plan of DEMO_POOLS) {
    if (existingPools.has(plan.name)) continue;
    existingPools.set(plan.name, await pools.define(plan, operator));
    summary.poolsDefined++;
  }

  const today = new Date();
  for (const plan of DEMO_GRANTS) {
    try {
      const result = await ledger.grant(
        {
          organizationId: org(plan.organization).id,
          amount: plan.amount,
          expiresAt: new Date(today.getTime() + plan.expiresInDays * DAY_MS),
          idempotencyKey: plan.idempotencyKey,
          memo: plan.memo,
        },
        operator,
      );
      if (!result.replayed) summary.grantsMade++;
    } catch (error) {
      if (!isKeyReused(error)) throw error;
    }
  }

  // The SME's admin mandates the integrator; an earlier mandate, live or revoked, is left as is.
  const sme = org(DEMO_MANDATE.sme);
  const integrator = org(DEMO_MANDATE.integrator);
  const smeUser = await accountUser(PlatformRole.SME_ADMIN);
  const integratorUser = await accountUser(PlatformRole.INTEGRATOR);
  const earlier = (await mandates.forSme(sme.id)).filter(
    (m) => m.integratorOrganizationId === integrator.id,
  );
  if (earlier.length === 0) {
    if (smeUser?.organizationId === sme.id) {
      await mandates.grant(
        {
          smeOrganizationId: sme.id,
          integratorOrganizationId: integrator.id,
          capCredits: DEMO_MANDATE.capCredits,
          expiresAt: new Date(today.getTime() + DEMO_MANDATE.expiresInDays * DAY_MS),
        },
        seedPrincipal(smeUser),
      );
      summary.mandatesGranted++;
    } else {
      summary.skipped.push(`the demo SME account is not at ${sme.name}, so no mandate`);
    }
  }

  // The integrator holds and confirms pool time for the SME, paid under the mandate.
  const plan = DEMO_RESERVATION;
  const pool = existingPools.get(plan.pool);
  const consortiumName = DEMO_CONSORTIUMS.find((c) => c.verticalCode === plan.verticalCode)?.name;
  const consortium = consortiumName
    ? await db.getRepository(ConsortiumEntity).findOneBy({ name: consortiumName })
    : null;
  const certified =
    !!integrator.certificationNumber &&
    !!integrator.certificationExpiresOn &&
    integrator.certificationExpiresOn >= seoulToday();
  if (!pool || !consortium || integratorUser?.organizationId !== integrator.id || !certified) {
    summary.skipped.push('the demo reservation: its pool, consortium or integrator is missing');
  } else {
    const day = addDays(seoulToday(), plan.startsInDays);
    const startsAt = new Date(`${day}T${String(plan.startHour).padStart(2, '0')}:00:00+09:00`);
    const by = seedPrincipal(integratorUser);
    try {
      const held = await reservations.hold(
        {
          poolId: pool.id,
          consortiumId: consortium.id,
          beneficiaryOrganizationId: org(plan.beneficiary).id,
          integratorOrganizationId: integrator.id,
          devices: plan.devices,
          startsAt,
          endsAt: new Date(startsAt.getTime() + plan.hours * 3_600_000),
          idempotencyKey: plan.idempotencyKey,
        },
        by,
      );
      if (held.status === ReservationStatus.HELD) {
        await reservations.confirm(held.id, { organizationId: integrator.id, certified }, by);
        summary.reservationsConfirmed++;
      } else if (held.status !== ReservationStatus.CONFIRMED) {
        summary.skipped.push(`the demo reservation is ${held.status}`);
      }
    } catch (error) {
      // Placed on an earlier day (so for another window), it stays as it is; a rule of the
      // reservation (capacity, caps, the mandate after a visitor's changes) stops only it.
      if (!(error instanceof DomainError)) throw error;
      if (!isKeyReused(error)) summary.skipped.push(`the demo reservation: ${error.message}`);
    }
  }
  summary.seeded = true;
  return summary;
}
