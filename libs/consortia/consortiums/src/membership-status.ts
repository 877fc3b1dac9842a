import { ConflictError } from '@vcp/platform/graphql';

export enum MembershipRole {
  SME_MEMBER = 'SME_MEMBER',
  RESEARCH_PARTNER = 'RESEARCH_PARTNER',
  INTEGRATOR_PARTNER = 'INTEGRATOR_PARTNER',
}

export const MEMBERSHIP_ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  SME_MEMBER: 'SME member',
  RESEARCH_PARTNER: 'research partner',
  INTEGRATOR_PARTNER: 'integrator partner',
};

export enum MembershipStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REMOVED = 'REMOVED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

/** Statuses in which an organisation holds its place in a consortium. */
export const LIVE_STATUSES = [
  MembershipStatus.INVITED,
  MembershipStatus.ACTIVE,
  MembershipStatus.SUSPENDED,
] as const;

/** The legal moves; the database trigger on consortia.memberships holds the same list. */
export const MEMBERSHIP_TRANSITIONS: Readonly<
  Record<MembershipStatus, readonly MembershipStatus[]>
> = {
  INVITED: [
    MembershipStatus.ACTIVE,
    MembershipStatus.DECLINED,
    MembershipStatus.EXPIRED,
    MembershipStatus.REMOVED,
  ],
  ACTIVE: [MembershipStatus.SUSPENDED, MembershipStatus.REMOVED],
  SUSPENDED: [MembershipStatus.ACTIVE, MembershipStatus.REMOVED],
  REMOVED: [],
  DECLINED: [],
  EXPIRED: [],
};

export function assertMembershipTransition(
  organizationName: string,
  from: MembershipStatus,
  to: MembershipStatus,
): void {
  if (MEMBERSHIP_TRANSITIONS[from].includes(to)) return;
  throw new ConflictError(`${organizationName}'s membership is ${from} and cannot become ${to}.`, {
    rule: 'MEMBERSHIP_LIFECYCLE',
    status: from,
  });
}

/** People's roles within one consortium. */
export enum ConsortiumPersonRole {
  LEAD = 'LEAD',
  MANAGER = 'MANAGER',
  VIEWER = 'VIEWER',
}

/** Invitations lapse after this many days unanswered. */
export const INVITATION_TTL_DAYS = 7;
