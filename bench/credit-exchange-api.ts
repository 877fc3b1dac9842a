/*
 * Reserve-and-pay through the API: an integrator holds and confirms reservations through the
 * gateway, paid from an SME's credits under its mandate, exactly as a partner would. The parties
 * are set up through the API too (as the bench operator); only the two people's accounts are
 * written in SQL, since accounts have no public API.
 */
import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { randomBusinessRegistrationNumber } from '@vcp/consortia/organizations';
import { PlatformRole } from '@vcp/platform/auth';
import { Client } from 'pg';
import { GRAPHQL_HEADERS, graphqlBody } from './scenarios';

const HOUR_MS = 3_600_000;

export interface ApiReserveAndPayReport {
  reservations: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number };
}

interface Gateway {
  url: string;
  token: string;
}

async function call<T>(
  gateway: Gateway,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { ...GRAPHQL_HEADERS, authorization: `Bearer ${gateway.token}` },
    body: graphqlBody(query, variables),
  });
  const payload = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (payload.errors?.length || !payload.data) {
    throw new Error(`reserve-and-pay setup: ${payload.errors?.[0]?.message ?? response.status}`);
  }
  return payload.data;
}

async function login(url: string, email: string, password: string): Promise<Gateway> {
  const { login: session } = await call<{ login: { accessToken: string } }>(
    { url, token: '' },
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return { url, token: session.accessToken };
}

/** A person of the organisation with the given role, written straight into the accounts table. */
async function person(
  databaseUrl: string,
  organizationId: string,
  role: PlatformRole,
  password: string,
): Promise<{ id: string; email: string }> {
  const email = `bench-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@bench.example.com`;
  const sql = new Client({ connectionString: databaseUrl, application_name: 'bench' });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO identity.users (email, display_name, password_hash, roles, organization_id)
       VALUES ($1, $2, $3, $4::text[], $5) RETURNING id`,
      [
        email,
        `Bench ${role}`,
        await argon2.hash(password, { type: argon2.argon2id }),
        [role],
        organizationId,
      ],
    );
    return { id: rows[0].id, email };
  } finally {
    await sql.end();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Registers a new SME and a certified integrator, joins both to the consortium, grants the SME
 * credits and a mandate to the integrator, then times `count` sequential hold + confirm pairs.
 */
export async function runApiReserveAndPay(options: {
  gatewayUrl: string;
  operatorToken: string;
  databaseUrl: string;
  consortiumId: string;
  count: number;
}): Promise<ApiReserveAndPayReport> {
  const operator: Gateway = { url: options.gatewayUrl, token: options.operatorToken };
  const tag = randomUUID().slice(0, 8);
  const register = async (name: string, kind: string, industryCode: string) =>
    (
      await call<{ registerOrganization: { id: string } }>(
        operator,
        'mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }',
        {
          input: {
            name: `${name} ${tag}`,
            kind,
            businessRegistrationNumber: randomBusinessRegistrationNumber(),
            region: 'GYEONGNAM',
            industryCode,
            annualRevenueKrw: 20e9,
            totalAssetsKrw: 15e9,
            employees: 80,
          },
        },
      )
    ).registerOrganization.id;
  const sme = await register('Bench SME', 'SME', 'C29');
  const integrator = await register('Bench integrator', 'CERTIFIED_INTEGRATOR', 'J62');
  await call(
    operator,
    'mutation ($input: CertifyIntegratorInput!) { certifyIntegrator(input: $input) { id } }',
    {
      input: {
        organizationId: integrator,
        number: `CI-BENCH-${tag}`,
        issuedOn: '2024-01-01',
        expiresOn: `${new Date().getUTCFullYear() + 2}-12-31`,
      },
    },
  );
  for (const [organizationId, role] of [
    [sme, 'SME_MEMBER'],
    [integrator, 'INTEGRATOR_PARTNER'],
  ]) {
    const { inviteMember } = await call<{ inviteMember: { id: string } }>(
      operator,
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { consortiumId: options.consortiumId, organizationId, role } },
    );
    await call(operator, 'mutation ($id: UUID!) { acceptInvitation(id: $id) { id } }', {
      id: inviteMember.id,
    });
  }

  const password = randomUUID();
  const smeAdminAccount = await person(options.databaseUrl, sme, PlatformRole.SME_ADMIN, password);
  const integratorAccount = await person(
    options.databaseUrl,
    integrator,
    PlatformRole.INTEGRATOR,
    password,
  );
  await call(
    operator,
    'mutation ($o: UUID!, $u: UUID!) { grantOrganizationAdmin(organizationId: $o, userId: $u) { id } }',
    { o: sme, u: smeAdminAccount.id },
  );
  const smeAdmin = await login(options.gatewayUrl, smeAdminAccount.email, password);
  const integratorPerson = await login(options.gatewayUrl, integratorAccount.email, password);

  const RATE = 10;
  const expiresAt = new Date(Date.now() + 60 * 24 * HOUR_MS).toISOString();
  const { defineComputePool: pool } = await call<{ defineComputePool: { id: string } }>(
    operator,
    'mutation ($input: DefineComputePoolInput!) { defineComputePool(input: $input) { id } }',
    {
      input: {
        name: `bench api pool ${tag}`,
        hardwareProfileId: 'furiosa-rngd',
        site: 'CENTER',
        capacityDevices: 1_000,
        creditsPerDeviceHour: RATE,
      },
    },
  );
  const credits = options.count * RATE;
  await call(
    operator,
    'mutation ($input: GrantCreditsInput!) { grantCredits(input: $input) { transactionId } }',
    {
      input: { organizationId: sme, amount: credits, expiresAt, idempotencyKey: `bench-${tag}` },
    },
  );
  await call(
    smeAdmin,
    'mutation ($input: GrantMandateInput!) { grantMandate(input: $input) { id } }',
    { input: { integratorOrganizationId: integrator, capCredits: credits, expiresAt } },
  );

  const firstHour = Math.ceil(Date.now() / HOUR_MS) * HOUR_MS + 96 * HOUR_MS;
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < options.count; i++) {
    const startsAt = firstHour + (i % 48) * HOUR_MS;
    const began = process.hrtime.bigint();
    const { holdReservation } = await call<{ holdReservation: { id: string } }>(
      integratorPerson,
      'mutation ($input: HoldReservationInput!) { holdReservation(input: $input) { id } }',
      {
        input: {
          poolId: pool.id,
          consortiumId: options.consortiumId,
          beneficiaryOrganizationId: sme,
          devices: 1,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + HOUR_MS).toISOString(),
          idempotencyKey: `bench-api-${tag}-${i}`,
        },
      },
    );
    await call(
      integratorPerson,
      'mutation ($id: UUID!) { confirmReservation(id: $id) { status } }',
      { id: holdReservation.id },
    );
    latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    reservations: options.count,
    perSecond: options.count / seconds,
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
  };
}
