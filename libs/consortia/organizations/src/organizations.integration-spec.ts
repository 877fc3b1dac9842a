import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuthModule, PlatformRole, type UserPrincipal, UsersService } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { randomBusinessRegistrationNumber } from './business-registration-number';
import { CertificationStatus, certificationStatus } from './certification';
import { certificationOf } from './organization.entity';
import { OrganizationKind } from './organization-kind';
import { OrganizationsModule } from './organizations.module';
import { type OrganizationDetails, OrganizationsService } from './organizations.service';
import { Region } from './region';
import { SizeClass } from './size-policy';

const operator: UserPrincipal = {
  kind: 'user',
  userId: randomUUID(),
  sessionId: randomUUID(),
  roles: [PlatformRole.OPERATOR],
  organizationId: null,
};

const sme = (overrides: Partial<OrganizationDetails> = {}): OrganizationDetails => ({
  name: `Daon Precision ${randomUUID().slice(0, 6)}`,
  kind: OrganizationKind.SME,
  businessRegistrationNumber: randomBusinessRegistrationNumber(),
  region: Region.GYEONGNAM,
  industryCode: 'C29',
  annualRevenueKrw: 42e9,
  totalAssetsKrw: 30e9,
  employees: 120,
  ...overrides,
});

describe('organisations (real PostgreSQL)', () => {
  let module: TestingModule;
  let organizations: OrganizationsService;
  let db: DataSource;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, OrganizationsModule]);
    organizations = module.get(OrganizationsService);
    db = module.get(getDataSourceToken());
  });
  afterAll(() => module.close());

  const auditOf = (id: string) =>
    db.query<{ action: string; before: object | null; after: { name: string } | null }[]>(
      `SELECT action, before, after FROM consortia.audit_events WHERE entity_id = $1 ORDER BY id`,
      [id],
    );

  it('registers a firm with its number normalised, its size class derived and the change audited', async () => {
    const digits = randomBusinessRegistrationNumber();
    const hyphenated = `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
    const firm = await organizations.register(
      sme({ businessRegistrationNumber: hyphenated }),
      operator,
    );
    expect(firm.businessRegistrationNumber).toBe(digits);
    expect(organizations.classify(firm)?.sizeClass).toBe(SizeClass.SME);
    expect(await auditOf(firm.id)).toEqual([
      {
        action: 'organization.registered',
        before: null,
        after: expect.objectContaining({ name: firm.name }),
      },
    ]);
  });

  it('refuses a number with a wrong check digit, naming the check, and writes nothing', async () => {
    const digits = randomBusinessRegistrationNumber();
    const wrong = `${digits.slice(0, 9)}${(Number(digits[9]) + 1) % 10}`;
    const details = sme({ businessRegistrationNumber: wrong });
    await expect(organizations.register(details, operator)).rejects.toMatchObject({
      message: expect.stringContaining(
        `fails its check digit: the last digit should be ${digits[9]}`,
      ),
      extensions: { code: 'BAD_USER_INPUT', rule: 'BRN_CHECK' },
    });
    expect(
      await db.query(`SELECT 1 FROM consortia.organizations WHERE name = $1`, [details.name]),
    ).toEqual([]);
  });

  it('is backed by the database: a bad check digit fails its CHECK even when the service is bypassed', async () => {
    await expect(
      db.query(
        `INSERT INTO consortia.organizations (name, kind, business_registration_number, region, industry_code)
         VALUES ('Direct Insert', 'UNIVERSITY', '1234567890', 'SEOUL', 'P85')`,
      ),
    ).rejects.toThrow(/brn_is_valid|check constraint/);
  });

  it('refuses a number already registered, naming who holds it', async () => {
    const first = await organizations.register(sme(), operator);
    await expect(
      organizations.register(
        sme({ businessRegistrationNumber: first.businessRegistrationNumber }),
        operator,
      ),
    ).rejects.toMatchObject({
      message: expect.stringContaining(`is already registered to ${first.name}`),
      extensions: { code: 'CONFLICT', rule: 'BRN_UNIQUE' },
    });
  });

  it('refuses a declared kind its figures contradict, with the figures in the message', async () => {
    await expect(
      organizations.register(
        sme({ name: 'Hanbit Logistics', industryCode: 'H49', annualRevenueKrw: 180e9 }),
        operator,
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^Hanbit Logistics is declared an SME but is classed MID_SIZED: revenue KRW 180 bn/,
      ),
      extensions: { code: 'BAD_USER_INPUT', rule: 'KIND_MATCHES_SIZE_CLASS' },
    });
  });

  it('classes any firm of a large business group as LARGE, whatever its figures', async () => {
    await expect(
      organizations.register(
        sme({ businessGroup: 'Hanguk Group', inLargeBusinessGroup: true }),
        operator,
      ),
    ).rejects.toMatchObject({ extensions: { rule: 'KIND_MATCHES_SIZE_CLASS' } });
    const large = await organizations.register(
      sme({
        kind: OrganizationKind.LARGE_ENTERPRISE,
        businessGroup: 'Hanguk Group',
        inLargeBusinessGroup: true,
      }),
      operator,
    );
    expect(organizations.classify(large)?.sizeClass).toBe(SizeClass.LARGE);
  });

  it('asks firms for the figures their class is derived from', async () => {
    await expect(
      organizations.register(sme({ annualRevenueKrw: null, employees: null }), operator),
    ).rejects.toMatchObject({
      message: 'An SME must report annualRevenueKrw, employees so its size class can be derived.',
      extensions: { rule: 'FIRM_FIGURES' },
    });
  });

  it('certifies integrators only, and shows an expired certification as EXPIRED', async () => {
    const notIntegrator = await organizations.register(sme(), operator);
    await expect(
      organizations.certifyIntegrator(
        notIntegrator.id,
        { number: 'CI-1', issuedOn: '2024-01-01', expiresOn: '2026-01-01' },
        operator,
      ),
    ).rejects.toMatchObject({ extensions: { rule: 'CERTIFICATION_FOR_INTEGRATORS' } });

    const integrator = await organizations.register(
      sme({ kind: OrganizationKind.CERTIFIED_INTEGRATOR, industryCode: 'J62' }),
      operator,
    );
    const certified = await organizations.certifyIntegrator(
      integrator.id,
      { number: 'CI-2024-0042', issuedOn: '2023-03-01', expiresOn: '2025-02-28' },
      operator,
    );
    expect(certificationStatus(certificationOf(certified))).toBe(CertificationStatus.EXPIRED);
    expect((await auditOf(integrator.id)).map((event) => event.action)).toEqual([
      'organization.registered',
      'organization.certified',
    ]);
  });

  it('grants and revokes admins, who must be the organisation’s own people', async () => {
    const firm = await organizations.register(sme(), operator);
    const users = module.get(UsersService);
    const outsider = await users.create({
      email: `out-${randomUUID()}@test.vcp.kr`,
      displayName: 'Outsider',
      password: 'correct horse battery staple',
      roles: [],
    });
    await expect(organizations.grantAdmin(firm.id, outsider.id, operator)).rejects.toMatchObject({
      extensions: { rule: 'ADMIN_FROM_ORGANIZATION' },
    });
    const staff = await users.create({
      email: `staff-${randomUUID()}@test.vcp.kr`,
      displayName: 'Staff',
      password: 'correct horse battery staple',
      roles: [],
      organizationId: firm.id,
    });
    await organizations.grantAdmin(firm.id, staff.id, operator);
    expect(await organizations.isAdmin(staff.id, firm.id)).toBe(true);
    await organizations.revokeAdmin(firm.id, staff.id, operator);
    expect(await organizations.isAdmin(staff.id, firm.id)).toBe(false);
    await expect(organizations.revokeAdmin(firm.id, staff.id, operator)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await auditOf(firm.id)).map((event) => event.action)).toEqual([
      'organization.registered',
      'organization.admin_granted',
      'organization.admin_revoked',
    ]);
  });

  it('records updates with the before and after images', async () => {
    const firm = await organizations.register(sme(), operator);
    await organizations.update(firm.id, { region: Region.BUSAN, employees: 130 }, operator);
    const [, update] = await auditOf(firm.id);
    expect(update).toMatchObject({
      action: 'organization.updated',
      before: expect.objectContaining({ region: 'GYEONGNAM', employees: 120 }),
      after: expect.objectContaining({ region: 'BUSAN', employees: 130 }),
    });
  });

  it('lists by name with filters and a case-insensitive name search, page by page', async () => {
    const marker = `Trgm${randomUUID().slice(0, 6)}`;
    for (const suffix of ['Alpha', 'Beta', 'Gamma']) {
      await organizations.register(
        sme({ name: `${marker} ${suffix}`, region: Region.JEJU }),
        operator,
      );
    }
    const first = await organizations.page(
      { search: marker.toLowerCase(), regions: [Region.JEJU] },
      { first: 2 },
    );
    expect(first.nodes.map((o) => o.name)).toEqual([`${marker} Alpha`, `${marker} Beta`]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await organizations.page(
      { search: marker, regions: [Region.JEJU] },
      { first: 2, after: first.pageInfo.endCursor ?? undefined },
    );
    expect(second.nodes.map((o) => o.name)).toEqual([`${marker} Gamma`]);
    const none = await organizations.page(
      { search: marker, kinds: [OrganizationKind.UNIVERSITY] },
      { first: 5 },
    );
    expect(none.nodes).toEqual([]);
  });
});
