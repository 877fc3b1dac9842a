import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  type OrganizationDetails,
  type OrganizationEntity,
  OrganizationKind,
  OrganizationsService,
  randomBusinessRegistrationNumber,
  Region,
} from '@vcp/consortia/organizations';
import { PlatformRole, type UserPrincipal, UsersService } from '@vcp/platform/auth';
import { TEST_PASSWORD } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { ConsortiumPeopleService } from '../consortium-people.service';
import { type ConsortiumEntity } from '../consortium.entity';
import { ConsortiumsService } from '../consortiums.service';
import { ConsortiumPersonRole, MembershipRole } from '../membership-status';
import { type MembershipEntity } from '../membership.entity';
import { MembershipsService } from '../memberships.service';

const tag = () => randomUUID().slice(0, 8);

/** A person as the guard would see them, with the e-mail address to sign in with (password TEST_PASSWORD). */
export type TestPerson = UserPrincipal & { email: string };

/** Builds organisations, people and consortiums through the real services, each uniquely named. */
export class DirectoryFixture {
  readonly db: DataSource;
  readonly organizations: OrganizationsService;
  readonly consortiums: ConsortiumsService;
  readonly memberships: MembershipsService;
  readonly people: ConsortiumPeopleService;
  private readonly users: UsersService;
  private operatorPrincipal: TestPerson | null = null;

  constructor(module: TestingModule) {
    this.db = module.get(getDataSourceToken());
    this.organizations = module.get(OrganizationsService);
    this.consortiums = module.get(ConsortiumsService);
    this.memberships = module.get(MembershipsService);
    this.people = module.get(ConsortiumPeopleService);
    this.users = module.get(UsersService);
  }

  async operator(): Promise<TestPerson> {
    this.operatorPrincipal ??= await this.person(null, [PlatformRole.OPERATOR]);
    return this.operatorPrincipal;
  }

  /** A signed-in person of an organisation (or of none), as the guard would see them. */
  async person(organizationId: string | null, roles: PlatformRole[] = []): Promise<TestPerson> {
    const id = tag();
    const email = `person-${id}@test.vcp.kr`;
    const user = await this.users.create({
      email,
      displayName: `Person ${id}`,
      password: TEST_PASSWORD,
      roles,
      organizationId,
    });
    return { kind: 'user', userId: user.id, sessionId: randomUUID(), roles, organizationId, email };
  }

  /** An admin of the organisation, who may answer its invitations. */
  async admin(organization: OrganizationEntity): Promise<TestPerson> {
    const person = await this.person(organization.id, [PlatformRole.SME_ADMIN]);
    await this.organizations.grantAdmin(organization.id, person.userId, await this.operator());
    return person;
  }

  static details(
    kind: OrganizationKind,
    overrides: Partial<OrganizationDetails> = {},
  ): OrganizationDetails {
    const base = {
      name: `${kind.toLowerCase()} ${tag()}`,
      kind,
      businessRegistrationNumber: randomBusinessRegistrationNumber(),
      region: Region.GYEONGNAM,
    };
    switch (kind) {
      case OrganizationKind.SME:
        return {
          ...base,
          industryCode: 'C29',
          annualRevenueKrw: 20e9,
          totalAssetsKrw: 15e9,
          employees: 80,
          ...overrides,
        };
      case OrganizationKind.MID_SIZED_FIRM:
        return {
          ...base,
          industryCode: 'C29',
          annualRevenueKrw: 300e9,
          totalAssetsKrw: 250e9,
          employees: 900,
          ...overrides,
        };
      case OrganizationKind.LARGE_ENTERPRISE:
        return {
          ...base,
          industryCode: 'C29',
          annualRevenueKrw: 2e12,
          totalAssetsKrw: 3e12,
          employees: 9000,
          businessGroup: 'Hanguk Group',
          inLargeBusinessGroup: true,
          ...overrides,
        };
      case OrganizationKind.CERTIFIED_INTEGRATOR:
        return {
          ...base,
          industryCode: 'J62',
          annualRevenueKrw: 5e9,
          totalAssetsKrw: 3e9,
          employees: 40,
          ...overrides,
        };
      case OrganizationKind.UNIVERSITY:
        return { ...base, industryCode: 'P85', ...overrides };
      case OrganizationKind.PUBLIC_AGENCY:
        return { ...base, industryCode: 'O84', ...overrides };
    }
  }

  async organization(
    kind: OrganizationKind,
    overrides: Partial<OrganizationDetails> = {},
  ): Promise<OrganizationEntity> {
    return this.organizations.register(
      DirectoryFixture.details(kind, overrides),
      await this.operator(),
    );
  }

  /** An integrator certified until `expiresOn` (a year from now unless given). */
  async integrator(
    expiresOn = `${new Date().getUTCFullYear() + 1}-12-31`,
  ): Promise<OrganizationEntity> {
    const integrator = await this.organization(OrganizationKind.CERTIFIED_INTEGRATOR);
    return this.organizations.certifyIntegrator(
      integrator.id,
      { number: `CI-${tag()}`, issuedOn: '2024-01-01', expiresOn },
      await this.operator(),
    );
  }

  /** A forming consortium anchored by a new mid-sized firm, with a lead from it. */
  async consortium(verticalCode = 'MANUFACTURING'): Promise<{
    consortium: ConsortiumEntity;
    anchor: OrganizationEntity;
    lead: TestPerson;
  }> {
    const anchor = await this.organization(OrganizationKind.MID_SIZED_FIRM);
    const lead = await this.person(anchor.id, [PlatformRole.CONSORTIUM_LEAD]);
    const consortium = await this.consortiums.create(
      {
        name: `Consortium ${tag()}`,
        verticalCode,
        regions: [Region.GYEONGNAM, Region.BUSAN],
        anchorOrganizationId: anchor.id,
        leadUserId: lead.userId,
      },
      await this.operator(),
    );
    return { consortium, anchor, lead };
  }

  /** Invites and accepts (as an operator) in one go. */
  async join(
    consortium: ConsortiumEntity,
    organization: OrganizationEntity,
    role: MembershipRole,
  ): Promise<MembershipEntity> {
    const operator = await this.operator();
    const invitation = await this.memberships.invite(
      { consortiumId: consortium.id, organizationId: organization.id, role },
      operator,
    );
    return this.memberships.accept(invitation.id, operator);
  }

  /** A forming consortium with exactly what activation needs. */
  async readyConsortium(verticalCode = 'MANUFACTURING') {
    const made = await this.consortium(verticalCode);
    for (let i = 0; i < 3; i++) {
      await this.join(
        made.consortium,
        await this.organization(OrganizationKind.SME),
        MembershipRole.SME_MEMBER,
      );
    }
    await this.join(
      made.consortium,
      await this.organization(OrganizationKind.UNIVERSITY),
      MembershipRole.RESEARCH_PARTNER,
    );
    await this.join(made.consortium, await this.integrator(), MembershipRole.INTEGRATOR_PARTNER);
    return made;
  }

  async managerOf(consortium: ConsortiumEntity, organizationId: string): Promise<TestPerson> {
    const manager = await this.person(organizationId);
    await this.people.assign(
      consortium.id,
      manager.userId,
      ConsortiumPersonRole.MANAGER,
      await this.operator(),
    );
    return manager;
  }

  auditActions(entityId: string): Promise<string[]> {
    return this.db
      .query<{ action: string }[]>(
        `SELECT action FROM consortia.audit_events WHERE entity_id = $1 ORDER BY id`,
        [entityId],
      )
      .then((rows) => rows.map((row) => row.action));
  }
}
