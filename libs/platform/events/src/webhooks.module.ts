import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SecretBox } from './secret-box';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config';

/**
 * Webhook subscriptions, their delivery log, and the dispatcher that sends due deliveries (every
 * process importing this module runs one unless WEBHOOK_DISPATCH_INTERVAL_MS is 0).
 */
@Module({
  imports: [ConfigModule.forFeature(webhooksConfig)],
  providers: [
    {
      provide: SecretBox,
      inject: [webhooksConfig.KEY],
      useFactory: (config: WebhooksConfig) => new SecretBox(config.secretKeyMaterial),
    },
    WebhookSubscriptionsService,
    WebhookDispatcher,
  ],
  exports: [WebhookSubscriptionsService, WebhookDispatcher, SecretBox],
})
export class WebhooksModule {}
