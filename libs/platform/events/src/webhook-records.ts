import { type WebhookEventType } from './event-types';

export enum WebhookSubscriptionStatus {
  ACTIVE = 'ACTIVE',
  /** Deliveries queue up and go out once resumed. */
  PAUSED = 'PAUSED',
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Out of attempts; a replay sends it again. */
  DEAD = 'DEAD',
  /** The subscription was deleted or its client revoked before it went out. */
  CANCELLED = 'CANCELLED',
}

export interface WebhookSubscription {
  id: string;
  /** The partner client it belongs to, or null for an operator's own subscription. */
  apiClientId: string | null;
  ownerUserId: string | null;
  url: string;
  eventTypes: WebhookEventType[];
  description: string | null;
  status: WebhookSubscriptionStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: WebhookEventType;
  occurredAt: Date;
  status: WebhookDeliveryStatus;
  /** Attempts since it was recorded or last replayed. */
  attempts: number;
  replays: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastResponseStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export const SUBSCRIPTION_COLUMNS = `s.id, s.api_client_id AS "apiClientId", s.owner_user_id AS "ownerUserId",
  s.url, s.event_types AS "eventTypes", s.description, s.status, s.created_at AS "createdAt",
  s.updated_at AS "updatedAt"`;

export const DELIVERY_COLUMNS = `d.id, d.subscription_id AS "subscriptionId", d.event_id AS "eventId",
  o.type AS "eventType", o.occurred_at AS "occurredAt", d.status, d.attempts, d.replays,
  d.next_attempt_at AS "nextAttemptAt", d.last_attempt_at AS "lastAttemptAt",
  d.last_response_status AS "lastResponseStatus", d.last_error AS "lastError",
  d.delivered_at AS "deliveredAt", d.created_at AS "createdAt"`;
