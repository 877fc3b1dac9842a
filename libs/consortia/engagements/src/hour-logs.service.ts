import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { type Principal } from '@vcp/platform/auth';
import { inTransaction } from '@vcp/platform/database';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@vcp/platform/graphql';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { type ActivityType, EngagementStatus } from './engagement-enums';
import { EngagementEntity, HourLogEntity, type ResearcherEntity } from './engagement.entities';
import { EngagementsService, lockResearcher } from './engagements.service';
import {
  correctionProblem,
  dailyHoursProblem,
  entryDateProblem,
  MAX_HOURS_PER_DAY,
  weeklyHoursProblem,
} from './hour-limits';
import { assertDateRange } from './date-range';
import { isoWeekOf, seoulToday } from './iso-week';
import { ResearchersService } from './researchers.service';
import { UniversitiesService } from './universities.service';

export interface NewHourLog {
  engagementId: string;
  workDate: string;
  hours: number;
  activityType: ActivityType;
  note?: string | null;
}

export interface HourLogCorrection {
  hours?: number;
  activityType?: ActivityType;
  note?: string | null;
}

export interface HoursByPeriod {
  period: string;
  hours: number;
}

/**
 * Daily hour logs. Each write locks the researcher's row and then sums the week, so two entries
 * that together pass the weekly cap cannot both succeed; a correction is a new row, the old one
 * keeps its values.
 */
@Injectable()
export class HourLogsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly researchers: ResearchersService,
    private readonly universities: UniversitiesService,
    private readonly engagements: EngagementsService,
    private readonly audit: AuditLogService,
  ) {}

  async log(input: NewHourLog, by: Principal): Promise<HourLogEntity> {
    const researcher = await this.researchers.requireOwn(by);
    assertDailyHours(input.hours);
    return inTransaction(this.db, async (manager) => {
      await lockResearcher(manager, researcher.id);
      // Locked so an officer's revocation cannot slip in between the check and the entry.
      let engagement = await manager.findOne(EngagementEntity, {
        where: { id: input.engagementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!engagement) throw new NotFoundError('Engagement', input.engagementId);
      const policy = await this.universities.lockedPolicyOf(manager, researcher.universityId);
      if (engagement.researcherId !== researcher.id) {
        throw new ForbiddenError('Hours are logged by the engagement’s own researcher.');
      }
      if (
        engagement.status !== EngagementStatus.APPROVED &&
        engagement.status !== EngagementStatus.ACTIVE
      ) {
        throw new ConflictError(
          `The engagement is ${engagement.status}; hours are logged only on approved, active engagements.`,
          { rule: 'ENGAGEMENT_LIFECYCLE' },
        );
      }
      const dateProblem = entryDateProblem(input.workDate, {
        startDate: engagement.startDate,
        endDate: engagement.endDate,
        approvedOn: engagement.approvedOn,
        today: seoulToday(),
      });
      if (dateProblem) {
        throw new BadUserInputError(`Cannot log hours: ${dateProblem}.`, {
          rule: 'ENTRY_DATE',
          fields: [{ field: 'workDate', message: dateProblem }],
        });
      }
      await this.assertWithinLimits(
        manager,
        researcher,
        policy.weeklyCapHours,
        input.workDate,
        input.hours,
        0,
      );
      const week = isoWeekOf(input.workDate);
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO consortia.hour_logs
           (engagement_id, researcher_id, work_date, iso_week, hours, activity_type, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          engagement.id,
          researcher.id,
          input.workDate,
          week.label,
          input.hours,
          input.activityType,
          input.note?.trim() || null,
          researcher.userId,
        ],
      );
      const entry = await manager.findOneByOrFail(HourLogEntity, { id });
      await this.record(manager, 'hour_log.logged', by, engagement, null, entry);
      if (engagement.status === EngagementStatus.APPROVED) {
        engagement = await this.engagements.startWithin(manager, engagement, by);
      }
      return entry;
    });
  }

  /** Replaces an entry with a corrected one, for 14 days after its date; the old one is kept. */
  async correct(
    hourLogId: string,
    changes: HourLogCorrection,
    by: Principal,
  ): Promise<HourLogEntity> {
    const researcher = await this.researchers.requireOwn(by);
    if (changes.hours !== undefined) assertDailyHours(changes.hours);
    return inTransaction(this.db, async (manager) => {
      await lockResearcher(manager, researcher.id);
      const policy = await this.universities.lockedPolicyOf(manager, researcher.universityId);
      const before = await manager.findOneBy(HourLogEntity, { id: hourLogId });
      if (!before || before.researcherId !== researcher.id)
        throw new NotFoundError('Hour log', hourLogId);
      if (before.supersededAt) {
        throw new ConflictError('This entry was already corrected; correct its latest version.', {
          rule: 'CORRECT_LATEST',
        });
      }
      const locked = correctionProblem(before.workDate, seoulToday());
      if (locked)
        throw new ConflictError(`Cannot correct: ${locked}.`, { rule: 'CORRECTION_WINDOW' });
      const engagement = await manager.findOne(EngagementEntity, {
        where: { id: before.engagementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!engagement || engagement.status === EngagementStatus.REVOKED) {
        throw new ConflictError('The engagement was revoked; its hours can no longer change.', {
          rule: 'ENGAGEMENT_LIFECYCLE',
        });
      }
      const hours = changes.hours ?? before.hours;
      // Taking hours away is always allowed, even in a week already over a since-lowered cap.
      if (hours > before.hours) {
        await this.assertWithinLimits(
          manager,
          researcher,
          policy.weeklyCapHours,
          before.workDate,
          hours,
          before.hours,
        );
      }
      await manager.update(HourLogEntity, { id: before.id }, { supersededAt: new Date() });
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO consortia.hour_logs
           (engagement_id, researcher_id, work_date, iso_week, hours, activity_type, note, created_by, supersedes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          before.engagementId,
          researcher.id,
          before.workDate,
          before.isoWeek,
          hours,
          changes.activityType ?? before.activityType,
          changes.note === undefined ? before.note : changes.note?.trim() || null,
          researcher.userId,
          before.id,
        ],
      );
      const after = await manager.findOneByOrFail(HourLogEntity, { id });
      await this.record(manager, 'hour_log.corrected', by, engagement, before, after);
      return after;
    });
  }

  /** An entry and the versions it replaced, newest first. */
  async history(hourLogId: string): Promise<HourLogEntity[]> {
    return (await this.histories([hourLogId]))[0];
  }

  /** The histories of many entries in one recursive query (for DataLoader). */
  async histories(hourLogIds: readonly string[]): Promise<HourLogEntity[][]> {
    const rows = await this.db.query<(HourLogEntity & { root: string })[]>(
      `WITH RECURSIVE chain AS (
         SELECT h.*, h.id AS root FROM consortia.hour_logs h WHERE h.id = ANY ($1::uuid[])
         UNION ALL
         SELECT h.*, c.root FROM consortia.hour_logs h JOIN chain c ON h.id = c.supersedes
       )
       SELECT root, id, engagement_id AS "engagementId", researcher_id AS "researcherId",
              to_char(work_date, 'YYYY-MM-DD') AS "workDate", iso_week AS "isoWeek",
              hours::float8 AS hours, activity_type AS "activityType", note, created_by AS "createdBy",
              created_at AS "createdAt", supersedes, superseded_at AS "supersededAt"
         FROM chain ORDER BY created_at DESC`,
      [[...hourLogIds]],
    );
    return hourLogIds.map((id) =>
      rows
        .filter((row) => row.root === id)
        .map(({ root: _root, ...row }) => Object.assign(new HourLogEntity(), row)),
    );
  }

  /** Current entries of many engagements, up to `limit` each, newest date first (for DataLoader). */
  async entriesOfMany(engagementIds: readonly string[], limit: number): Promise<HourLogEntity[][]> {
    const rows = await this.db.query<(HourLogEntity & { position: string })[]>(
      `SELECT ranked.* FROM (
         SELECT h.id, h.engagement_id AS "engagementId", h.researcher_id AS "researcherId",
                to_char(h.work_date, 'YYYY-MM-DD') AS "workDate", h.iso_week AS "isoWeek",
                h.hours::float8 AS hours, h.activity_type AS "activityType", h.note,
                h.created_by AS "createdBy", h.created_at AS "createdAt", h.supersedes,
                h.superseded_at AS "supersededAt",
                row_number() OVER (PARTITION BY h.engagement_id ORDER BY h.work_date DESC, h.created_at DESC) AS position
           FROM consortia.hour_logs h
          WHERE h.engagement_id = ANY ($1::uuid[]) AND h.superseded_at IS NULL
       ) ranked WHERE ranked.position <= $2`,
      [[...engagementIds], limit],
    );
    return engagementIds.map((id) =>
      rows
        .filter((row) => row.engagementId === id)
        .map(({ position: _position, ...row }) => Object.assign(new HourLogEntity(), row)),
    );
  }

  /** Current entries of an engagement, newest date first. */
  entriesOf(engagementId: string, limit = 200): Promise<HourLogEntity[]> {
    return this.db.getRepository(HourLogEntity).find({
      where: { engagementId, supersededAt: IsNull() },
      order: { workDate: 'DESC', createdAt: 'DESC' },
      take: limit,
    });
  }

  /** A researcher's hours per ISO week (or per month), across all engagements, newest first. */
  async totals(
    researcherId: string,
    by: 'week' | 'month',
    from: string,
    to: string,
  ): Promise<HoursByPeriod[]> {
    assertDateRange(from, to);
    const period = by === 'week' ? 'iso_week' : `to_char(work_date, 'YYYY-MM')`;
    const rows = await this.db.query<{ period: string; hours: string }[]>(
      `SELECT ${period} AS period, sum(hours) AS hours FROM consortia.hour_logs
        WHERE researcher_id = $1 AND superseded_at IS NULL AND work_date BETWEEN $2 AND $3
        GROUP BY 1 ORDER BY 1 DESC`,
      [researcherId, from, to],
    );
    return rows.map((row) => ({ period: row.period, hours: Number(row.hours) }));
  }

  private async assertWithinLimits(
    manager: EntityManager,
    researcher: ResearcherEntity,
    capHours: number,
    workDate: string,
    hours: number,
    replacing: number,
  ): Promise<void> {
    const week = isoWeekOf(workDate);
    const [{ day, weekTotal }] = await manager.query<{ day: string; weekTotal: string }[]>(
      `SELECT coalesce(sum(hours) FILTER (WHERE work_date = $2), 0) AS day,
              coalesce(sum(hours), 0) AS "weekTotal"
         FROM consortia.hour_logs
        WHERE researcher_id = $1 AND iso_week = $3 AND superseded_at IS NULL`,
      [researcher.id, workDate, week.label],
    );
    const dayTotal = Number(day) - replacing + hours;
    if (dayTotal > MAX_HOURS_PER_DAY) {
      throw new BadUserInputError(
        `Cannot log ${hours} h on ${workDate}: the day would total ${dayTotal} h across engagements, more than ${MAX_HOURS_PER_DAY} h.`,
        { rule: 'DAILY_HOURS' },
      );
    }
    const problem = weeklyHoursProblem(capHours, week.label, Number(weekTotal) - replacing, hours);
    if (problem) {
      throw new BadUserInputError(`Cannot log hours: ${problem}.`, {
        rule: 'WEEKLY_CAP',
        capHours,
        week: week.label,
        loggedHours: Number(weekTotal) - replacing,
      });
    }
  }

  private record(
    manager: EntityManager,
    action: string,
    by: Principal,
    engagement: EngagementEntity,
    before: HourLogEntity | null,
    after: HourLogEntity,
  ): Promise<void> {
    return this.audit.record(manager, {
      actor: actorOf(by),
      action,
      entityType: AuditEntityType.HOUR_LOG,
      entityId: after.id,
      consortiumId: engagement.consortiumId,
      organizationId: engagement.universityId,
      before,
      after,
    });
  }
}

function assertDailyHours(hours: number): void {
  const problem = dailyHoursProblem(hours);
  if (problem) {
    throw new BadUserInputError(`Cannot log hours: ${problem}.`, {
      rule: 'DAILY_HOURS',
      fields: [{ field: 'hours', message: problem }],
    });
  }
}
