import { MembershipRole } from '@vcp/consortia/consortiums';
import {
  committedHoursProblem,
  dailyHoursProblem,
  DEFAULT_WEEKLY_CAP_HOURS,
  EngagementStatus,
  weeklyHoursProblem,
} from '@vcp/consortia/engagements';
import { OrganizationKind } from '@vcp/consortia/organizations';
import { DEMO_AFFILIATIONS, DEMO_CONSORTIUMS, DEMO_ORGANIZATIONS } from './demo-directory';
import { DEMO_ENGAGEMENTS, DEMO_OFFICERS, DEMO_RESEARCHERS } from './demo-engagements';

const organization = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key);
const consortiumOf = (verticalCode: string) =>
  DEMO_CONSORTIUMS.filter((c) => c.verticalCode === verticalCode);
const researcher = (key: string) => DEMO_RESEARCHERS.find((r) => r.key === key);

describe('the demo engagements', () => {
  it('places researchers and officers at demo universities where the directory puts them', () => {
    for (const plan of [...DEMO_RESEARCHERS, ...DEMO_OFFICERS]) {
      expect(organization(plan.university)?.details.kind).toBe(OrganizationKind.UNIVERSITY);
    }
    const accounts = DEMO_RESEARCHERS.flatMap((r) =>
      'account' in r.who ? [[r.who.account, r] as const] : [],
    );
    for (const [role, plan] of accounts) {
      expect(DEMO_AFFILIATIONS[role]?.organization).toBe(plan.university);
    }
    for (const plan of DEMO_OFFICERS) {
      expect(DEMO_AFFILIATIONS[plan.account]).toEqual({
        organization: plan.university,
        admin: true,
      });
    }
    const emails = DEMO_RESEARCHERS.flatMap((r) => ('email' in r.who ? [r.who.email] : []));
    for (const email of emails) expect(email).toMatch(/@people\.demo\.vcp\.kr$/);
  });

  it('hosts each engagement at a firm of the one demo consortium of its vertical', () => {
    for (const plan of DEMO_ENGAGEMENTS) {
      expect(DEMO_RESEARCHERS.map((r) => r.key)).toContain(plan.researcher);
      const [consortium, ...others] = consortiumOf(plan.verticalCode);
      expect(others).toHaveLength(0);
      const isAnchor = consortium.anchor === plan.host;
      const isFirmMember = consortium.members.some(
        (m) =>
          m.organization === plan.host &&
          m.accepted &&
          (m.role === MembershipRole.SME_MEMBER || m.role === MembershipRole.INTEGRATOR_PARTNER),
      );
      expect(isAnchor || isFirmMember).toBe(true);
      expect(consortium.status).toBe('ACTIVE');
    }
  });

  it('keeps every researcher within the default cap, committed and logged, in quarter hours', () => {
    for (const { key } of DEMO_RESEARCHERS) {
      const own = DEMO_ENGAGEMENTS.filter((e) => e.researcher === key);
      let committed = 0;
      for (const plan of own.filter((e) => e.target === EngagementStatus.ACTIVE)) {
        expect(
          committedHoursProblem(
            DEFAULT_WEEKLY_CAP_HOURS,
            committed,
            plan.committedHoursPerWeek,
            key,
          ),
        ).toBeNull();
        committed += plan.committedHoursPerWeek;
      }
      // Approving the submitted ones later still fits.
      const pending = own.filter((e) => e.target === EngagementStatus.SUBMITTED);
      const total = pending.reduce((sum, e) => sum + e.committedHoursPerWeek, committed);
      expect(total).toBeLessThanOrEqual(DEFAULT_WEEKLY_CAP_HOURS);
      const entries = own.flatMap((e) => e.hoursToday);
      for (const entry of entries) expect(dailyHoursProblem(entry.hours)).toBeNull();
      const logged = entries.reduce((sum, entry) => sum + entry.hours, 0);
      expect(weeklyHoursProblem(DEFAULT_WEEKLY_CAP_HOURS, 'this week', 0, logged)).toBeNull();
    }
  });

  it('starts active engagements in the past and leaves hours only on them', () => {
    const active = DEMO_ENGAGEMENTS.filter((e) => e.target === EngagementStatus.ACTIVE);
    const submitted = DEMO_ENGAGEMENTS.filter((e) => e.target === EngagementStatus.SUBMITTED);
    expect(DEMO_ENGAGEMENTS.every((e) => e.lengthDays > 0)).toBe(true);
    expect(active.every((e) => e.startsInDays <= 0 && e.hoursToday.length > 0)).toBe(true);
    expect(submitted.every((e) => e.hoursToday.length === 0)).toBe(true);
  });

  it('gives the national figures more than one vertical and officers something to approve', () => {
    const active = DEMO_ENGAGEMENTS.filter((e) => e.target === EngagementStatus.ACTIVE);
    expect(new Set(active.map((e) => e.verticalCode)).size).toBeGreaterThan(1);
    const submitted = DEMO_ENGAGEMENTS.filter((e) => e.target === EngagementStatus.SUBMITTED);
    const officerUniversities = DEMO_OFFICERS.map((o) => o.university);
    expect(
      submitted.some((e) =>
        officerUniversities.includes(researcher(e.researcher)?.university ?? ''),
      ),
    ).toBe(true);
  });

  it('never has one researcher with two overlapping engagements at the same firm', () => {
    const pairs = DEMO_ENGAGEMENTS.map((e) => `${e.researcher}:${e.host}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
