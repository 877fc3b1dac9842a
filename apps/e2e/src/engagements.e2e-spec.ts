import { type TestingModule } from '@nestjs/testing';
import { MembershipRole } from '@vcp/consortia/consortiums';
import {
  addDays,
  EngagementsModule,
  EngagementsService,
  isoWeekOf,
  PayType,
  randomOrcid,
  ResearcherRank,
  ResearchersService,
  seoulToday,
} from '@vcp/consortia/engagements';
import { OrganizationKind, type OrganizationEntity } from '@vcp/consortia/organizations';
import { DirectoryFixture, type TestPerson } from '@vcp/consortia/testing';
import { ApiClientsService, ApiScope, AuthModule, PlatformRole } from '@vcp/platform/auth';
import {
  createIntegrationModule,
  errorCode,
  type GraphQLRequestOptions,
} from '@vcp/platform/testing';
import { dataOf, gateway, signedInAs } from './support';

const ENGAGEMENT = `query ($id: UUID!) { engagement(id: $id) { id status } }`;

describe('researchers, engagements and hour logs through the gateway', () => {
  let module: TestingModule;
  let fx: DirectoryFixture;
  let university: OrganizationEntity;
  let otherUniversity: OrganizationEntity;
  let researcher: TestPerson;
  let consortiumId: string;
  let hostId: string;
  let otherEngagementId: string;
  const as = {} as Record<
    | 'operator'
    | 'officer'
    | 'researcher'
    | 'lead'
    | 'stranger'
    | 'hrClient'
    | 'directoryClient'
    | 'anonymous',
    GraphQLRequestOptions
  >;
  const today = seoulToday();
  const week = isoWeekOf(today).label;
  // Filled in as the story goes.
  let researcherId: string;
  let engagementId: string;
  let hourLogId: string;

  beforeAll(async () => {
    module = await createIntegrationModule([AuthModule, EngagementsModule]);
    fx = new DirectoryFixture(module);
    university = await fx.organization(OrganizationKind.UNIVERSITY);
    const officer = await fx.person(university.id, [PlatformRole.UNIVERSITY_OFFICER]);
    researcher = await fx.person(university.id, [PlatformRole.RESEARCHER]);
    const { consortium, lead } = await fx.consortium('MANUFACTURING');
    const host = await fx.organization(OrganizationKind.SME);
    await fx.join(consortium, host, MembershipRole.SME_MEMBER);
    consortiumId = consortium.id;
    hostId = host.id;

    // Another university's researcher with a draft of their own, set up through the services.
    otherUniversity = await fx.organization(OrganizationKind.UNIVERSITY);
    const colleague = await fx.person(otherUniversity.id, [PlatformRole.RESEARCHER]);
    await module.get(ResearchersService).register(
      colleague.userId,
      {
        universityId: otherUniversity.id,
        rank: ResearcherRank.PROFESSOR,
        department: 'Industrial Engineering',
        fields: ['scheduling'],
        orcid: randomOrcid(),
      },
      colleague,
    );
    const theirs = await module.get(EngagementsService).create(
      {
        consortiumId,
        hostOrganizationId: hostId,
        role: 'Scheduling advisor',
        startDate: today,
        committedHoursPerWeek: 2,
        payType: PayType.UNPAID,
      },
      colleague,
    );
    otherEngagementId = theirs.id;

    as.operator = await signedInAs(await fx.operator());
    as.officer = await signedInAs(officer);
    as.researcher = await signedInAs(researcher);
    as.lead = await signedInAs(lead);
    as.stranger = await signedInAs(await fx.person(host.id));
    const clients = module.get(ApiClientsService);
    const hr = await clients.create({
      name: 'University HR system',
      scopes: [ApiScope.ENGAGEMENTS_READ],
      organizationId: university.id,
    });
    const directory = await clients.create({
      name: 'Regional agency',
      scopes: [ApiScope.CONSORTIA_READ],
    });
    as.hrClient = { apiKey: hr.apiKey };
    as.directoryClient = { apiKey: directory.apiKey };
    as.anonymous = {};

    const granted = await gateway<{ grantUniversityOfficer: { id: string } }>(
      `mutation ($u: UUID!, $p: UUID!) { grantUniversityOfficer(universityId: $u, userId: $p) { id } }`,
      { ...as.operator, variables: { u: university.id, p: officer.userId } },
    );
    expect(granted.data?.grantUniversityOfficer.id).toBe(university.id);
  });
  afterAll(() => module.close());

  it('makes officers only for operators', async () => {
    const response = await gateway(
      `mutation ($u: UUID!, $p: UUID!) { grantUniversityOfficer(universityId: $u, userId: $p) { id } }`,
      { ...as.researcher, variables: { u: university.id, p: researcher.userId } },
    );
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('lets a researcher register, draft, declare and submit', async () => {
    const registered = await gateway<{
      registerResearcher: { id: string; displayName: string; university: { id: string } };
    }>(
      `mutation ($input: RegisterResearcherInput!) {
         registerResearcher(input: $input) { id displayName university { id } } }`,
      {
        ...as.researcher,
        variables: {
          input: {
            universityId: university.id,
            rank: 'ASSISTANT_PROFESSOR',
            department: 'Computer Science',
            fields: ['computer vision', 'robotics'],
            orcid: randomOrcid(),
          },
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.registerResearcher.university.id).toBe(university.id);
    researcherId = dataOf(registered).registerResearcher.id;
    const mine = await gateway<{ myResearcherProfile: { id: string } | null }>(
      `query { myResearcherProfile { id } }`,
      as.researcher,
    );
    expect(mine.data?.myResearcherProfile?.id).toBe(researcherId);

    const invalid = await gateway(
      `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) { id } }`,
      {
        ...as.researcher,
        variables: {
          input: {
            consortiumId,
            hostOrganizationId: hostId,
            role: '',
            startDate: today,
            endDate: addDays(today, -1),
            committedHoursPerWeek: 50,
            payType: 'HOURLY',
          },
        },
      },
    );
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    expect(
      (invalid.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['committedHoursPerWeek', 'endDate', 'role']);

    const drafted = await gateway<{ createEngagement: { id: string; status: string } }>(
      `mutation ($input: CreateEngagementInput!) { createEngagement(input: $input) { id status } }`,
      {
        ...as.researcher,
        variables: {
          input: {
            consortiumId,
            hostOrganizationId: hostId,
            role: 'Vision lead',
            startDate: addDays(today, -30),
            committedHoursPerWeek: 4,
            payType: 'HOURLY',
          },
        },
      },
    );
    expect(drafted.data?.createEngagement.status).toBe('DRAFT');
    engagementId = dataOf(drafted).createEngagement.id;

    const declared = await gateway<{ declareDisclosure: { version: number } }>(
      `mutation ($input: DeclareDisclosureInput!) { declareDisclosure(input: $input) { version } }`,
      {
        ...as.researcher,
        variables: {
          input: { engagementId, holdsEquity: false, payBand: 'UNDER_10M', familyTies: false },
        },
      },
    );
    expect(declared.data?.declareDisclosure.version).toBe(1);

    const submitted = await gateway<{
      submitEngagement: { status: string; competingFlag: boolean };
    }>(`mutation ($id: UUID!) { submitEngagement(id: $id) { status competingFlag } }`, {
      ...as.researcher,
      variables: { id: engagementId },
    });
    expect(submitted.data?.submitEngagement).toEqual({ status: 'SUBMITTED', competingFlag: false });
  });

  it('puts the submission in the officer’s queue; only the officer approves it', async () => {
    const queue = await gateway<{ officerQueue: { id: string }[] }>(
      `query { officerQueue { id } }`,
      as.officer,
    );
    expect(queue.data?.officerQueue.map((e) => e.id)).toContain(engagementId);

    const APPROVE = `mutation ($id: UUID!) { approveEngagement(id: $id) { status approvedOn } }`;
    const byResearcher = await gateway(APPROVE, {
      ...as.researcher,
      variables: { id: engagementId },
    });
    expect(errorCode(byResearcher)).toBe('FORBIDDEN');
    const byClient = await gateway(APPROVE, { ...as.hrClient, variables: { id: engagementId } });
    expect(errorCode(byClient)).toBe('FORBIDDEN');
    const noReason = await gateway(
      `mutation ($id: UUID!) { rejectEngagement(id: $id, reason: "") { status } }`,
      { ...as.officer, variables: { id: engagementId } },
    );
    expect(noReason.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] },
    });

    const approved = await gateway<{ approveEngagement: { status: string; approvedOn: string } }>(
      APPROVE,
      { ...as.officer, variables: { id: engagementId } },
    );
    expect(approved.data?.approveEngagement).toEqual({ status: 'APPROVED', approvedOn: today });
  });

  it('logs hours, refuses an entry over the weekly cap with the week and totals, and keeps corrections', async () => {
    const LOG = `mutation ($input: LogHoursInput!) { logHours(input: $input) { id hours isoWeek } }`;
    const logged = await gateway<{ logHours: { id: string; hours: number; isoWeek: string } }>(
      LOG,
      {
        ...as.researcher,
        variables: {
          input: { engagementId, workDate: today, hours: 6, activityType: 'RESEARCH' },
        },
      },
    );
    expect(logged.data?.logHours).toMatchObject({ hours: 6, isoWeek: week });
    hourLogId = dataOf(logged).logHours.id;

    const over = await gateway(LOG, {
      ...as.researcher,
      variables: { input: { engagementId, workDate: today, hours: 3, activityType: 'MEETING' } },
    });
    expect(over.errors?.[0]).toMatchObject({
      message: `Cannot log hours: logging 3 h would bring week ${week} to 9 h, above the cap of 8 h (already 6 h logged).`,
      extensions: {
        code: 'BAD_USER_INPUT',
        rule: 'WEEKLY_CAP',
        week,
        capHours: 8,
        loggedHours: 6,
      },
    });

    const tooLong = await gateway(LOG, {
      ...as.researcher,
      variables: { input: { engagementId, workDate: today, hours: 30, activityType: 'OTHER' } },
    });
    expect(tooLong.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'hours' }] },
    });

    const corrected = await gateway<{
      correctHourLog: { hours: number; supersedes: string; history: { hours: number }[] };
    }>(
      `mutation ($id: UUID!, $input: CorrectHourLogInput!) {
         correctHourLog(id: $id, input: $input) { hours supersedes history { hours } } }`,
      { ...as.researcher, variables: { id: hourLogId, input: { hours: 5.5, note: 'review' } } },
    );
    expect(corrected.data?.correctHourLog).toEqual({
      hours: 5.5,
      supersedes: hourLogId,
      history: [{ hours: 5.5 }, { hours: 6 }],
    });

    const totals = await gateway<{ myHours: { period: string; hours: number }[] }>(
      `query ($from: LocalDate!, $to: LocalDate!) { myHours(by: WEEK, from: $from, to: $to) { period hours } }`,
      { ...as.researcher, variables: { from: addDays(today, -7), to: today } },
    );
    expect(totals.data?.myHours).toEqual([{ period: week, hours: 5.5 }]);
    const backwards = await gateway(
      `query ($from: LocalDate!, $to: LocalDate!) { myHours(by: MONTH, from: $from, to: $to) { hours } }`,
      { ...as.researcher, variables: { from: today, to: addDays(today, -7) } },
    );
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
  });

  it('reads an engagement with its researcher, consortium, host, disclosures and hours', async () => {
    const response = await gateway<{
      engagement: Record<string, unknown>;
    }>(
      `query ($id: UUID!) { engagement(id: $id) {
         status committedHoursPerWeek startDate
         researcher { id displayName university { name } }
         consortium { id }
         host { id }
         disclosures { version payBand }
         hourLogs(first: 5) { hours history { hours } }
      } }`,
      { ...as.researcher, variables: { id: engagementId } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.engagement).toEqual({
      status: 'ACTIVE',
      committedHoursPerWeek: 4,
      startDate: addDays(today, -30),
      researcher: {
        id: researcherId,
        displayName: expect.stringMatching(/^Person /),
        university: { name: university.name },
      },
      consortium: { id: consortiumId },
      host: { id: hostId },
      disclosures: [{ version: 1, payBand: 'UNDER_10M' }],
      hourLogs: [{ hours: 5.5, history: [{ hours: 5.5 }, { hours: 6 }] }],
    });
  });

  it('lets a university’s HR client read its own faculty’s engagements and hours, not another’s', async () => {
    const own = await gateway<{ engagement: { id: string } }>(ENGAGEMENT, {
      ...as.hrClient,
      variables: { id: engagementId },
    });
    expect(own.data?.engagement.id).toBe(engagementId);
    const foreign = await gateway(ENGAGEMENT, {
      ...as.hrClient,
      variables: { id: otherEngagementId },
    });
    expect(errorCode(foreign)).toBe('FORBIDDEN');

    const LIST = `query ($u: UUID!) { engagements(first: 10, filter: { universityId: $u }) {
      nodes { id } pageInfo { hasNextPage } } }`;
    const ours = await gateway<{ engagements: { nodes: { id: string }[] } }>(LIST, {
      ...as.hrClient,
      variables: { u: university.id },
    });
    expect(ours.data?.engagements.nodes).toEqual([{ id: engagementId }]);
    const theirs = await gateway<{ engagements: { nodes: { id: string }[] } }>(LIST, {
      ...as.hrClient,
      variables: { u: otherUniversity.id },
    });
    expect(theirs.data?.engagements.nodes).toEqual([]);

    const FACULTY = `query ($u: UUID!) { faculty(universityId: $u) {
      researcherId displayName committedHoursPerWeek hoursThisWeek } }`;
    const faculty = await gateway<{
      faculty: { researcherId: string; committedHoursPerWeek: number; hoursThisWeek: number }[];
    }>(FACULTY, { ...as.hrClient, variables: { u: university.id } });
    expect(faculty.data?.faculty).toEqual([
      expect.objectContaining({ researcherId, committedHoursPerWeek: 4, hoursThisWeek: 5.5 }),
    ]);
    expect(
      errorCode(await gateway(FACULTY, { ...as.hrClient, variables: { u: otherUniversity.id } })),
    ).toBe('FORBIDDEN');

    const CSV = `query ($u: UUID!, $from: LocalDate!, $to: LocalDate!) {
      hourLogsCsv(universityId: $u, from: $from, to: $to) }`;
    const range = { from: addDays(today, -30), to: today };
    const csv = await gateway<{ hourLogsCsv: string }>(CSV, {
      ...as.hrClient,
      variables: { u: university.id, ...range },
    });
    const lines = dataOf(csv).hourLogsCsv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'work_date,iso_week,hours,activity_type,orcid,researcher,consortium,host_firm,engagement_id,note',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${today},${week},5.5`);
    expect(lines[1]).toContain(engagementId);
    const otherCsv = await gateway(CSV, {
      ...as.hrClient,
      variables: { u: otherUniversity.id, ...range },
    });
    expect(errorCode(otherCsv)).toBe('FORBIDDEN');
    const asOfficer = await gateway<{ hourLogsCsv: string }>(CSV, {
      ...as.officer,
      variables: { u: university.id, ...range },
    });
    expect(asOfficer.data?.hourLogsCsv).toBe(csv.data?.hourLogsCsv);

    const HOURS = `query ($r: UUID!, $from: LocalDate!, $to: LocalDate!) {
      researcherHours(researcherId: $r, by: WEEK, from: $from, to: $to) { period hours } }`;
    const hours = await gateway<{ researcherHours: { period: string; hours: number }[] }>(HOURS, {
      ...as.hrClient,
      variables: { r: researcherId, ...range },
    });
    expect(hours.data?.researcherHours).toEqual([{ period: week, hours: 5.5 }]);
    expect(
      errorCode(await gateway(HOURS, { ...as.stranger, variables: { r: researcherId, ...range } })),
    ).toBe('FORBIDDEN');
  });

  it('keeps engagements from strangers, anonymous callers and clients without engagements:read', async () => {
    const outcomes = await Promise.all(
      (['stranger', 'anonymous', 'directoryClient', 'lead', 'officer'] as const).map(
        async (actor) =>
          [
            actor,
            errorCode(
              await gateway(ENGAGEMENT, { ...as[actor], variables: { id: engagementId } }),
            ) ?? 'OK',
          ] as const,
      ),
    );
    expect(Object.fromEntries(outcomes)).toEqual({
      stranger: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
      directoryClient: 'FORBIDDEN',
      lead: 'OK',
      officer: 'OK',
    });
    const listed = await gateway<{ engagements: { nodes: unknown[] } }>(
      `query { engagements { nodes { id } } }`,
      as.stranger,
    );
    expect(listed.data?.engagements.nodes).toEqual([]);
    const researcherProfile = await gateway(`query ($id: UUID!) { researcher(id: $id) { id } }`, {
      ...as.stranger,
      variables: { id: researcherId },
    });
    expect(errorCode(researcherProfile)).toBe('FORBIDDEN');
  });

  it('pages engagements newest first with a cursor, and refuses a forged one', async () => {
    const PAGE = `query ($after: String, $c: UUID!) {
      engagements(first: 1, after: $after, filter: { consortiumId: $c }) {
        nodes { id } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      engagements: {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = dataOf(
      await gateway<Page>(PAGE, { ...as.operator, variables: { c: consortiumId } }),
    ).engagements;
    expect(first.nodes).toEqual([{ id: engagementId }]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(
      await gateway<Page>(PAGE, {
        ...as.operator,
        variables: { c: consortiumId, after: first.pageInfo.endCursor },
      }),
    ).engagements;
    expect(second.nodes).toEqual([{ id: otherEngagementId }]);
    const forged = await gateway(PAGE, {
      ...as.operator,
      variables: {
        c: consortiumId,
        after: Buffer.from('["not a time","x"]').toString('base64url'),
      },
    });
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
  });

  it('shows the consortium’s researchers to its lead and the national figures to operators', async () => {
    const QUERY = `query ($c: UUID!) { consortiumResearchers(consortiumId: $c) {
      engagementId displayName hoursTotal engagement { status } } }`;
    const byLead = await gateway<{
      consortiumResearchers: { engagementId: string; hoursTotal: number }[];
    }>(QUERY, { ...as.lead, variables: { c: consortiumId } });
    expect(byLead.data?.consortiumResearchers).toEqual([
      expect.objectContaining({
        engagementId,
        hoursTotal: 5.5,
        engagement: { status: 'ACTIVE' },
      }),
    ]);
    const byStranger = await gateway(QUERY, { ...as.stranger, variables: { c: consortiumId } });
    expect(errorCode(byStranger)).toBe('FORBIDDEN');

    const FIGURES = `query { nationalEngagementFigures {
      engagedResearchers target byVertical { key researchers } byRegion { key researchers } } }`;
    const figures = await gateway<{
      nationalEngagementFigures: {
        engagedResearchers: number;
        target: number;
        byVertical: { key: string; researchers: number }[];
      };
    }>(FIGURES, as.operator);
    expect(figures.data?.nationalEngagementFigures).toMatchObject({ target: 200_000 });
    expect(figures.data?.nationalEngagementFigures.engagedResearchers).toBeGreaterThanOrEqual(1);
    expect(figures.data?.nationalEngagementFigures.byVertical).toContainEqual({
      key: 'MANUFACTURING',
      researchers: expect.any(Number),
    });
    expect(errorCode(await gateway(FIGURES, as.researcher))).toBe('FORBIDDEN');
  });
});
