import { type TestingModule } from '@nestjs/testing';
import { MembershipRole } from '@vcp/consortia/consortiums';
import { OrganizationKind, type OrganizationEntity } from '@vcp/consortia/organizations';
import { DirectoryFixture, type TestPerson } from '@vcp/consortia/testing';
import { ApiScope, AuthModule, type ClientPrincipal, PlatformRole } from '@vcp/platform/auth';
import { createIntegrationModule } from '@vcp/platform/testing';
import { EngagementAccessService } from './engagement-access.service';
import {
  ActivityType,
  EngagementStatus,
  PayBand,
  PayType,
  ResearcherRank,
} from './engagement-enums';
import { type EngagementEntity } from './engagement.entities';
import { EngagementsModule } from './engagements.module';
import { EngagementsService } from './engagements.service';
import { HourLogsService } from './hour-logs.service';
import { addDays, isoWeekOf, seoulToday } from './iso-week';
import { randomOrcid } from './orcid';
import { ResearchersService } from './researchers.service';
import { UniversitiesService } from './universities.service';

const NO_CONFLICTS = { holdsEquity: false, payBand: PayBand.UNDER_10M, familyTies: false };

describe('engagements and hour logs (real PostgreSQL)', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  let universities: UniversitiesService;
  let researchers: ResearchersService;
  let engagements: EngagementsService;
  let hours: HourLogsService;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, EngagementsModule]);
    fx = new DirectoryFixture(module);
    universities = module.get(UniversitiesService);
    researchers = module.get(ResearchersService);
    engagements = module.get(EngagementsService);
    hours = module.get(HourLogsService);
  });
  afterAll(() => module.close());

  /** A university with an officer, and one of its researchers with a profile. */
  async function campus(): Promise<{
    university: OrganizationEntity;
    officer: TestPerson;
    researcher: TestPerson;
  }> {
    const university = await fx.organization(OrganizationKind.UNIVERSITY);
    const officer = await fx.person(university.id, [PlatformRole.UNIVERSITY_OFFICER]);
    await universities.grantOfficer(university.id, officer.userId, await fx.operator());
    const researcher = await fx.person(university.id, [PlatformRole.RESEARCHER]);
    await researchers.register(
      researcher.userId,
      {
        universityId: university.id,
        rank: ResearcherRank.ASSOCIATE_PROFESSOR,
        department: 'Mechanical Engineering',
        fields: ['vision'],
        orcid: randomOrcid(),
      },
      researcher,
    );
    return { university, officer, researcher };
  }

  /** A consortium of the vertical with an active SME to host the researcher. */
  async function hostIn(verticalCode = 'MANUFACTURING') {
    const { consortium } = await fx.consortium(verticalCode);
    const host = await fx.organization(OrganizationKind.SME);
    await fx.join(consortium, host, MembershipRole.SME_MEMBER);
    return { consortium, host };
  }

  async function draft(
    researcher: TestPerson,
    committed = 4,
    verticalCode = 'MANUFACTURING',
    startDate = addDays(seoulToday(), -30),
  ) {
    const { consortium, host } = await hostIn(verticalCode);
    return engagements.create(
      {
        consortiumId: consortium.id,
        hostOrganizationId: host.id,
        role: 'Vision lead',
        startDate,
        endDate: null,
        committedHoursPerWeek: committed,
        payType: PayType.HOURLY,
      },
      researcher,
    );
  }

  async function approved(
    researcher: TestPerson,
    officer: TestPerson,
    committed = 4,
    verticalCode = 'MANUFACTURING',
  ) {
    const engagement = await draft(researcher, committed, verticalCode);
    await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
    await engagements.submit(engagement.id, researcher);
    return engagements.approve(engagement.id, false, officer);
  }

  describe('researcher profiles', () => {
    it('need a valid ORCID iD, named check included, and one profile per iD', async () => {
      const { university } = await campus();
      const person = await fx.person(university.id, [PlatformRole.RESEARCHER]);
      const profile = {
        universityId: university.id,
        rank: ResearcherRank.PROFESSOR,
        department: 'Logistics',
        fields: [],
      };
      await expect(
        researchers.register(person.userId, { ...profile, orcid: '0000-0002-1825-0095' }, person),
      ).rejects.toMatchObject({
        message: expect.stringContaining('fails its ISO 7064 MOD 11-2 check'),
        extensions: { code: 'BAD_USER_INPUT', rule: 'ORCID_CHECK' },
      });
      const orcid = randomOrcid();
      await researchers.register(person.userId, { ...profile, orcid }, person);
      const other = await fx.person(university.id, [PlatformRole.RESEARCHER]);
      await expect(
        researchers.register(other.userId, { ...profile, orcid }, other),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'ORCID_UNIQUE' },
      });
      await expect(
        fx.db.query(
          `UPDATE consortia.researchers SET orcid = '0000-0002-1825-0095' WHERE user_id = $1`,
          [person.userId],
        ),
      ).rejects.toThrow(/orcid_is_valid|check constraint/);
    });
  });

  describe('lifecycle', () => {
    it('needs a disclosure to submit, and keeps each disclosure change as a new version', async () => {
      const { researcher } = await campus();
      const engagement = await draft(researcher);
      await expect(engagements.submit(engagement.id, researcher)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'DISCLOSURE_REQUIRED' },
      });
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.declareDisclosure(
        engagement.id,
        {
          holdsEquity: true,
          equityDetails: '0.5% of the host firm',
          payBand: PayBand.FROM_10M_TO_30M,
          familyTies: false,
        },
        researcher,
      );
      const versions = await engagements.disclosuresOf(engagement.id);
      expect(versions.map((v) => [v.version, v.holdsEquity])).toEqual([
        [2, true],
        [1, false],
      ]);
      await expect(
        fx.db.query(
          `UPDATE consortia.coi_disclosures SET holds_equity = false WHERE engagement_id = $1`,
          [engagement.id],
        ),
      ).rejects.toThrow(/never changed or deleted/);
      expect((await engagements.submit(engagement.id, researcher)).status).toBe(
        EngagementStatus.SUBMITTED,
      );
    });

    it('is approved only by an officer of the researcher’s university, and only once', async () => {
      const { researcher, officer } = await campus();
      const other = await campus();
      const engagement = await draft(researcher);
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      for (const caller of [researcher, other.officer]) {
        await expect(engagements.approve(engagement.id, false, caller)).rejects.toMatchObject({
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const done = await engagements.approve(engagement.id, false, officer);
      expect(done).toMatchObject({ status: EngagementStatus.APPROVED, approvedOn: seoulToday() });
      await expect(engagements.approve(engagement.id, false, officer)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'ENGAGEMENT_LIFECYCLE' },
      });
      await expect(
        engagements.revoke(engagement.id, 'conflict found', officer),
      ).resolves.toMatchObject({
        status: EngagementStatus.REVOKED,
        statusReason: 'conflict found',
      });
      await expect(
        fx.db.query(`UPDATE consortia.engagements SET status = 'ACTIVE' WHERE id = $1`, [
          engagement.id,
        ]),
      ).rejects.toThrow(/illegal engagements status change REVOKED -> ACTIVE/);
    });

    it('refuses a second engagement with the same firm over overlapping dates, in the service and the database', async () => {
      const { researcher } = await campus();
      const { consortium, host } = await hostIn();
      const base = {
        consortiumId: consortium.id,
        hostOrganizationId: host.id,
        role: 'Advisor',
        committedHoursPerWeek: 2,
        payType: PayType.UNPAID,
      };
      const first = await engagements.create(
        { ...base, startDate: '2026-01-01', endDate: '2026-06-30' },
        researcher,
      );
      await expect(
        engagements.create({ ...base, startDate: '2026-06-01', endDate: null }, researcher),
      ).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'ENGAGEMENT_OVERLAP' },
      });
      await expect(
        engagements.create({ ...base, startDate: '2026-07-01', endDate: null }, researcher),
      ).resolves.toMatchObject({
        status: EngagementStatus.DRAFT,
      });
      await expect(
        fx.db.query(
          `INSERT INTO consortia.engagements (researcher_id, university_id, consortium_id, vertical_code, host_organization_id,
             role, start_date, end_date, committed_hours_per_week, pay_type)
           SELECT researcher_id, university_id, consortium_id, vertical_code, host_organization_id, role,
                  '2026-03-01', '2026-03-31', 1, 'UNPAID' FROM consortia.engagements WHERE id = $1`,
          [first.id],
        ),
      ).rejects.toThrow(/engagements_no_overlap/);
    });

    it('is never decided by the researcher themselves, even when they are also an officer', async () => {
      const { university, researcher, officer } = await campus();
      await universities.grantOfficer(university.id, researcher.userId, await fx.operator());
      const engagement = await draft(researcher);
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      await expect(engagements.approve(engagement.id, false, researcher)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(
        engagements.approve(engagement.id, false, { ...officer, organizationId: null }),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('refuses a blank role before the database sees it', async () => {
      const { researcher } = await campus();
      const { consortium, host } = await hostIn();
      await expect(
        engagements.create(
          {
            consortiumId: consortium.id,
            hostOrganizationId: host.id,
            role: '   ',
            startDate: seoulToday(),
            committedHoursPerWeek: 2,
            payType: PayType.UNPAID,
          },
          researcher,
        ),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'ROLE_REQUIRED' } });
    });

    it('shows a consortium’s leads approved engagements only, never drafts or disclosures', async () => {
      const { researcher } = await campus();
      const engagement = await draft(researcher);
      const access = module.get(EngagementAccessService);
      const leadScope = {
        all: false,
        researcherId: null,
        universityIds: [],
        consortiumIds: [engagement.consortiumId],
      };
      expect(access.canRead(leadScope, engagement)).toBe(false);
      expect(access.canRead(leadScope, { ...engagement, status: EngagementStatus.ACTIVE })).toBe(
        true,
      );
      expect(
        access.canReadDisclosures(leadScope, { ...engagement, status: EngagementStatus.ACTIVE }),
      ).toBe(false);
    });

    it('refuses a host that is not a firm of the consortium', async () => {
      const { researcher } = await campus();
      const { consortium } = await hostIn();
      const stranger = await fx.organization(OrganizationKind.SME);
      await expect(
        engagements.create(
          {
            consortiumId: consortium.id,
            hostOrganizationId: stranger.id,
            role: 'Advisor',
            startDate: seoulToday(),
            committedHoursPerWeek: 2,
            payType: PayType.UNPAID,
          },
          researcher,
        ),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'HOST_IN_CONSORTIUM' },
      });
    });

    it('keeps committed hours within the university’s cap across approved engagements', async () => {
      const { researcher, officer } = await campus();
      await approved(researcher, officer, 6);
      const second = await draft(researcher, 4, 'LOGISTICS');
      await engagements.declareDisclosure(second.id, NO_CONFLICTS, researcher);
      await engagements.submit(second.id, researcher);
      await expect(engagements.approve(second.id, false, officer)).rejects.toMatchObject({
        message: expect.stringMatching(
          /to 10 h\/week, above the university's cap of 8 h\/week \(already 6 h\/week\)/,
        ),
        extensions: { code: 'BAD_USER_INPUT', rule: 'WEEKLY_CAP' },
      });
    });

    it('announces approval and revocation to its university only; a refused approval announces nothing', async () => {
      const { university, researcher, officer } = await campus();
      const first = await approved(researcher, officer, 6);
      await engagements.revoke(first.id, 'conflict of interest found', officer);
      const second = await draft(researcher, 4, 'LOGISTICS');
      await engagements.declareDisclosure(second.id, NO_CONFLICTS, researcher);
      await engagements.submit(second.id, researcher);
      await universities.setPolicy(university.id, { weeklyCapHours: 2 }, officer);
      await expect(engagements.approve(second.id, false, officer)).rejects.toMatchObject({
        extensions: { rule: 'WEEKLY_CAP' },
      });
      const events = await fx.db.query<
        { type: string; aggregate_id: string; organization_ids: string[]; payload: object }[]
      >(
        `SELECT type, aggregate_id, organization_ids, payload FROM events.outbox
          WHERE aggregate_type = 'engagement' AND aggregate_id = ANY ($1::text[]) ORDER BY position`,
        [[first.id, second.id]],
      );
      expect(events.map((event) => [event.type, event.aggregate_id])).toEqual([
        ['engagement.approved', first.id],
        ['engagement.revoked', first.id],
      ]);
      expect(events[1]).toMatchObject({
        organization_ids: [university.id],
        payload: {
          engagementId: first.id,
          universityId: university.id,
          status: EngagementStatus.REVOKED,
          reason: 'conflict of interest found',
        },
      });
    });

    it('flags a competing firm (same vertical, other consortium) and approves only once the officer acknowledges it', async () => {
      const { researcher, officer } = await campus();
      const first = await approved(researcher, officer, 2, 'E_COMMERCE');
      const rival = await draft(researcher, 2, 'E_COMMERCE');
      await engagements.declareDisclosure(rival.id, NO_CONFLICTS, researcher);
      const submitted = await engagements.submit(rival.id, researcher);
      expect(submitted.competingEngagementIds).toEqual([first.id]);
      await expect(engagements.approve(rival.id, false, officer)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'COMPETING_FIRM_ACKNOWLEDGEMENT' },
      });
      await expect(
        fx.db.query(
          `UPDATE consortia.engagements SET status = 'APPROVED', approved_on = current_date WHERE id = $1`,
          [rival.id],
        ),
      ).rejects.toThrow(/engagements_competing_acknowledged/);
      const done = await engagements.approve(rival.id, true, officer);
      expect(done).toMatchObject({
        status: EngagementStatus.APPROVED,
        competingAcknowledgedBy: officer.userId,
      });
    });

    it('is approved on submission where the university does not require approval', async () => {
      const { university, researcher, officer } = await campus();
      await universities.setPolicy(university.id, { approvalRequired: false }, officer);
      const engagement = await draft(researcher);
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      expect((await engagements.submit(engagement.id, researcher)).status).toBe(
        EngagementStatus.APPROVED,
      );
    });
  });

  describe('hour logs', () => {
    let researcher: TestPerson;
    let officer: TestPerson;
    let engagement: EngagementEntity;
    const today = seoulToday();

    beforeEach(async () => {
      ({ researcher, officer } = await campus());
      engagement = await draft(researcher, 4);
    });

    const entry = (workDate: string, amount: number) =>
      hours.log(
        {
          engagementId: engagement.id,
          workDate,
          hours: amount,
          activityType: ActivityType.RESEARCH,
        },
        researcher,
      );

    it('are refused before approval, in the future, outside the dates and above 24 hours a day', async () => {
      await expect(entry(today, 2)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'ENGAGEMENT_LIFECYCLE' },
      });
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      await engagements.approve(engagement.id, false, officer);
      await expect(entry(addDays(today, 1), 2)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'ENTRY_DATE' },
      });
      await expect(entry(addDays(today, -1), 2)).rejects.toMatchObject({
        extensions: { rule: 'ENTRY_DATE' },
      });
      await expect(entry(today, 25)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rule: 'DAILY_HOURS' },
      });
      await expect(entry(today, -1)).rejects.toMatchObject({ extensions: { rule: 'DAILY_HOURS' } });
      const logged = await entry(today, 2.5);
      expect(logged.isoWeek).toBe(isoWeekOf(today).label);
      expect((await engagements.findById(engagement.id)).status).toBe(EngagementStatus.ACTIVE);
    });

    it('over the weekly cap are refused with the cap, the week and the total so far', async () => {
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      await engagements.approve(engagement.id, false, officer);
      await entry(today, 6);
      await expect(entry(today, 3)).rejects.toMatchObject({
        message: `Cannot log hours: logging 3 h would bring week ${isoWeekOf(today).label} to 9 h, above the cap of 8 h (already 6 h logged).`,
        extensions: { code: 'BAD_USER_INPUT', rule: 'WEEKLY_CAP', capHours: 8, loggedHours: 6 },
      });
    });

    it('stop on a revoked engagement, and a lowered cap never blocks taking hours away', async () => {
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      await engagements.approve(engagement.id, false, officer);
      const six = await entry(today, 6);
      await universities.setPolicy(engagement.universityId, { weeklyCapHours: 4 }, officer);
      await expect(hours.correct(six.id, { hours: 5 }, researcher)).resolves.toMatchObject({
        hours: 5,
      });
      await expect(
        hours.correct((await hours.entriesOf(engagement.id))[0].id, { hours: 5.5 }, researcher),
      ).rejects.toMatchObject({
        extensions: { rule: 'WEEKLY_CAP' },
      });
      await engagements.revoke(engagement.id, 'conflict of interest found', officer);
      await expect(entry(today, 1)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'ENGAGEMENT_LIFECYCLE' },
      });
      await expect(
        hours.totals(six.researcherId, 'week', '0000-01-01', today),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('that together pass the cap cannot both succeed, even at the same moment', async () => {
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      await engagements.approve(engagement.id, false, officer);
      const results = await Promise.allSettled([entry(today, 5), entry(today, 5), entry(today, 5)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [{ total }] = await fx.db.query<{ total: string }[]>(
        `SELECT sum(hours) AS total FROM consortia.hour_logs WHERE engagement_id = $1 AND superseded_at IS NULL`,
        [engagement.id],
      );
      expect(Number(total)).toBe(5);
    });

    it('are corrected as new versions for 14 days, then locked', async () => {
      await engagements.declareDisclosure(engagement.id, NO_CONFLICTS, researcher);
      await engagements.submit(engagement.id, researcher);
      await engagements.approve(engagement.id, false, officer);
      const first = await entry(today, 6);
      const corrected = await hours.correct(
        first.id,
        { hours: 7.5, note: 'forgot the review meeting' },
        researcher,
      );
      expect(corrected).toMatchObject({ hours: 7.5, supersedes: first.id });
      expect((await hours.history(corrected.id)).map((h) => h.hours)).toEqual([7.5, 6]);
      await expect(hours.correct(first.id, { hours: 1 }, researcher)).rejects.toMatchObject({
        extensions: { rule: 'CORRECT_LATEST' },
      });

      const [old] = await fx.db.query<{ id: string }[]>(
        `INSERT INTO consortia.hour_logs (engagement_id, researcher_id, work_date, iso_week, hours, activity_type, created_by)
         SELECT $1, researcher_id, $2::date, $3, 1, 'RESEARCH', $4 FROM consortia.engagements WHERE id = $1 RETURNING id`,
        [
          engagement.id,
          addDays(today, -15),
          isoWeekOf(addDays(today, -15)).label,
          researcher.userId,
        ],
      );
      await expect(hours.correct(old.id, { hours: 2 }, researcher)).rejects.toMatchObject({
        extensions: { code: 'CONFLICT', rule: 'CORRECTION_WINDOW' },
      });
    });
  });

  describe('partner access', () => {
    it('lets a university’s HR client read only its own faculty’s engagements', async () => {
      const ours = await campus();
      const theirs = await campus();
      const mine = await draft(ours.researcher);
      const other = await draft(theirs.researcher);
      const access = module.get(EngagementAccessService);
      const client: ClientPrincipal = {
        kind: 'client',
        clientId: 'hr',
        scopes: [ApiScope.ENGAGEMENTS_READ],
        organizationId: ours.university.id,
      };
      const scope = await access.scopeOf(client);
      expect(access.canRead(scope, mine)).toBe(true);
      expect(access.canRead(scope, other)).toBe(false);
      await expect(access.scopeOf({ ...client, organizationId: null })).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(
        access.scopeOf({ ...client, scopes: [ApiScope.CONSORTIA_READ] }),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });
});
