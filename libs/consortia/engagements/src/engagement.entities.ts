import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  type ActivityType,
  type EngagementStatus,
  type PayBand,
  type PayType,
  type ResearcherRank,
} from './engagement-enums';

/** numeric columns arrive from pg as strings; hours are small decimals. */
const numericAsNumber = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ schema: 'consortia', name: 'university_policies' })
export class UniversityPolicyEntity {
  @PrimaryColumn({ name: 'university_id', type: 'uuid' })
  universityId!: string;

  @Column({ name: 'weekly_cap_hours', type: 'numeric', transformer: numericAsNumber })
  weeklyCapHours!: number;

  @Column({ name: 'approval_required', type: 'boolean' })
  approvalRequired!: boolean;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ schema: 'consortia', name: 'university_officers' })
export class UniversityOfficerEntity {
  @PrimaryColumn({ name: 'university_id', type: 'uuid' })
  universityId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}

@Entity({ schema: 'consortia', name: 'researchers' })
export class ResearcherEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'university_id', type: 'uuid' })
  universityId!: string;

  @Column({ type: 'text' })
  rank!: ResearcherRank;

  @Column({ type: 'text' })
  department!: string;

  @Column({ type: 'text', array: true })
  fields!: string[];

  @Column({ type: 'text' })
  orcid!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ schema: 'consortia', name: 'engagements' })
export class EngagementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'researcher_id', type: 'uuid' })
  researcherId!: string;

  /** The researcher's university when the engagement was created: it approves and caps it. */
  @Column({ name: 'university_id', type: 'uuid' })
  universityId!: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  @Column({ name: 'vertical_code', type: 'text' })
  verticalCode!: string;

  @Column({ name: 'host_organization_id', type: 'uuid' })
  hostOrganizationId!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ name: 'committed_hours_per_week', type: 'numeric', transformer: numericAsNumber })
  committedHoursPerWeek!: number;

  @Column({ name: 'pay_type', type: 'text' })
  payType!: PayType;

  @Column({ type: 'text' })
  status!: EngagementStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  /** Active engagements of the same researcher with competing firms (same vertical, other consortium). */
  @Column({ name: 'competing_engagement_ids', type: 'uuid', array: true })
  competingEngagementIds!: string[];

  @Column({ name: 'competing_acknowledged_by', type: 'uuid', nullable: true })
  competingAcknowledgedBy!: string | null;

  @Column({ name: 'competing_acknowledged_at', type: 'timestamptz', nullable: true })
  competingAcknowledgedAt!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The day (Korea time) hours may be logged from, together with the start date. */
  @Column({ name: 'approved_on', type: 'date', nullable: true })
  approvedOn!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'status_changed_at', type: 'timestamptz' })
  statusChangedAt!: Date;
}

/** One version of a conflict-of-interest disclosure; a change is a new version, never an edit. */
@Entity({ schema: 'consortia', name: 'coi_disclosures' })
export class DisclosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'holds_equity', type: 'boolean' })
  holdsEquity!: boolean;

  @Column({ name: 'equity_details', type: 'text', nullable: true })
  equityDetails!: string | null;

  @Column({ name: 'pay_band', type: 'text' })
  payBand!: PayBand;

  @Column({ name: 'family_ties', type: 'boolean' })
  familyTies!: boolean;

  @Column({ name: 'family_details', type: 'text', nullable: true })
  familyDetails!: string | null;

  @Column({ name: 'declared_by', type: 'uuid' })
  declaredBy!: string;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt!: Date;
}

/** A day's hours on an engagement; a correction is a new row superseding this one. */
@Entity({ schema: 'consortia', name: 'hour_logs' })
export class HourLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'researcher_id', type: 'uuid' })
  researcherId!: string;

  @Column({ name: 'work_date', type: 'date' })
  workDate!: string;

  @Column({ name: 'iso_week', type: 'text' })
  isoWeek!: string;

  @Column({ type: 'numeric', transformer: numericAsNumber })
  hours!: number;

  @Column({ name: 'activity_type', type: 'text' })
  activityType!: ActivityType;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  supersedes!: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
