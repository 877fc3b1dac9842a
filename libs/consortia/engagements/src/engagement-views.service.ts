import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BadUserInputError,
  type Connection,
  type ConnectionArgs,
  decodeCursor,
  pageSize,
  toConnection,
} from '@vcp/platform/graphql';
import { type DataSource } from 'typeorm';
import { type EngagementScope } from './engagement-access.service';
import { assertDateRange } from './date-range';
import { EngagementStatus } from './engagement-enums';
import { EngagementEntity } from './engagement.entities';
import { isoWeekOf, monthOf, seoulToday } from './iso-week';

export interface FacultyMember {
  researcherId: string;
  userId: string;
  committedHoursPerWeek: number;
  activeEngagements: number;
  hoursThisWeek: number;
  hoursThisMonth: number;
}

export interface ConsortiumResearcher {
  engagementId: string;
  researcherId: string;
  userId: string;
  status: EngagementStatus;
  committedHoursPerWeek: number;
  hoursThisMonth: number;
  hoursTotal: number;
}

export interface EngagementListFilter {
  status?: EngagementStatus;
  consortiumId?: string;
  universityId?: string;
  researcherId?: string;
}

export interface EngagedResearchers {
  key: string;
  researchers: number;
}

/** Active and not past its end date (Korea time), whether or not anyone has ended it yet. */
const LIVE_ACTIVE = `status = 'ACTIVE' AND (end_date IS NULL OR end_date >= (now() AT TIME ZONE 'Asia/Seoul')::date)`;

/** Most rows one CSV export holds; a longer range is refused rather than cut short. */
export const MAX_CSV_ROWS = 100_000;

/** The program's target for advanced AI experts by 2030 (51,000 in 2023). */
export const AI_EXPERTS_TARGET_2030 = 200_000;

/** Read models over engagements and hours for officers, leads and the operator dashboard. */
@Injectable()
export class EngagementViewsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The engagements a caller's scope covers (their own, their universities', their consortiums',
   * or all for operators), narrowed by the filter, newest first.
   */
  async page(
    scope: EngagementScope,
    filter: EngagementListFilter,
    args: ConnectionArgs,
  ): Promise<Connection<EngagementEntity>> {
    const limit = pageSize(args);
    // Cursors carry milliseconds, so the order key is cut to the same precision.
    const key = `date_trunc('milliseconds', e.created_at)`;
    const query = this.db
      .getRepository(EngagementEntity)
      .createQueryBuilder('e')
      .orderBy(key, 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (!scope.all) {
      const reads: string[] = [];
      if (scope.researcherId) reads.push('e.researcher_id = :scopeResearcherId');
      if (scope.universityIds.length) reads.push('e.university_id IN (:...scopeUniversityIds)');
      if (scope.consortiumIds.length) {
        reads.push(
          `(e.consortium_id IN (:...scopeConsortiumIds) AND e.status IN ('APPROVED','ACTIVE','ENDED'))`,
        );
      }
      if (reads.length === 0) return toConnection([], limit, () => []);
      query.andWhere(`(${reads.join(' OR ')})`, {
        scopeResearcherId: scope.researcherId,
        scopeUniversityIds: scope.universityIds,
        scopeConsortiumIds: scope.consortiumIds,
      });
    }
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    if (filter.consortiumId) {
      query.andWhere('e.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
    }
    if (filter.universityId) {
      query.andWhere('e.university_id = :universityId', { universityId: filter.universityId });
    }
    if (filter.researcherId) {
      query.andWhere('e.researcher_id = :researcherId', { researcherId: filter.researcherId });
    }
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      query.andWhere(`(${key}, e.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))`, {
        createdAt,
        id,
      });
    }
    return toConnection(await query.getMany(), limit, (e) => [e.createdAt.toISOString(), e.id]);
  }

  /** Submissions waiting for these universities' officers, oldest first. */
  officerQueue(universityIds: string[]): Promise<EngagementEntity[]> {
    if (universityIds.length === 0) return Promise.resolve([]);
    return this.db
      .getRepository(EngagementEntity)
      .createQueryBuilder('e')
      .where('e.university_id IN (:...universityIds)', { universityIds })
      .andWhere('e.status = :status', { status: EngagementStatus.SUBMITTED })
      .orderBy('e.submitted_at', 'ASC')
      .limit(200)
      .getMany();
  }

  /** Every researcher of the university with their commitments and this week's and month's hours. */
  async faculty(universityId: string): Promise<FacultyMember[]> {
    const today = seoulToday();
    const rows = await this.db.query<
      {
        researcher_id: string;
        user_id: string;
        committed: string;
        active: string;
        week: string;
        month: string;
      }[]
    >(
      `SELECT r.id AS researcher_id, r.user_id,
              coalesce((SELECT sum(committed_hours_per_week) FROM consortia.engagements e
                         WHERE e.researcher_id = r.id AND e.status IN ('APPROVED','ACTIVE')), 0) AS committed,
              (SELECT count(*) FROM consortia.engagements e
                WHERE e.researcher_id = r.id AND e.status = 'ACTIVE') AS active,
              coalesce((SELECT sum(hours) FROM consortia.hour_logs h
                         WHERE h.researcher_id = r.id AND h.superseded_at IS NULL AND h.iso_week = $2), 0) AS week,
              coalesce((SELECT sum(hours) FROM consortia.hour_logs h
                         WHERE h.researcher_id = r.id AND h.superseded_at IS NULL
                           AND to_char(h.work_date, 'YYYY-MM') = $3), 0) AS month
         FROM consortia.researchers r
        WHERE r.university_id = $1
        ORDER BY r.created_at
        LIMIT 1000`,
      [universityId, isoWeekOf(today).label, monthOf(today)],
    );
    return rows.map((row) => ({
      researcherId: row.researcher_id,
      userId: row.user_id,
      committedHoursPerWeek: Number(row.committed),
      activeEngagements: Number(row.active),
      hoursThisWeek: Number(row.week),
      hoursThisMonth: Number(row.month),
    }));
  }

  /** The consortium's researchers, with this month's and all logged hours. */
  async consortiumResearchers(consortiumId: string): Promise<ConsortiumResearcher[]> {
    const rows = await this.db.query<
      {
        id: string;
        researcher_id: string;
        user_id: string;
        status: EngagementStatus;
        committed: string;
        month: string;
        total: string;
      }[]
    >(
      `SELECT e.id, e.researcher_id, r.user_id, e.status, e.committed_hours_per_week AS committed,
              coalesce(sum(h.hours) FILTER (WHERE to_char(h.work_date, 'YYYY-MM') = $2), 0) AS month,
              coalesce(sum(h.hours), 0) AS total
         FROM consortia.engagements e
         JOIN consortia.researchers r ON r.id = e.researcher_id
         LEFT JOIN consortia.hour_logs h ON h.engagement_id = e.id AND h.superseded_at IS NULL
        WHERE e.consortium_id = $1 AND e.status IN ('APPROVED','ACTIVE','ENDED')
        GROUP BY e.id, r.user_id
        ORDER BY e.created_at
        LIMIT 1000`,
      [consortiumId, monthOf(seoulToday())],
    );
    return rows.map((row) => ({
      engagementId: row.id,
      researcherId: row.researcher_id,
      userId: row.user_id,
      status: row.status,
      committedHoursPerWeek: Number(row.committed),
      hoursThisMonth: Number(row.month),
      hoursTotal: Number(row.total),
    }));
  }

  /** Researchers with an active engagement, nationally, by vertical and by the host firm's region. */
  async nationalFigures(): Promise<{
    total: number;
    byVertical: EngagedResearchers[];
    byRegion: EngagedResearchers[];
  }> {
    const [byVertical, byRegion, [total]] = await Promise.all([
      this.db.query<{ key: string; researchers: string }[]>(
        `SELECT vertical_code AS key, count(DISTINCT researcher_id) AS researchers
           FROM consortia.engagements WHERE ${LIVE_ACTIVE} GROUP BY 1 ORDER BY 2 DESC, 1`,
      ),
      this.db.query<{ key: string; researchers: string }[]>(
        `SELECT o.region AS key, count(DISTINCT e.researcher_id) AS researchers
           FROM consortia.engagements e JOIN consortia.organizations o ON o.id = e.host_organization_id
          WHERE ${LIVE_ACTIVE.replace(/(status|end_date)/g, 'e.$1')} GROUP BY 1 ORDER BY 2 DESC, 1`,
      ),
      this.db.query<{ researchers: string }[]>(
        `SELECT count(DISTINCT researcher_id) AS researchers FROM consortia.engagements WHERE ${LIVE_ACTIVE}`,
      ),
    ]);
    const numbers = (rows: { key: string; researchers: string }[]) =>
      rows.map((row) => ({ key: row.key, researchers: Number(row.researchers) }));
    return {
      total: Number(total.researchers),
      byVertical: numbers(byVertical),
      byRegion: numbers(byRegion),
    };
  }

  /**
   * Hour logs of a university's faculty as CSV for HR systems: one row per current entry.
   * Cells that a spreadsheet would read as a formula are prefixed with a quote.
   */
  async hourLogsCsv(universityId: string, from: string, to: string): Promise<string> {
    assertDateRange(from, to);
    const rows = await this.db.query<Record<string, string | number | null>[]>(
      `SELECT to_char(h.work_date, 'YYYY-MM-DD') AS work_date, h.iso_week, h.hours::text AS hours,
              h.activity_type, r.orcid, u.display_name AS researcher, c.name AS consortium,
              o.name AS host_firm, e.id AS engagement_id, h.note
         FROM consortia.hour_logs h
         JOIN consortia.engagements e ON e.id = h.engagement_id
         JOIN consortia.researchers r ON r.id = h.researcher_id
         JOIN identity.users u ON u.id = r.user_id
         JOIN consortia.consortiums c ON c.id = e.consortium_id
         JOIN consortia.organizations o ON o.id = e.host_organization_id
        WHERE e.university_id = $1 AND h.superseded_at IS NULL AND h.work_date BETWEEN $2 AND $3
        ORDER BY h.work_date, r.orcid
        LIMIT ${MAX_CSV_ROWS + 1}`,
      [universityId, from, to],
    );
    if (rows.length > MAX_CSV_ROWS) {
      throw new BadUserInputError(
        `From ${from} to ${to} there are more than ${MAX_CSV_ROWS.toLocaleString('en-US')} entries; export a shorter range.`,
        { rule: 'CSV_TOO_LARGE', fields: [{ field: 'to', message: 'range too long' }] },
      );
    }
    const columns = [
      'work_date',
      'iso_week',
      'hours',
      'activity_type',
      'orcid',
      'researcher',
      'consortium',
      'host_firm',
      'engagement_id',
      'note',
    ];
    return (
      [
        columns.join(','),
        ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(',')),
      ].join('\r\n') + '\r\n'
    );
  }
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
