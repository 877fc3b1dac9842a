export {
  EVENT_AUDIENCE,
  isWebhookEventType,
  WebhookEventType,
  type DomainEvent,
  type EventAudience,
  type WebhookPayload,
} from './event-types';
export { EventsModule } from './events.module';
export { OutboxService } from './outbox.service';
export { retryDelayMs, type RetryPolicy } from './retry-schedule';
export { SecretBox } from './secret-box';
export { isPublicAddress } from './target-address';
export { targetUrlProblem } from './target-url';
export { WebhookDispatcher, type DispatchRound } from './webhook-dispatcher';
export {
  WebhookDeliveryStatus,
  WebhookSubscriptionStatus,
  type WebhookDelivery,
  type WebhookSubscription,
} from './webhook-records';
export {
  signWebhook,
  SIGNATURE_TOLERANCE_SECONDS,
  verifyWebhookSignature,
  WEBHOOK_HEADERS,
  type SignatureCheck,
} from './webhook-signature';
export {
  MAX_SUBSCRIPTIONS_PER_OWNER,
  WebhookSubscriptionsService,
  type IssuedWebhookSubscription,
  type NewWebhookSubscription,
  type ReplayRange,
} from './webhook-subscriptions.service';
export { WebhooksModule } from './webhooks.module';
export { webhooksConfig, WebhooksEnv, type WebhooksConfig } from './webhooks.config';
