import { ConflictError } from '@vcp/platform/graphql';

export enum ResearcherRank {
  PROFESSOR = 'PROFESSOR',
  ASSOCIATE_PROFESSOR = 'ASSOCIATE_PROFESSOR',
  ASSISTANT_PROFESSOR = 'ASSISTANT_PROFESSOR',
  RESEARCH_PROFESSOR = 'RESEARCH_PROFESSOR',
  POSTDOCTORAL_RESEARCHER = 'POSTDOCTORAL_RESEARCHER',
  LECTURER = 'LECTURER',
}

export enum EngagementStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  REVOKED = 'REVOKED',
}

export enum PayType {
  SALARIED = 'SALARIED',
  HOURLY = 'HOURLY',
  STIPEND = 'STIPEND',
  UNPAID = 'UNPAID',
}

/** Annual pay from the host firm, in KRW bands. */
export enum PayBand {
  NONE = 'NONE',
  UNDER_10M = 'UNDER_10M',
  FROM_10M_TO_30M = 'FROM_10M_TO_30M',
  FROM_30M_TO_60M = 'FROM_30M_TO_60M',
  OVER_60M = 'OVER_60M',
}

export enum ActivityType {
  RESEARCH = 'RESEARCH',
  DEVELOPMENT = 'DEVELOPMENT',
  CONSULTING = 'CONSULTING',
  TRAINING = 'TRAINING',
  MEETING = 'MEETING',
  OTHER = 'OTHER',
}

/** Engagements whose committed hours count against the university's cap. */
export const COMMITTED_STATUSES = [EngagementStatus.APPROVED, EngagementStatus.ACTIVE] as const;

/** The legal moves; the trigger on consortia.engagements holds the same list. */
export const ENGAGEMENT_TRANSITIONS: Readonly<
  Record<EngagementStatus, readonly EngagementStatus[]>
> = {
  DRAFT: [EngagementStatus.SUBMITTED],
  SUBMITTED: [EngagementStatus.APPROVED, EngagementStatus.REJECTED, EngagementStatus.REVOKED],
  APPROVED: [EngagementStatus.ACTIVE, EngagementStatus.ENDED, EngagementStatus.REVOKED],
  ACTIVE: [EngagementStatus.ENDED, EngagementStatus.REVOKED],
  REJECTED: [],
  ENDED: [],
  REVOKED: [],
};

export function assertEngagementTransition(from: EngagementStatus, to: EngagementStatus): void {
  if (ENGAGEMENT_TRANSITIONS[from].includes(to)) return;
  const allowed = ENGAGEMENT_TRANSITIONS[from];
  throw new ConflictError(
    `The engagement is ${from} and cannot become ${to}; ${
      allowed.length
        ? `from ${from} it can only become ${allowed.join(' or ')}`
        : `${from} is final`
    }.`,
    { rule: 'ENGAGEMENT_LIFECYCLE', status: from },
  );
}
