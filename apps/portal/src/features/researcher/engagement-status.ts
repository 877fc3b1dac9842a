import { type EngagementStatus } from '../../gql/graphql';

const COLORS: Record<EngagementStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'yellow',
  APPROVED: 'teal',
  ACTIVE: 'green',
  ENDED: 'dark',
  REJECTED: 'red',
  REVOKED: 'red',
};

export const engagementColor = (status: EngagementStatus) => COLORS[status];

/** What the state means for the researcher, and what comes next. */
export const ENGAGEMENT_NEXT: Record<EngagementStatus, string> = {
  DRAFT: 'Declare your disclosure, then submit it for approval.',
  SUBMITTED: "Waiting for your university officer's decision.",
  APPROVED: 'Approved: log hours from the approval date.',
  ACTIVE: 'Active: log your hours every week.',
  ENDED: 'Ended: no more hours can be logged.',
  REJECTED: 'Rejected by your university; see the reason.',
  REVOKED: 'Withdrawn by your university; see the reason.',
};
