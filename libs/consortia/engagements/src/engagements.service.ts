import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { ConsortiumsService, ConsortiumStatus } from '@vcp/consortia/consortiums';
import { OrganizationsService } from '@vcp/consortia/organizations';
import { type Principal, UsersService } from '@vcp/platform/auth';
import { inTransaction } from '@vcp/platform/database';
import { OutboxService, WebhookEventType } from '@vcp/platform/events';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@vcp/platform/graphql';
import { type DataSource, type EntityManager, In } from 'typeorm';
import {
  assertEngagementTransition,
  COMMITTED_STATUSES,
  EngagementStatus,
  type PayBand,
  type PayType,
} from './engagement-enums';
import { DisclosureEntity, EngagementEntity, type ResearcherEntity } from './engagement.entities';
import { committedHoursProblem } from './hour-limits';
import { isValidIsoDate, seoulToday } from './iso-week';
import { ResearchersService } from './researchers.service';
import { UniversitiesService } from './universities.service';

export interface NewEngagement {
  consortiumId: string;
  hostOrganizationId: string;
  role: string;
  startDate: string;
  endDate?: string | null;
  committedHoursPerWeek: number;
  payType: PayType;
}

export interface Disclosure {
  holdsEquity: boolean;
  equityDetails?: string | null;
  payBand: PayBand;
  familyTies: boolean;
  familyDetails?: string | null;
}

const FINAL = [EngagementStatus.REJECTED, EngagementStatus.ENDED, EngagementStatus.REVOKED];

/**
 * Dual-role engagements from draft to end. Approval and every change that counts hours lock the
 * researcher's row first, so two approvals cannot both slip under the university's cap.
 */
@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly researchers: ResearchersService,
    private readonly universities: UniversitiesService,
    private readonly consortiums: ConsortiumsService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLogService,
  ) {}

  /** A researcher drafts an engagement with a firm of a consortium. */
  async create(input: NewEngagement, by: Principal): Promise<EngagementEntity> {
    const researcher = await this.researchers.requireOwn(by);
    assertDates(input.startDate, input.endDate ?? null);
    if (!input.role.trim()) {
      throw new BadUserInputError('Describe the role (1 to 120 characters, not only spaces).', {
        rule: 'ROLE_REQUIRED',
        fields: [{ field: 'role', message: 'required' }],
      });
    }
    const consortium = await this.consortiums.findById(input.consortiumId);
    if (
      consortium.status !== ConsortiumStatus.ACTIVE &&
      consortium.status !== ConsortiumStatus.FORMING
    ) {
      throw new ConflictError(
        `${consortium.name} is ${consortium.status}; engagements start only in live consortiums.`,
        {
          rule: 'CONSORTIUM_LIFECYCLE',
        },
      );
    }
    const host = await this.organizations.findById(input.hostOrganizationId);
    if (!(await this.consortiums.isFirmOf(consortium, host.id))) {
      throw new BadUserInputError(
        `${host.name} is not a firm of ${consortium.name}; the host must be its anchor or an active firm member.`,
        {
          rule: 'HOST_IN_CONSORTIUM',
          fields: [{ field: 'hostOrganizationId', message: 'not a firm of the consortium' }],
        },
      );
    }
    return inTransaction(this.db, async (manager) => {
      await lockResearcher(manager, researcher.id);
      const [overlapping] = await manager.query<{ start_date: string; end_date: string | null }[]>(
        `SELECT to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
           FROM consortia.engagements
          WHERE researcher_id = $1 AND host_organization_id = $2
            AND status IN ('DRAFT','SUBMITTED','APPROVED','ACTIVE')
            AND daterange(start_date, end_date, '[]') && daterange($3::date, $4::date, '[]')
          LIMIT 1`,
        [researcher.id, host.id, input.startDate, input.endDate ?? null],
      );
      if (overlapping) {
        throw new ConflictError(
          `You already have an engagement with ${host.name} from ${overlapping.start_date}${overlapping.end_date ? ` to ${overlapping.end_date}` : ''}; engagements with one firm may not overlap.`,
          { rule: 'ENGAGEMENT_OVERLAP' },
        );
      }
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO consortia.engagements
           (researcher_id, university_id, consortium_id, vertical_code, host_organization_id, role,
            start_date, end_date, committed_hours_per_week, pay_type)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          researcher.id,
          researcher.universityId,
          consortium.id,
          consortium.verticalCode,
          host.id,
          input.role.trim(),
          input.startDate,
          input.endDate ?? null,
          input.committedHoursPerWeek,
          input.payType,
        ],
      );
      const engagement = await manager.findOneByOrFail(EngagementEntity, { id });
      await this.record(manager, 'engagement.drafted', by, null, engagement);
      return engagement;
    });
  }

  /** A new version of the conflict-of-interest disclosure; earlier versions stay as they were. */
  async declareDisclosure(
    engagementId: string,
    disclosure: Disclosure,
    by: Principal,
  ): Promise<DisclosureEntity> {
    const researcher = await this.researchers.requireOwn(by);
    if (disclosure.holdsEquity && !disclosure.equityDetails?.trim()) {
      throw new BadUserInputError('Describe the equity held (company and share).', {
        rule: 'DISCLOSURE_DETAILS',
        fields: [{ field: 'equityDetails', message: 'required when holdsEquity is true' }],
      });
    }
    if (disclosure.familyTies && !disclosure.familyDetails?.trim()) {
      throw new BadUserInputError('Describe the family ties with the host firm.', {
        rule: 'DISCLOSURE_DETAILS',
        fields: [{ field: 'familyDetails', message: 'required when familyTies is true' }],
      });
    }
    return inTransaction(this.db, async (manager) => {
      const engagement = await this.lockOwn(manager, engagementId, researcher);
      if (FINAL.includes(engagement.status)) {
        throw new ConflictError(
          `The engagement is ${engagement.status}; its disclosure can no longer change.`,
          {
            rule: 'ENGAGEMENT_LIFECYCLE',
          },
        );
      }
      const [{ version }] = await manager.query<{ version: number }[]>(
        `SELECT coalesce(max(version), 0) + 1 AS version FROM consortia.coi_disclosures WHERE engagement_id = $1`,
        [engagementId],
      );
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO consortia.coi_disclosures
           (engagement_id, version, holds_equity, equity_details, pay_band, family_ties, family_details, declared_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          engagementId,
          version,
          disclosure.holdsEquity,
          disclosure.holdsEquity ? disclosure.equityDetails?.trim() : null,
          disclosure.payBand,
          disclosure.familyTies,
          disclosure.familyTies ? disclosure.familyDetails?.trim() : null,
          researcher.userId,
        ],
      );
      const saved = await manager.findOneByOrFail(DisclosureEntity, { id });
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'engagement.disclosure_declared',
        entityType: AuditEntityType.ENGAGEMENT,
        entityId: engagementId,
        consortiumId: engagement.consortiumId,
        organizationId: engagement.universityId,
        after: saved,
      });
      return saved;
    });
  }

  /**
   * DRAFT → SUBMITTED, with a disclosure on file. Competing engagements are flagged for the
   * officer. Where the university does not require approval, an unflagged submission within the
   * cap is approved at once.
   */
  async submit(engagementId: string, by: Principal): Promise<EngagementEntity> {
    const researcher = await this.researchers.requireOwn(by);
    return inTransaction(this.db, async (manager) => {
      await lockResearcher(manager, researcher.id);
      const policy = await this.universities.lockedPolicyOf(manager, researcher.universityId);
      const before = await this.lockOwn(manager, engagementId, researcher);
      assertEngagementTransition(before.status, EngagementStatus.SUBMITTED);
      await this.assertHostStillInConsortium(before);
      const disclosures = await manager.countBy(DisclosureEntity, { engagementId });
      if (disclosures === 0) {
        throw new BadUserInputError(
          'Declare the conflict-of-interest disclosure (equity, pay band, family ties) before submitting.',
          { rule: 'DISCLOSURE_REQUIRED' },
        );
      }
      const competing = await this.competingWith(manager, before);
      await manager.update(
        EngagementEntity,
        { id: engagementId },
        {
          status: EngagementStatus.SUBMITTED,
          submittedAt: new Date(),
          competingEngagementIds: competing,
          statusChangedAt: new Date(),
        },
      );
      let after = await manager.findOneByOrFail(EngagementEntity, { id: engagementId });
      await this.record(manager, 'engagement.submitted', by, before, after);
      if (!policy.approvalRequired && competing.length === 0) {
        after = await this.approveWithin(manager, after, researcher, by, false);
      }
      return after;
    });
  }

  /** SUBMITTED → APPROVED by an officer of the researcher's university, within its cap. */
  async approve(
    engagementId: string,
    acknowledgeCompeting: boolean,
    by: Principal,
  ): Promise<EngagementEntity> {
    const found = await this.findById(engagementId);
    await this.universities.assertOfficer(by, found.universityId);
    const researcher = await this.researchers.findById(found.researcherId);
    assertNotOwnDecision(by, researcher);
    return inTransaction(this.db, async (manager) => {
      await lockResearcher(manager, researcher.id);
      const before = await lockEngagement(manager, engagementId);
      assertEngagementTransition(before.status, EngagementStatus.APPROVED);
      await this.assertHostStillInConsortium(before);
      return this.approveWithin(manager, before, researcher, by, acknowledgeCompeting);
    });
  }

  reject(engagementId: string, reason: string, by: Principal): Promise<EngagementEntity> {
    return this.decide(engagementId, EngagementStatus.REJECTED, reason, by, 'engagement.rejected');
  }

  /** The officer withdraws approval (or the submission) at any point before the end. */
  revoke(engagementId: string, reason: string, by: Principal): Promise<EngagementEntity> {
    return this.decide(engagementId, EngagementStatus.REVOKED, reason, by, 'engagement.revoked');
  }

  /** APPROVED → ACTIVE once the start date has come; the researcher or an officer. */
  async activate(engagementId: string, by: Principal): Promise<EngagementEntity> {
    const found = await this.findById(engagementId);
    await this.assertResearcherOrOfficer(by, found);
    return inTransaction(this.db, async (manager) => {
      const before = await lockEngagement(manager, engagementId);
      assertEngagementTransition(before.status, EngagementStatus.ACTIVE);
      const today = seoulToday();
      if (before.startDate > today) {
        throw new ConflictError(
          `The engagement starts on ${before.startDate}; it can be activated from then.`,
          {
            rule: 'ENGAGEMENT_DATES',
          },
        );
      }
      return this.changeStatus(
        manager,
        before,
        EngagementStatus.ACTIVE,
        null,
        by,
        'engagement.activated',
      );
    });
  }

  /** APPROVED or ACTIVE → ENDED; the researcher or an officer. */
  async end(engagementId: string, by: Principal): Promise<EngagementEntity> {
    const found = await this.findById(engagementId);
    await this.assertResearcherOrOfficer(by, found);
    return inTransaction(this.db, async (manager) => {
      const before = await lockEngagement(manager, engagementId);
      assertEngagementTransition(before.status, EngagementStatus.ENDED);
      return this.changeStatus(
        manager,
        before,
        EngagementStatus.ENDED,
        null,
        by,
        'engagement.ended',
      );
    });
  }

  /** Within a transaction that holds the researcher's lock: moves APPROVED → ACTIVE when hours are logged. */
  async startWithin(
    manager: EntityManager,
    engagement: EngagementEntity,
    by: Principal,
  ): Promise<EngagementEntity> {
    return this.changeStatus(
      manager,
      engagement,
      EngagementStatus.ACTIVE,
      null,
      by,
      'engagement.activated',
    );
  }

  async findById(id: string): Promise<EngagementEntity> {
    const engagement = await this.db.getRepository(EngagementEntity).findOneBy({ id });
    if (!engagement) throw new NotFoundError('Engagement', id);
    return engagement;
  }

  async findByIds(ids: readonly string[]): Promise<(EngagementEntity | null)[]> {
    const rows = await this.db.getRepository(EngagementEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Disclosures of many engagements in one query, each list newest version first (for DataLoader). */
  async disclosuresOfMany(engagementIds: readonly string[]): Promise<DisclosureEntity[][]> {
    const rows = await this.db.getRepository(DisclosureEntity).find({
      where: { engagementId: In([...engagementIds]) },
      order: { version: 'DESC' },
    });
    return engagementIds.map((id) => rows.filter((row) => row.engagementId === id));
  }

  disclosuresOf(engagementId: string): Promise<DisclosureEntity[]> {
    return this.db
      .getRepository(DisclosureEntity)
      .find({ where: { engagementId }, order: { version: 'DESC' } });
  }

  private async approveWithin(
    manager: EntityManager,
    before: EngagementEntity,
    researcher: ResearcherEntity,
    by: Principal,
    acknowledgeCompeting: boolean,
  ): Promise<EngagementEntity> {
    const competing = await this.competingWith(manager, before);
    if (competing.length > 0 && !acknowledgeCompeting) {
      throw new BadUserInputError(
        `The researcher also works, in the ${before.verticalCode} vertical, for a firm of another consortium (engagements ${competing.join(', ')}); acknowledge the competing-firm flag to approve.`,
        { rule: 'COMPETING_FIRM_ACKNOWLEDGEMENT', competingEngagementIds: competing },
      );
    }
    const policy = await this.universities.lockedPolicyOf(manager, researcher.universityId);
    // Engagements past their end date no longer count, even before anyone ends them.
    const [{ committed }] = await manager.query<{ committed: string }[]>(
      `SELECT coalesce(sum(committed_hours_per_week), 0) AS committed FROM consortia.engagements
        WHERE researcher_id = $1 AND id <> $2 AND status = ANY ($3::text[])
          AND (end_date IS NULL OR end_date >= $4::date)`,
      [researcher.id, before.id, [...COMMITTED_STATUSES], seoulToday()],
    );
    const person = await this.users.findById(researcher.userId);
    const problem = committedHoursProblem(
      policy.weeklyCapHours,
      Number(committed),
      before.committedHoursPerWeek,
      person.displayName,
    );
    if (problem) {
      throw new BadUserInputError(`Cannot approve: ${problem}.`, {
        rule: 'WEEKLY_CAP',
        capHours: policy.weeklyCapHours,
        committedHours: Number(committed),
      });
    }
    const acknowledger = by.kind === 'user' ? by.userId : null;
    await manager.update(
      EngagementEntity,
      { id: before.id },
      {
        status: EngagementStatus.APPROVED,
        approvedOn: seoulToday(),
        decidedBy: acknowledger,
        competingEngagementIds: competing,
        ...(competing.length
          ? { competingAcknowledgedBy: acknowledger, competingAcknowledgedAt: new Date() }
          : {}),
        statusChangedAt: new Date(),
      },
    );
    const after = await manager.findOneByOrFail(EngagementEntity, { id: before.id });
    await this.record(manager, 'engagement.approved', by, before, after);
    return after;
  }

  private async decide(
    engagementId: string,
    to: EngagementStatus.REJECTED | EngagementStatus.REVOKED,
    reason: string,
    by: Principal,
    action: string,
  ): Promise<EngagementEntity> {
    const found = await this.findById(engagementId);
    await this.universities.assertOfficer(by, found.universityId);
    assertNotOwnDecision(by, await this.researchers.findById(found.researcherId));
    return inTransaction(this.db, async (manager) => {
      const before = await lockEngagement(manager, engagementId);
      assertEngagementTransition(before.status, to);
      return this.changeStatus(manager, before, to, reason, by, action, {
        decidedBy: actorOf(by).id,
      });
    });
  }

  /** Active or approved engagements of the same researcher in the same vertical, other consortiums. */
  private async competingWith(
    manager: EntityManager,
    engagement: EngagementEntity,
  ): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM consortia.engagements
        WHERE researcher_id = $1 AND id <> $2 AND vertical_code = $3 AND consortium_id <> $4
          AND status = ANY ($5::text[]) AND (end_date IS NULL OR end_date >= $6::date)
        ORDER BY created_at`,
      [
        engagement.researcherId,
        engagement.id,
        engagement.verticalCode,
        engagement.consortiumId,
        [...COMMITTED_STATUSES],
        seoulToday(),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** The host must still be a firm of the consortium when the engagement is submitted and approved. */
  private async assertHostStillInConsortium(engagement: EngagementEntity): Promise<void> {
    const consortium = await this.consortiums.findById(engagement.consortiumId);
    if (!(await this.consortiums.isFirmOf(consortium, engagement.hostOrganizationId))) {
      throw new ConflictError(
        `The host firm is no longer an active firm of ${consortium.name}; end or re-draft the engagement.`,
        { rule: 'HOST_IN_CONSORTIUM' },
      );
    }
  }

  private async lockOwn(
    manager: EntityManager,
    engagementId: string,
    researcher: ResearcherEntity,
  ) {
    const engagement = await lockEngagement(manager, engagementId);
    if (engagement.researcherId !== researcher.id) {
      throw new ForbiddenError('Only the researcher can change their own engagement.');
    }
    return engagement;
  }

  private async assertResearcherOrOfficer(
    by: Principal,
    engagement: EngagementEntity,
  ): Promise<void> {
    const own = by.kind === 'user' ? await this.researchers.findByUser(by.userId) : null;
    if (own?.id === engagement.researcherId) return;
    await this.universities.assertOfficer(by, engagement.universityId);
  }

  private async changeStatus(
    manager: EntityManager,
    before: EngagementEntity,
    to: EngagementStatus,
    reason: string | null,
    by: Principal,
    action: string,
    extra: Partial<EngagementEntity> = {},
  ): Promise<EngagementEntity> {
    await manager.update(
      EngagementEntity,
      { id: before.id },
      { status: to, statusReason: reason, statusChangedAt: new Date(), ...extra },
    );
    const after = await manager.findOneByOrFail(EngagementEntity, { id: before.id });
    await this.record(manager, action, by, before, after);
    return after;
  }

  /** Audits the change and, for approvals and revocations, records the event partners receive. */
  private async record(
    manager: EntityManager,
    action: string,
    by: Principal,
    before: EngagementEntity | null,
    after: EngagementEntity,
  ): Promise<void> {
    await this.audit.record(manager, {
      actor: actorOf(by),
      action,
      entityType: AuditEntityType.ENGAGEMENT,
      entityId: after.id,
      consortiumId: after.consortiumId,
      organizationId: after.universityId,
      before,
      after,
    });
    const type = PUBLISHED_ENGAGEMENT_EVENTS.find((event) => event === action);
    if (type) {
      // A university's HR client reads its own faculty's engagements, so only it hears of them.
      await this.outbox.record(manager, {
        type,
        aggregate: { type: 'engagement', id: after.id },
        organizationIds: [after.universityId],
        data: {
          engagementId: after.id,
          researcherId: after.researcherId,
          universityId: after.universityId,
          consortiumId: after.consortiumId,
          hostOrganizationId: after.hostOrganizationId,
          startDate: after.startDate,
          endDate: after.endDate,
          committedHoursPerWeek: after.committedHoursPerWeek,
          status: after.status,
          reason: after.statusReason,
        },
      });
    }
  }
}

const PUBLISHED_ENGAGEMENT_EVENTS = [
  WebhookEventType.ENGAGEMENT_APPROVED,
  WebhookEventType.ENGAGEMENT_REVOKED,
] as const;

/** Officers decide on their colleagues' engagements, never on their own. */
function assertNotOwnDecision(by: Principal, researcher: ResearcherEntity): void {
  if (by.kind === 'user' && by.userId === researcher.userId) {
    throw new ForbiddenError('You cannot decide on your own engagement; another officer must.');
  }
}

/** Every change that counts a researcher's hours queues behind this row lock. */
export async function lockResearcher(manager: EntityManager, researcherId: string): Promise<void> {
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM consortia.researchers WHERE id = $1 FOR UPDATE`,
    [researcherId],
  );
  if (rows.length === 0) throw new NotFoundError('Researcher', researcherId);
}

async function lockEngagement(manager: EntityManager, id: string): Promise<EngagementEntity> {
  const engagement = await manager.findOne(EngagementEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!engagement) throw new NotFoundError('Engagement', id);
  return engagement;
}

function assertDates(startDate: string, endDate: string | null): void {
  for (const [field, value] of [
    ['startDate', startDate],
    ['endDate', endDate],
  ] as const) {
    if (value !== null && !isValidIsoDate(value)) {
      throw new BadUserInputError(
        `${field} must be a real date written YYYY-MM-DD; got ${value}.`,
        {
          rule: 'ENGAGEMENT_DATES',
          fields: [{ field, message: 'not a date' }],
        },
      );
    }
  }
  if (endDate !== null && endDate < startDate) {
    throw new BadUserInputError(
      `The engagement ends (${endDate}) before it starts (${startDate}).`,
      {
        rule: 'ENGAGEMENT_DATES',
        fields: [{ field: 'endDate', message: 'before startDate' }],
      },
    );
  }
}
