import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type IssuedWebhookSubscription,
  type WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEventType,
  type WebhookSubscription,
  WebhookSubscriptionStatus,
} from '@vcp/platform/events';
import { ConnectionType, UUID } from '@vcp/platform/graphql';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: "An event's type; the payload's `type` field spells it in lower case with a dot.",
  valuesMap: Object.fromEntries(
    Object.entries(WebhookEventType).map(([key, value]) => [key, { description: value }]),
  ),
});
registerEnumType(WebhookSubscriptionStatus, { name: 'WebhookSubscriptionStatus' });
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType('WebhookSubscription', {
  description: 'Where events of some types are POSTed, signed with the subscription secret.',
})
export class WebhookSubscriptionModel {
  @Field(() => UUID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => [WebhookEventType])
  eventTypes!: WebhookEventType[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => WebhookSubscriptionStatus, {
    description: 'PAUSED subscriptions keep collecting deliveries and send them once resumed.',
  })
  status!: WebhookSubscriptionStatus;

  @Field(() => UUID, {
    nullable: true,
    description: "The partner client it belongs to; null for an operator's own.",
  })
  apiClientId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  static from(subscription: WebhookSubscription): WebhookSubscriptionModel {
    return Object.assign(new WebhookSubscriptionModel(), {
      id: subscription.id,
      url: subscription.url,
      eventTypes: subscription.eventTypes,
      description: subscription.description,
      status: subscription.status,
      apiClientId: subscription.apiClientId,
      createdAt: subscription.createdAt,
      updatedAt: subscription.updatedAt,
    });
  }
}

@ObjectType('WebhookSubscriptionConnection')
export class WebhookSubscriptionConnection extends ConnectionType(
  WebhookSubscriptionModel,
  'WebhookSubscription',
) {}

@ObjectType('IssuedWebhookSubscription', {
  description: 'A new subscription; the signing secret is shown only now.',
})
export class IssuedWebhookSubscriptionModel {
  @Field(() => WebhookSubscriptionModel)
  subscription!: WebhookSubscriptionModel;

  @Field({
    description:
      'The HMAC-SHA256 key for x-vcp-signature: v1=hex(HMAC(secret, "<x-vcp-timestamp>.<raw body>")).',
  })
  secret!: string;

  static from(issued: IssuedWebhookSubscription): IssuedWebhookSubscriptionModel {
    return Object.assign(new IssuedWebhookSubscriptionModel(), {
      subscription: WebhookSubscriptionModel.from(issued.subscription),
      secret: issued.secret,
    });
  }
}

@ObjectType('WebhookDelivery', {
  description: 'One event sent to one subscription: its log entry.',
})
export class WebhookDeliveryModel {
  @Field(() => UUID)
  id!: string;

  @Field(() => UUID)
  subscriptionId!: string;

  @Field(() => UUID, { description: "The event's id, the same in every retry and replay." })
  eventId!: string;

  @Field(() => WebhookEventType)
  eventType!: WebhookEventType;

  @Field()
  occurredAt!: Date;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts since the event was recorded or last replayed.' })
  attempts!: number;

  @Field(() => Int)
  replays!: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING).' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's last HTTP status." })
  lastResponseStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  static from(delivery: WebhookDelivery): WebhookDeliveryModel {
    return Object.assign(new WebhookDeliveryModel(), {
      id: delivery.id,
      subscriptionId: delivery.subscriptionId,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      occurredAt: delivery.occurredAt,
      status: delivery.status,
      attempts: delivery.attempts,
      replays: delivery.replays,
      nextAttemptAt: delivery.nextAttemptAt,
      lastAttemptAt: delivery.lastAttemptAt,
      lastResponseStatus: delivery.lastResponseStatus,
      lastError: delivery.lastError,
      deliveredAt: delivery.deliveredAt,
    });
  }
}

@ObjectType('WebhookDeliveryConnection')
export class WebhookDeliveryConnection extends ConnectionType(
  WebhookDeliveryModel,
  'WebhookDelivery',
) {}
