/*
 * The demo engagements: university researchers who also work for firms of the demo consortiums.
 * researcher@ (Yongji University) has an active engagement with an SME of the Changwon
 * manufacturing consortium and a submitted one, with a firm of the port logistics alliance, that
 * waits in officer@'s queue; a researcher of Haeun Maritime University works for a logistics firm,
 * so the national figures show more than one vertical. Universities keep the program default
 * policy (8 h a week, approval required).
 *
 * Everything goes through the services with the principal who would act: the researcher for
 * their profile, drafts, disclosures, submissions and hours; the university's officer (or, where
 * the university has none among the demo accounts, the demo operator) for approvals. Hours can be
 * logged only from the day of approval, and approval happens when the seed runs, so the logged
 * hours are today's.
 */
import { randomBytes } from 'node:crypto';
import { type INestApplicationContext } from '@nestjs/common';
import { ConsortiumEntity } from '@vcp/consortia/consortiums';
import {
  ActivityType,
  addDays,
  type Disclosure,
  EngagementEntity,
  EngagementsService,
  EngagementStatus,
  HourLogsService,
  PayBand,
  PayType,
  randomOrcid,
  ResearcherRank,
  ResearchersService,
  seoulToday,
  UniversitiesService,
} from '@vcp/consortia/engagements';
import { OrganizationEntity } from '@vcp/consortia/organizations';
import { PlatformRole, type UserPrincipal, UsersService } from '@vcp/platform/auth';
import { DomainError } from '@vcp/platform/graphql';
import { DataSource, In } from 'typeorm';
import { type DemoAccount } from './demo-accounts';
import { DEMO_CONSORTIUMS, DEMO_ORGANIZATIONS } from './demo-directory';
import { seedPrincipal } from './seed-principal';

/** A researcher: a demo account (by role), or a new person whose password nobody knows. */
export interface DemoResearcher {
  key: string;
  who: { account: PlatformRole } | { email: string; displayName: string };
  /** The university (organisation key of the demo directory) where they hold their post. */
  university: string;
  rank: ResearcherRank;
  department: string;
  fields: string[];
}

export const DEMO_RESEARCHERS: readonly DemoResearcher[] = [
  {
    key: 'ji-woo',
    who: { account: PlatformRole.RESEARCHER },
    university: 'yongji',
    rank: ResearcherRank.ASSOCIATE_PROFESSOR,
    department: 'Mechanical Engineering',
    fields: ['machine vision', 'predictive maintenance', 'edge inference'],
  },
  {
    key: 'seo-jun',
    who: {
      email: 'seojun.han@people.demo.vcp.kr',
      displayName: 'Prof. Seo-jun Han (Haeun Maritime University)',
    },
    university: 'haeun',
    rank: ResearcherRank.ASSISTANT_PROFESSOR,
    department: 'Logistics Engineering',
    fields: ['port operations', 'route optimisation'],
  },
];

/** Demo accounts (by role) who become officers of their university. */
export const DEMO_OFFICERS: readonly { account: PlatformRole; university: string }[] = [
  { account: PlatformRole.UNIVERSITY_OFFICER, university: 'yongji' },
];

export interface HourEntry {
  hours: number;
  activityType: ActivityType;
  note: string;
}

export interface DemoEngagement {
  researcher: string;
  /** The demo consortium of this vertical (the directory has one per vertical). */
  verticalCode: string;
  /** The host firm (organisation key): the consortium's anchor or an accepted firm member. */
  host: string;
  role: string;
  /** Start, in days from the day the seed runs (negative: already started). */
  startsInDays: number;
  lengthDays: number;
  committedHoursPerWeek: number;
  payType: PayType;
  disclosure: Disclosure;
  /** ACTIVE: approved and started, with `hoursToday` logged; SUBMITTED: waiting for the officer. */
  target: EngagementStatus.ACTIVE | EngagementStatus.SUBMITTED;
  hoursToday: HourEntry[];
}

export const DEMO_ENGAGEMENTS: readonly DemoEngagement[] = [
  {
    researcher: 'ji-woo',
    verticalCode: 'MANUFACTURING',
    host: 'seongsan',
    role: 'Vision inspection lead for the mold finishing line',
    startsInDays: -42,
    lengthDays: 365,
    committedHoursPerWeek: 4,
    payType: PayType.HOURLY,
    disclosure: { holdsEquity: false, payBand: PayBand.FROM_10M_TO_30M, familyTies: false },
    target: EngagementStatus.ACTIVE,
    hoursToday: [
      {
        hours: 2,
        activityType: ActivityType.RESEARCH,
        note: 'Labelled surface-defect images from line 3',
      },
      {
        hours: 1,
        activityType: ActivityType.MEETING,
        note: 'Weekly review with the quality team',
      },
    ],
  },
  {
    researcher: 'ji-woo',
    verticalCode: 'LOGISTICS',
    host: 'gamcheon',
    role: 'Adviser on refrigeration anomaly detection',
    startsInDays: 14,
    lengthDays: 182,
    committedHoursPerWeek: 2,
    payType: PayType.STIPEND,
    disclosure: { holdsEquity: false, payBand: PayBand.UNDER_10M, familyTies: false },
    target: EngagementStatus.SUBMITTED,
    hoursToday: [],
  },
  {
    researcher: 'seo-jun',
    verticalCode: 'LOGISTICS',
    host: 'yeongdo',
    role: 'Route optimisation researcher',
    startsInDays: -21,
    lengthDays: 270,
    committedHoursPerWeek: 3,
    payType: PayType.HOURLY,
    disclosure: { holdsEquity: false, payBand: PayBand.UNDER_10M, familyTies: false },
    target: EngagementStatus.ACTIVE,
    hoursToday: [
      {
        hours: 2.5,
        activityType: ActivityType.DEVELOPMENT,
        note: 'Tuned the vessel arrival forecast on last month’s berth data',
      },
    ],
  },
];

export interface EngagementsSummary {
  /** False when the demo operator account is missing, so nothing could be seeded. */
  seeded: boolean;
  peopleCreated: number;
  researchersRegistered: number;
  officersGranted: number;
  engagementsCreated: number;
  disclosuresDeclared: number;
  engagementsSubmitted: number;
  engagementsApproved: number;
  engagementsActivated: number;
  hourLogsCreated: number;
  /** Things left as they were because they differ from the plan (e.g. an engagement rejected). */
  skipped: string[];
}

const isOrcidClash = (error: unknown) =>
  error instanceof DomainError && error.extensions.rule === 'ORCID_UNIQUE';

/**
 * Seeds researchers, officers and engagements through the services. Each step looks first and
 * does only what is missing: a profile is registered only for a person without one, and an
 * engagement is found again by its researcher, consortium and host in whatever state it is, so a
 * second run adds nothing, a run cut short is finished by the next one, and an engagement a
 * visitor rejected or ended stays that way.
 */
export async function seedDemoEngagements(
  context: INestApplicationContext,
  accounts: readonly DemoAccount[],
): Promise<EngagementsSummary> {
  const db = context.get(DataSource);
  const users = context.get(UsersService);
  const universities = context.get(UniversitiesService);
  const researchers = context.get(ResearchersService);
  const engagements = context.get(EngagementsService);
  const hourLogs = context.get(HourLogsService);
  const summary: EngagementsSummary = {
    seeded: false,
    peopleCreated: 0,
    researchersRegistered: 0,
    officersGranted: 0,
    engagementsCreated: 0,
    disclosuresDeclared: 0,
    engagementsSubmitted: 0,
    engagementsApproved: 0,
    engagementsActivated: 0,
    hourLogsCreated: 0,
    skipped: [],
  };
  const accountUser = async (role: PlatformRole) => {
    const account = accounts.find((candidate) => candidate.role === role);
    return account ? users.findByEmail(account.email) : null;
  };

  const operatorUser = await accountUser(PlatformRole.OPERATOR);
  if (!operatorUser) return summary;
  const operator: UserPrincipal = {
    ...seedPrincipal(operatorUser),
    roles: [PlatformRole.OPERATOR],
  };

  const brnOf = new Map(
    DEMO_ORGANIZATIONS.map((o) => [o.key, o.details.businessRegistrationNumber]),
  );
  const organizations = await db
    .getRepository(OrganizationEntity)
    .findBy({ businessRegistrationNumber: In([...brnOf.values()]) });
  const org = (key: string) => {
    const found = organizations.find((o) => o.businessRegistrationNumber === brnOf.get(key));
    if (!found)
      throw new Error(`demo engagements: no organisation ${key}; seed the directory first`);
    return found;
  };
  const consortiums = await db
    .getRepository(ConsortiumEntity)
    .findBy({ name: In(DEMO_CONSORTIUMS.map((c) => c.name)) });
  const consortiumOf = (verticalCode: string) => {
    const name = DEMO_CONSORTIUMS.find((c) => c.verticalCode === verticalCode)?.name;
    const found = consortiums.find((c) => c.name === name);
    if (!found) throw new Error(`demo engagements: no ${verticalCode} consortium`);
    return found;
  };

  // Officers decide on their university's engagements.
  const approvers = new Map<string, UserPrincipal>();
  for (const plan of DEMO_OFFICERS) {
    const university = org(plan.university);
    const user = await accountUser(plan.account);
    if (!user) continue;
    if (user.organizationId !== university.id) {
      summary.skipped.push(`${user.email} is not at ${university.name}, so not its officer`);
      continue;
    }
    if (!(await universities.officerUniversityIds(user.id)).includes(university.id)) {
      await universities.grantOfficer(university.id, user.id, operator);
      summary.officersGranted++;
    }
    approvers.set(university.id, seedPrincipal(user));
  }

  // Researchers: the person (created if new), then their profile.
  const researcherPrincipals = new Map<string, UserPrincipal>();
  for (const plan of DEMO_RESEARCHERS) {
    const university = org(plan.university);
    let user =
      'account' in plan.who
        ? await accountUser(plan.who.account)
        : await users.findByEmail(plan.who.email);
    if (!user && 'email' in plan.who) {
      user = await users.create({
        email: plan.who.email,
        displayName: plan.who.displayName,
        password: randomBytes(24).toString('base64url'),
        roles: [PlatformRole.RESEARCHER],
        organizationId: university.id,
      });
      summary.peopleCreated++;
    }
    if (!user) continue;
    if (user.organizationId !== university.id) {
      summary.skipped.push(`${user.email} is not at ${university.name}, so has no demo profile`);
      continue;
    }
    const principal = seedPrincipal(user);
    const profile = await researchers.findByUser(user.id);
    if (profile && profile.universityId !== university.id) {
      summary.skipped.push(`${user.email} has a researcher profile at another university`);
      continue;
    }
    if (!profile) {
      for (let attempt = 1; ; attempt++) {
        try {
          await researchers.register(
            user.id,
            {
              universityId: university.id,
              rank: plan.rank,
              department: plan.department,
              fields: plan.fields,
              orcid: randomOrcid(),
            },
            principal,
          );
          break;
        } catch (error) {
          // Ten million demo iDs: a clash is rare, and another draw settles it.
          if (!isOrcidClash(error) || attempt === 3) throw error;
        }
      }
      summary.researchersRegistered++;
    }
    researcherPrincipals.set(plan.key, principal);
  }

  // Engagements, each taken as far as its plan goes.
  const today = seoulToday();
  for (const plan of DEMO_ENGAGEMENTS) {
    const principal = researcherPrincipals.get(plan.researcher);
    if (!principal) continue;
    const consortium = consortiumOf(plan.verticalCode);
    const host = org(plan.host);
    const label = `engagement of ${plan.researcher} with ${host.name}`;
    try {
      const researcher = await researchers.requireOwn(principal);
      let engagement = await db.getRepository(EngagementEntity).findOne({
        where: {
          researcherId: researcher.id,
          consortiumId: consortium.id,
          hostOrganizationId: host.id,
        },
        order: { createdAt: 'DESC' },
      });
      if (!engagement) {
        const startDate = addDays(today, plan.startsInDays);
        engagement = await engagements.create(
          {
            consortiumId: consortium.id,
            hostOrganizationId: host.id,
            role: plan.role,
            startDate,
            endDate: addDays(startDate, plan.lengthDays),
            committedHoursPerWeek: plan.committedHoursPerWeek,
            payType: plan.payType,
          },
          principal,
        );
        summary.engagementsCreated++;
      }
      if (engagement.status === EngagementStatus.DRAFT) {
        if ((await engagements.disclosuresOf(engagement.id)).length === 0) {
          await engagements.declareDisclosure(engagement.id, plan.disclosure, principal);
          summary.disclosuresDeclared++;
        }
        engagement = await engagements.submit(engagement.id, principal);
        summary.engagementsSubmitted++;
      }
      if (plan.target !== EngagementStatus.ACTIVE) continue;
      if (engagement.status === EngagementStatus.SUBMITTED) {
        const approver = approvers.get(engagement.universityId) ?? operator;
        engagement = await engagements.approve(engagement.id, false, approver);
        summary.engagementsApproved++;
      }
      if (
        engagement.status !== EngagementStatus.APPROVED &&
        engagement.status !== EngagementStatus.ACTIVE
      ) {
        summary.skipped.push(`${label} is ${engagement.status}`);
        continue;
      }
      const wasApproved = engagement.status === EngagementStatus.APPROVED;
      if ((await hourLogs.entriesOf(engagement.id, 1)).length === 0) {
        for (const entry of plan.hoursToday) {
          await hourLogs.log({ engagementId: engagement.id, workDate: today, ...entry }, principal);
          summary.hourLogsCreated++;
        }
      }
      // The first hours start an approved engagement; without hours to log, it is started here.
      engagement = await engagements.findById(engagement.id);
      if (engagement.status === EngagementStatus.APPROVED && engagement.startDate <= today) {
        engagement = await engagements.activate(engagement.id, principal);
      }
      if (wasApproved && engagement.status === EngagementStatus.ACTIVE) {
        summary.engagementsActivated++;
      }
    } catch (error) {
      // A rule of the engagement (its cap, dates or state after a visitor's changes) stops only it.
      if (!(error instanceof DomainError)) throw error;
      summary.skipped.push(`${label}: ${error.message}`);
    }
  }
  summary.seeded = true;
  return summary;
}
