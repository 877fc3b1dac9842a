/*
 * The demo directory: organisations, consortiums and memberships a visitor can explore, and the
 * demo accounts attached to them. Everything goes through the owning services with the demo
 * operator as the principal, so the audit log tells the same story as the data. Names are
 * Korean-sounding and fictional; figures fit each kind's size class under the default policy.
 */
import { randomBytes } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import {
  ConsortiumEntity,
  ConsortiumPersonRole,
  ConsortiumsService,
  ConsortiumStatus,
  effectiveStatus,
  LIVE_STATUSES,
  MembershipEntity,
  MembershipRole,
  MembershipsService,
  MembershipStatus,
} from '@vcp/consortia/consortiums';
import {
  brnCheckDigit,
  koreaToday,
  OrganizationEntity,
  OrganizationKind,
  OrganizationsService,
  Region,
  type OrganizationDetails,
} from '@vcp/consortia/organizations';
import { PlatformRole, UsersService } from '@vcp/platform/auth';
import { DataSource, In } from 'typeorm';
import { type DemoAccount } from './demo-accounts';
import { seedPrincipal } from './seed-principal';

const BN = 1_000_000_000;

/**
 * A registration number from its parts: the tax office (3 digits), the kind of taxpayer (81, 86,
 * 87 for companies, 82 for non-profit corporations, 83 for public bodies) and a 4-digit serial,
 * then the check digit. Serials here are 1000 or more (bench/volume.ts uses lower ones).
 */
export function demoBrn(office: string, type: string, serial: string): string {
  const firstNine = `${office}${type}${serial}`;
  return `${firstNine}${brnCheckDigit(firstNine)}`;
}

export type CertificationPlan = 'VALID' | 'EXPIRED';

export interface DemoOrganization {
  key: string;
  details: OrganizationDetails;
  /** Integrators only: certified now for three years, or certified four years ago and lapsed. */
  certification?: CertificationPlan;
}

interface FirmFacts {
  brn: string;
  region: Region;
  industryCode: string;
  revenueBn: number;
  assetsBn: number;
  employees: number;
  businessGroup?: string;
  inLargeBusinessGroup?: boolean;
  certification?: CertificationPlan;
}

const firm = (
  key: string,
  kind: OrganizationKind,
  name: string,
  { brn, revenueBn, assetsBn, certification, ...facts }: FirmFacts,
): DemoOrganization => ({
  key,
  certification,
  details: {
    name,
    kind,
    businessRegistrationNumber: brn,
    annualRevenueKrw: Math.round(revenueBn * BN),
    totalAssetsKrw: Math.round(assetsBn * BN),
    ...facts,
  },
});

/** Universities (KSIC P85) and public agencies (O84) report no revenue or assets. */
const institution = (
  key: string,
  kind: OrganizationKind.UNIVERSITY | OrganizationKind.PUBLIC_AGENCY,
  name: string,
  { brn, region, employees }: { brn: string; region: Region; employees: number },
): DemoOrganization => ({
  key,
  details: {
    name,
    kind,
    businessRegistrationNumber: brn,
    region,
    industryCode: kind === OrganizationKind.UNIVERSITY ? 'P85' : 'O84',
    employees,
  },
});

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  // Manufacturing, Gyeongnam: Changwon's machinery belt.
  firm('hanul', OrganizationKind.MID_SIZED_FIRM, 'Hanul Precision Machinery Co., Ltd.', {
    brn: demoBrn('609', '81', '4271'),
    region: Region.GYEONGNAM,
    industryCode: 'C29',
    revenueBn: 420,
    assetsBn: 380,
    employees: 1150,
  }),
  firm('seongsan', OrganizationKind.SME, 'Seongsan Mold & Die Co., Ltd.', {
    brn: demoBrn('609', '81', '5532'),
    region: Region.GYEONGNAM,
    industryCode: 'C29',
    revenueBn: 18.5,
    assetsBn: 12.4,
    employees: 64,
  }),
  firm('jinhae', OrganizationKind.SME, 'Jinhae Hydraulics Co., Ltd.', {
    brn: demoBrn('608', '86', '1187'),
    region: Region.GYEONGNAM,
    industryCode: 'C29',
    revenueBn: 9.8,
    assetsBn: 7.1,
    employees: 38,
  }),
  firm('gimhae', OrganizationKind.SME, 'Gimhae Casting Industries Co., Ltd.', {
    brn: demoBrn('615', '81', '2093'),
    region: Region.GYEONGNAM,
    industryCode: 'C24',
    revenueBn: 27,
    assetsBn: 21,
    employees: 112,
  }),
  firm('onsan', OrganizationKind.SME, 'Onsan Motion Parts Co., Ltd.', {
    brn: demoBrn('610', '81', '3318'),
    region: Region.ULSAN,
    industryCode: 'C30',
    revenueBn: 41,
    assetsBn: 29,
    employees: 140,
  }),
  firm('sasang', OrganizationKind.SME, 'Sasang Robotics Inc.', {
    brn: demoBrn('606', '87', '1045'),
    region: Region.BUSAN,
    industryCode: 'C29',
    revenueBn: 6.2,
    assetsBn: 4.8,
    employees: 27,
  }),
  institution(
    'yongji',
    OrganizationKind.UNIVERSITY,
    'Yongji University of Science and Technology',
    {
      brn: demoBrn('609', '82', '1002'),
      region: Region.GYEONGNAM,
      employees: 1400,
    },
  ),
  firm('nuri', OrganizationKind.CERTIFIED_INTEGRATOR, 'Nuri Smart Factory Systems Co., Ltd.', {
    brn: demoBrn('609', '86', '7714'),
    region: Region.GYEONGNAM,
    industryCode: 'J62',
    revenueBn: 14,
    assetsBn: 9,
    employees: 85,
    certification: 'VALID',
  }),
  // Logistics, Busan and Incheon: the two ports.
  firm('haeorum', OrganizationKind.MID_SIZED_FIRM, 'Haeorum Logistics Co., Ltd.', {
    brn: demoBrn('603', '81', '6620'),
    region: Region.BUSAN,
    industryCode: 'H52',
    revenueBn: 860,
    assetsBn: 1240,
    employees: 2300,
  }),
  firm('gamcheon', OrganizationKind.SME, 'Gamcheon Cold Chain Co., Ltd.', {
    brn: demoBrn('602', '81', '4417'),
    region: Region.BUSAN,
    industryCode: 'H52',
    revenueBn: 22,
    assetsBn: 17,
    employees: 95,
  }),
  firm('yeongdo', OrganizationKind.SME, 'Yeongdo Marine Forwarding Co., Ltd.', {
    brn: demoBrn('603', '86', '2281'),
    region: Region.BUSAN,
    industryCode: 'H52',
    revenueBn: 12,
    assetsBn: 6.5,
    employees: 41,
  }),
  firm('songdo', OrganizationKind.SME, 'Songdo Freight Express Co., Ltd.', {
    brn: demoBrn('131', '81', '5906'),
    region: Region.INCHEON,
    industryCode: 'H49',
    revenueBn: 35,
    assetsBn: 24,
    employees: 160,
  }),
  firm('cheongna', OrganizationKind.SME, 'Cheongna Warehousing Co., Ltd.', {
    brn: demoBrn('137', '81', '3372'),
    region: Region.INCHEON,
    industryCode: 'H52',
    revenueBn: 16,
    assetsBn: 19,
    employees: 58,
  }),
  institution('haeun', OrganizationKind.UNIVERSITY, 'Haeun Maritime University', {
    brn: demoBrn('605', '82', '1019'),
    region: Region.BUSAN,
    employees: 950,
  }),
  firm('baram', OrganizationKind.CERTIFIED_INTEGRATOR, 'Baram Data Lab Co., Ltd.', {
    brn: demoBrn('605', '87', '3350'),
    region: Region.BUSAN,
    industryCode: 'J62',
    revenueBn: 8.4,
    assetsBn: 5.2,
    employees: 46,
    certification: 'VALID',
  }),
  // E-commerce, Seoul and Gyeonggi.
  firm('saebyeol', OrganizationKind.MID_SIZED_FIRM, 'Saebyeol Commerce Corporation', {
    brn: demoBrn('220', '81', '7048'),
    region: Region.SEOUL,
    industryCode: 'G47',
    revenueBn: 1350,
    assetsBn: 920,
    employees: 1800,
  }),
  firm('mapo', OrganizationKind.SME, 'Mapo Living Market Co., Ltd.', {
    brn: demoBrn('105', '81', '6653'),
    region: Region.SEOUL,
    industryCode: 'G47',
    revenueBn: 8,
    assetsBn: 3.5,
    employees: 22,
  }),
  firm('seongsu', OrganizationKind.SME, 'Seongsu Handmade Market Co., Ltd.', {
    brn: demoBrn('206', '86', '1224'),
    region: Region.SEOUL,
    industryCode: 'G47',
    revenueBn: 4.1,
    assetsBn: 2.2,
    employees: 15,
  }),
  firm('pangyo', OrganizationKind.SME, 'Pangyo Fashion Lab Inc.', {
    brn: demoBrn('129', '81', '8842'),
    region: Region.GYEONGGI,
    industryCode: 'G47',
    revenueBn: 15,
    assetsBn: 9.8,
    employees: 48,
  }),
  firm('suwon', OrganizationKind.SME, 'Suwon Live Commerce Co., Ltd.', {
    brn: demoBrn('124', '87', '2016'),
    region: Region.GYEONGGI,
    industryCode: 'J63',
    revenueBn: 6.5,
    assetsBn: 3.1,
    employees: 31,
  }),
  institution('dongbaek', OrganizationKind.UNIVERSITY, 'Dongbaek University', {
    brn: demoBrn('101', '82', '1077'),
    region: Region.SEOUL,
    employees: 2100,
  }),
  firm('ieum', OrganizationKind.CERTIFIED_INTEGRATOR, 'Ieum AI Solutions Inc.', {
    brn: demoBrn('214', '86', '5509'),
    region: Region.SEOUL,
    industryCode: 'J62',
    revenueBn: 23,
    assetsBn: 14,
    employees: 130,
    certification: 'VALID',
  }),
  // Agri-food, Jeonnam: still forming.
  firm('namdo', OrganizationKind.MID_SIZED_FIRM, 'Namdo Fresh Foods Co., Ltd.', {
    brn: demoBrn('412', '81', '2738'),
    region: Region.JEONNAM,
    industryCode: 'C10',
    revenueBn: 310,
    assetsBn: 270,
    employees: 760,
  }),
  firm('naju', OrganizationKind.SME, 'Naju Greenhouse Farm Co., Ltd.', {
    brn: demoBrn('412', '86', '1403'),
    region: Region.JEONNAM,
    industryCode: 'A01',
    revenueBn: 3.2,
    assetsBn: 5.6,
    employees: 18,
  }),
  firm('boseong', OrganizationKind.SME, 'Boseong Green Tea Co., Ltd.', {
    brn: demoBrn('416', '81', '1950'),
    region: Region.JEONNAM,
    industryCode: 'C11',
    revenueBn: 5.4,
    assetsBn: 4.3,
    employees: 26,
  }),
  institution('yeongsan', OrganizationKind.UNIVERSITY, 'Yeongsan University', {
    brn: demoBrn('410', '82', '1033'),
    region: Region.GWANGJU,
    employees: 1250,
  }),
  // Outside any consortium: a large enterprise, a lapsed integrator and two public agencies.
  firm('cheonmyung', OrganizationKind.LARGE_ENTERPRISE, 'Cheonmyung Motors Co., Ltd.', {
    brn: demoBrn('124', '81', '9001'),
    region: Region.GYEONGGI,
    industryCode: 'C30',
    revenueBn: 38000,
    assetsBn: 52000,
    employees: 31000,
    businessGroup: 'Cheonmyung Group',
    inLargeBusinessGroup: true,
  }),
  firm('gureum', OrganizationKind.CERTIFIED_INTEGRATOR, 'Gureum Systems Co., Ltd.', {
    brn: demoBrn('314', '81', '4460'),
    region: Region.DAEJEON,
    industryCode: 'J62',
    revenueBn: 7,
    assetsBn: 3.9,
    employees: 34,
    certification: 'EXPIRED',
  }),
  institution('nacpa', OrganizationKind.PUBLIC_AGENCY, 'National AI Computing Promotion Agency', {
    brn: demoBrn('320', '83', '1005'),
    region: Region.SEJONG,
    employees: 240,
  }),
  institution('gnai', OrganizationKind.PUBLIC_AGENCY, 'Gyeongnam Regional AI Innovation Agency', {
    brn: demoBrn('609', '83', '1011'),
    region: Region.GYEONGNAM,
    employees: 85,
  }),
];

/** Where each demo account works, and whether it answers for that organisation. */
export const DEMO_AFFILIATIONS: Readonly<
  Partial<Record<PlatformRole, { organization: string; admin: boolean }>>
> = {
  CONSORTIUM_LEAD: { organization: 'hanul', admin: true },
  SME_ADMIN: { organization: 'seongsan', admin: true },
  INTEGRATOR: { organization: 'nuri', admin: true },
  RESEARCHER: { organization: 'yongji', admin: false },
  UNIVERSITY_OFFICER: { organization: 'yongji', admin: true },
};

/** People of the other anchors who lead their consortiums; they have no password anyone knows. */
export interface DirectoryPerson {
  key: string;
  email: string;
  displayName: string;
  organization: string;
}

export const DIRECTORY_PEOPLE: readonly DirectoryPerson[] = [
  {
    key: 'haeorum-lead',
    email: 'jiho.park@people.demo.vcp.kr',
    displayName: 'Ji-ho Park (Haeorum Logistics)',
    organization: 'haeorum',
  },
  {
    key: 'saebyeol-lead',
    email: 'soomin.yoon@people.demo.vcp.kr',
    displayName: 'Soo-min Yoon (Saebyeol Commerce)',
    organization: 'saebyeol',
  },
  {
    key: 'namdo-lead',
    email: 'sanghoon.oh@people.demo.vcp.kr',
    displayName: 'Sang-hoon Oh (Namdo Fresh Foods)',
    organization: 'namdo',
  },
];

/** A person: a demo account (by role) or a directory person (by key). */
type PersonRef = { account: PlatformRole } | { person: string };

export interface DemoMember {
  organization: string;
  role: MembershipRole;
  /** Accepted (ACTIVE) or left as an open invitation. */
  accepted: boolean;
  /** A person of the member who gets a role in the consortium when it accepts. */
  person?: PersonRef;
  personRole?: ConsortiumPersonRole.MANAGER | ConsortiumPersonRole.VIEWER;
}

export interface DemoConsortium {
  name: string;
  description: string;
  verticalCode: string;
  regions: Region[];
  anchor: string;
  lead: PersonRef;
  status: ConsortiumStatus.ACTIVE | ConsortiumStatus.FORMING;
  members: DemoMember[];
}

const { SME_MEMBER, RESEARCH_PARTNER, INTEGRATOR_PARTNER } = MembershipRole;
const joined = (organization: string, role: MembershipRole, more: Partial<DemoMember> = {}) => ({
  organization,
  role,
  accepted: true,
  ...more,
});

export const DEMO_CONSORTIUMS: readonly DemoConsortium[] = [
  {
    name: 'Changwon Smart Factory AI Consortium',
    description:
      'Vision inspection and predictive maintenance on the machining lines of the Changwon industrial complex, with edge inference next to the machines.',
    verticalCode: 'MANUFACTURING',
    regions: [Region.GYEONGNAM, Region.BUSAN, Region.ULSAN],
    anchor: 'hanul',
    lead: { account: PlatformRole.CONSORTIUM_LEAD },
    status: ConsortiumStatus.ACTIVE,
    members: [
      joined('seongsan', SME_MEMBER, {
        person: { account: PlatformRole.SME_ADMIN },
        personRole: ConsortiumPersonRole.VIEWER,
      }),
      joined('jinhae', SME_MEMBER),
      joined('gimhae', SME_MEMBER),
      joined('onsan', SME_MEMBER),
      { organization: 'sasang', role: SME_MEMBER, accepted: false },
      joined('yongji', RESEARCH_PARTNER, {
        person: { account: PlatformRole.RESEARCHER },
        personRole: ConsortiumPersonRole.VIEWER,
      }),
      joined('nuri', INTEGRATOR_PARTNER, {
        person: { account: PlatformRole.INTEGRATOR },
        personRole: ConsortiumPersonRole.VIEWER,
      }),
    ],
  },
  {
    name: 'Busan-Incheon Port Logistics AI Alliance',
    description:
      'Berth and yard planning, cold-chain monitoring and route optimisation for forwarders and warehouses around the ports of Busan and Incheon.',
    verticalCode: 'LOGISTICS',
    regions: [Region.BUSAN, Region.INCHEON, Region.GYEONGNAM],
    anchor: 'haeorum',
    lead: { person: 'haeorum-lead' },
    status: ConsortiumStatus.ACTIVE,
    members: [
      joined('gamcheon', SME_MEMBER),
      joined('yeongdo', SME_MEMBER),
      joined('songdo', SME_MEMBER),
      joined('cheongna', SME_MEMBER),
      joined('haeun', RESEARCH_PARTNER),
      joined('baram', INTEGRATOR_PARTNER),
      joined('nuri', INTEGRATOR_PARTNER),
    ],
  },
  {
    name: 'Seoul Digital Commerce AI Consortium',
    description:
      'Recommendation, search and demand forecasting for online sellers in Seoul and Gyeonggi, on shared cloud GPU capacity.',
    verticalCode: 'E_COMMERCE',
    regions: [Region.SEOUL, Region.GYEONGGI],
    anchor: 'saebyeol',
    lead: { person: 'saebyeol-lead' },
    status: ConsortiumStatus.ACTIVE,
    members: [
      joined('mapo', SME_MEMBER),
      joined('seongsu', SME_MEMBER),
      joined('pangyo', SME_MEMBER),
      joined('suwon', SME_MEMBER),
      joined('dongbaek', RESEARCH_PARTNER),
      joined('ieum', INTEGRATOR_PARTNER),
    ],
  },
  {
    name: 'Jeonnam Smart Farm AI Consortium',
    description:
      'Greenhouse climate control and crop monitoring for farms and food processors in South Jeolla; recruiting members before activation.',
    verticalCode: 'AGRI_FOOD',
    regions: [Region.JEONNAM, Region.GWANGJU],
    anchor: 'namdo',
    lead: { person: 'namdo-lead' },
    status: ConsortiumStatus.FORMING,
    members: [
      joined('naju', SME_MEMBER),
      { organization: 'boseong', role: SME_MEMBER, accepted: false },
      { organization: 'yeongsan', role: RESEARCH_PARTNER, accepted: false },
    ],
  },
];

export interface DirectorySummary {
  /** False when the demo operator account is missing, so nothing could be seeded. */
  seeded: boolean;
  organizationsCreated: number;
  integratorsCertified: number;
  peopleCreated: number;
  peopleAttached: number;
  consortiumsCreated: number;
  invitationsSent: number;
  invitationsAccepted: number;
  consortiumsActivated: number;
  /** Things left as they were because they differ from the plan (e.g. an account moved elsewhere). */
  skipped: string[];
}

/** ISO date `days` after (or before) an ISO date. */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Seeds the directory through the services. Each step looks first and does only what is missing,
 * so a second run adds nothing and a run cut short is finished by the next one.
 */
export async function seedDemoDirectory(
  context: INestApplicationContext,
  accounts: readonly DemoAccount[],
): Promise<DirectorySummary> {
  const db = context.get(DataSource);
  const users = context.get(UsersService);
  const organizations = context.get(OrganizationsService);
  const consortiums = context.get(ConsortiumsService);
  const memberships = context.get(MembershipsService);
  const summary: DirectorySummary = {
    seeded: false,
    organizationsCreated: 0,
    integratorsCertified: 0,
    peopleCreated: 0,
    peopleAttached: 0,
    consortiumsCreated: 0,
    invitationsSent: 0,
    invitationsAccepted: 0,
    consortiumsActivated: 0,
    skipped: [],
  };

  const operatorAccount = accounts.find((account) => account.role === PlatformRole.OPERATOR);
  const operatorUser = operatorAccount && (await users.findByEmail(operatorAccount.email));
  if (!operatorUser) return summary;
  const operator = seedPrincipal({ ...operatorUser, organizationId: null }, [
    PlatformRole.OPERATOR,
  ]);

  // Organisations, by registration number.
  const orgs = new Map<string, OrganizationEntity>();
  const existing = await db.getRepository(OrganizationEntity).findBy({
    businessRegistrationNumber: In(
      DEMO_ORGANIZATIONS.map((o) => o.details.businessRegistrationNumber),
    ),
  });
  const byBrn = new Map(existing.map((o) => [o.businessRegistrationNumber, o]));
  const today = koreaToday();
  for (const plan of DEMO_ORGANIZATIONS) {
    let organization = byBrn.get(plan.details.businessRegistrationNumber);
    if (!organization) {
      organization = await organizations.register(plan.details, operator);
      summary.organizationsCreated++;
    }
    if (plan.certification && !organization.certificationNumber) {
      const issuedOn =
        plan.certification === 'VALID' ? addDays(today, -240) : addDays(today, -4 * 365);
      organization = await organizations.certifyIntegrator(
        organization.id,
        {
          number: `AIC-${issuedOn.slice(0, 4)}-${organization.businessRegistrationNumber.slice(5, 9)}`,
          issuedOn,
          expiresOn: addDays(issuedOn, 3 * 365),
        },
        operator,
      );
      summary.integratorsCertified++;
    }
    orgs.set(plan.key, organization);
  }
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) throw new Error(`demo directory: no organisation ${key}`);
    return found;
  };

  // People: the demo accounts join their organisations; the other leads are created.
  const people = new Map<string, string>();
  const personKey = (ref: PersonRef) => ('account' in ref ? `account:${ref.account}` : ref.person);
  const attach = async (key: string, userId: string, current: string | null, orgKey: string) => {
    const organization = org(orgKey);
    if (current === null) {
      await users.assignOrganization(userId, organization.id);
      summary.peopleAttached++;
    } else if (current !== organization.id) {
      summary.skipped.push(`${key} belongs to another organisation than ${organization.name}`);
      return false;
    }
    people.set(key, userId);
    return true;
  };
  for (const account of accounts) {
    const affiliation = DEMO_AFFILIATIONS[account.role];
    const user = affiliation && (await users.findByEmail(account.email));
    if (!affiliation || !user) continue;
    const key = personKey({ account: account.role });
    if (await attach(key, user.id, user.organizationId, affiliation.organization)) {
      if (affiliation.admin)
        await organizations.grantAdmin(org(affiliation.organization).id, user.id, operator);
    }
  }
  for (const person of DIRECTORY_PEOPLE) {
    let user = await users.findByEmail(person.email);
    if (!user) {
      user = await users.create({
        email: person.email,
        displayName: person.displayName,
        password: randomBytes(24).toString('base64url'),
        roles: [PlatformRole.CONSORTIUM_LEAD],
        organizationId: org(person.organization).id,
      });
      summary.peopleCreated++;
    }
    if (await attach(person.key, user.id, user.organizationId, person.organization)) {
      await organizations.grantAdmin(org(person.organization).id, user.id, operator);
    }
  }

  // Consortiums, by name; then their members; then activation.
  const known = await db.getRepository(ConsortiumEntity).findBy({
    name: In(DEMO_CONSORTIUMS.map((c) => c.name)),
  });
  for (const plan of DEMO_CONSORTIUMS) {
    let consortium = known.find((c) => c.name === plan.name);
    if (!consortium) {
      consortium = await consortiums.create(
        {
          name: plan.name,
          description: plan.description,
          verticalCode: plan.verticalCode,
          regions: plan.regions,
          anchorOrganizationId: org(plan.anchor).id,
          leadUserId: people.get(personKey(plan.lead)),
        },
        operator,
      );
      summary.consortiumsCreated++;
    }
    const live = await db.getRepository(MembershipEntity).findBy({
      consortiumId: consortium.id,
      status: In([...LIVE_STATUSES]),
    });
    for (const member of plan.members) {
      const organization = org(member.organization);
      let membership = live.find((m) => m.organizationId === organization.id);
      if (!membership) {
        const personId = member.person && people.get(personKey(member.person));
        membership = await memberships.invite(
          {
            consortiumId: consortium.id,
            organizationId: organization.id,
            role: member.role,
            ...(personId ? { personId, personRole: member.personRole } : {}),
          },
          operator,
        );
        summary.invitationsSent++;
      }
      if (member.accepted && effectiveStatus(membership) === MembershipStatus.INVITED) {
        await memberships.accept(membership.id, operator);
        summary.invitationsAccepted++;
      }
    }
    if (plan.status === ConsortiumStatus.ACTIVE && consortium.status === ConsortiumStatus.FORMING) {
      await consortiums.activate(consortium.id, operator);
      summary.consortiumsActivated++;
    }
  }
  summary.seeded = true;
  return summary;
}
