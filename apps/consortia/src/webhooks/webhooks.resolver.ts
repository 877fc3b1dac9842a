import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AnyPartnerClient,
  CurrentPrincipal,
  PlatformRole,
  type Principal,
  Roles,
} from '@vcp/platform/auth';
import { WebhookSubscriptionsService } from '@vcp/platform/events';
import { mapConnection, UUID } from '@vcp/platform/graphql';
import {
  CreateWebhookSubscriptionInput,
  ReplayWebhookDeliveriesInput,
  WebhookDeliveriesArgs,
  WebhookSubscriptionsArgs,
} from './dto/webhook.inputs';
import {
  IssuedWebhookSubscriptionModel,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookSubscriptionConnection,
  WebhookSubscriptionModel,
} from './models/webhook.models';

/**
 * Webhook subscriptions for operators and partner clients; a client manages its own and receives
 * only events its scopes and organisation let it read (WebhookSubscriptionsService decides).
 */
@Resolver()
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhookSubscriptionsService) {}

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Query(() => WebhookSubscriptionConnection, {
    description: "Webhook subscriptions, newest first: a client's own, or every one for operators.",
  })
  async webhookSubscriptions(
    @Args() args: WebhookSubscriptionsArgs,
    @CurrentPrincipal() by: Principal,
  ): Promise<WebhookSubscriptionConnection> {
    return mapConnection(await this.webhooks.page(by, args), WebhookSubscriptionModel.from);
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Query(() => WebhookDeliveryConnection, {
    description: "A subscription's delivery log, newest event first.",
  })
  async webhookDeliveries(
    @Args() args: WebhookDeliveriesArgs,
    @CurrentPrincipal() by: Principal,
  ): Promise<WebhookDeliveryConnection> {
    return mapConnection(
      await this.webhooks.deliveries(args.subscriptionId, by, args),
      WebhookDeliveryModel.from,
    );
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Mutation(() => IssuedWebhookSubscriptionModel, {
    description: 'Subscribe a URL to event types; the signing secret is returned only here.',
  })
  async createWebhookSubscription(
    @Args('input') input: CreateWebhookSubscriptionInput,
    @CurrentPrincipal() by: Principal,
  ): Promise<IssuedWebhookSubscriptionModel> {
    return IssuedWebhookSubscriptionModel.from(await this.webhooks.create(input, by));
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Mutation(() => WebhookSubscriptionModel, {
    description: 'Hold deliveries; events keep being collected and go out on resume.',
  })
  async pauseWebhookSubscription(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentPrincipal() by: Principal,
  ): Promise<WebhookSubscriptionModel> {
    return WebhookSubscriptionModel.from(await this.webhooks.pause(id, by));
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Mutation(() => WebhookSubscriptionModel, { description: 'Send held and new deliveries again.' })
  async resumeWebhookSubscription(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentPrincipal() by: Principal,
  ): Promise<WebhookSubscriptionModel> {
    return WebhookSubscriptionModel.from(await this.webhooks.resume(id, by));
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Mutation(() => WebhookSubscriptionModel, {
    description: 'Stop a subscription; waiting deliveries are cancelled.',
  })
  async deleteWebhookSubscription(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentPrincipal() by: Principal,
  ): Promise<WebhookSubscriptionModel> {
    return WebhookSubscriptionModel.from(await this.webhooks.remove(id, by));
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Mutation(() => WebhookDeliveryModel, {
    description: 'Send one delivery again now, whatever its state, with fresh attempts.',
  })
  async replayWebhookDelivery(
    @Args('id', { type: () => UUID }) id: string,
    @CurrentPrincipal() by: Principal,
  ): Promise<WebhookDeliveryModel> {
    return WebhookDeliveryModel.from(await this.webhooks.replay(id, by));
  }

  @Roles(PlatformRole.OPERATOR)
  @AnyPartnerClient()
  @Mutation(() => Int, {
    description:
      'Send again the deliveries of a subscription whose events occurred in [from, to); returns how many.',
  })
  replayWebhookDeliveries(
    @Args('input') input: ReplayWebhookDeliveriesInput,
    @CurrentPrincipal() by: Principal,
  ): Promise<number> {
    return this.webhooks.replayRange(input.subscriptionId, input, by);
  }
}
