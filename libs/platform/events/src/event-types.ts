import { ApiScope } from '@vcp/platform/auth';

/** Every event a webhook can carry; the value is the `type` field of the payload. */
export enum WebhookEventType {
  MEMBERSHIP_INVITED = 'membership.invited',
  MEMBERSHIP_ACCEPTED = 'membership.accepted',
  MEMBERSHIP_DECLINED = 'membership.declined',
  MEMBERSHIP_SUSPENDED = 'membership.suspended',
  MEMBERSHIP_REINSTATED = 'membership.reinstated',
  MEMBERSHIP_REMOVED = 'membership.removed',
  ENGAGEMENT_APPROVED = 'engagement.approved',
  ENGAGEMENT_REVOKED = 'engagement.revoked',
  RESERVATION_CONFIRMED = 'reservation.confirmed',
  RESERVATION_CANCELLED = 'reservation.cancelled',
  CREDITS_GRANTED = 'credits.granted',
  CREDITS_EXPIRED = 'credits.expired',
  CREDITS_FORFEITED = 'credits.forfeited',
}

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (Object.values(WebhookEventType) as string[]).includes(value);

/**
 * Who may receive an event, mirroring who may read what it is about: the scope a partner client
 * needs and whether the event is also limited to the organisations it names (a university's
 * faculty, an SME's credits and reservations). Operators receive every event.
 */
export interface EventAudience {
  scope: ApiScope;
  /** True when only clients of the organisations named on the event receive it. */
  organizationBound: boolean;
}

const MEMBERSHIPS: EventAudience = { scope: ApiScope.CONSORTIA_READ, organizationBound: false };
const ENGAGEMENTS: EventAudience = { scope: ApiScope.ENGAGEMENTS_READ, organizationBound: true };
const COMPUTE: EventAudience = { scope: ApiScope.COMPUTE_READ, organizationBound: true };

export const EVENT_AUDIENCE: Record<WebhookEventType, EventAudience> = {
  [WebhookEventType.MEMBERSHIP_INVITED]: MEMBERSHIPS,
  [WebhookEventType.MEMBERSHIP_ACCEPTED]: MEMBERSHIPS,
  [WebhookEventType.MEMBERSHIP_DECLINED]: MEMBERSHIPS,
  [WebhookEventType.MEMBERSHIP_SUSPENDED]: MEMBERSHIPS,
  [WebhookEventType.MEMBERSHIP_REINSTATED]: MEMBERSHIPS,
  [WebhookEventType.MEMBERSHIP_REMOVED]: MEMBERSHIPS,
  [WebhookEventType.ENGAGEMENT_APPROVED]: ENGAGEMENTS,
  [WebhookEventType.ENGAGEMENT_REVOKED]: ENGAGEMENTS,
  [WebhookEventType.RESERVATION_CONFIRMED]: COMPUTE,
  [WebhookEventType.RESERVATION_CANCELLED]: COMPUTE,
  [WebhookEventType.CREDITS_GRANTED]: COMPUTE,
  [WebhookEventType.CREDITS_EXPIRED]: COMPUTE,
  [WebhookEventType.CREDITS_FORFEITED]: COMPUTE,
};

/** A change to announce, recorded in the transaction that makes it. */
export interface DomainEvent {
  type: WebhookEventType;
  aggregate: { type: string; id: string };
  /** The organisations the event is about; organisation-bound events reach only their clients. */
  organizationIds: string[];
  /** The event's facts (ids, statuses, amounts); JSON-serialisable. */
  data: Record<string, unknown>;
}

/** The JSON body a receiver gets; `id` is stable across retries and replays, so receivers dedupe on it. */
export interface WebhookPayload {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  aggregate: { type: string; id: string };
  data: Record<string, unknown>;
}
