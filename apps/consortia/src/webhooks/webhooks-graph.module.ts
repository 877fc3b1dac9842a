import { Module } from '@nestjs/common';
import { WebhooksModule } from '@vcp/platform/events';
import { WebhooksResolver } from './webhooks.resolver';

/** The GraphQL surface of webhooks; this process also runs a delivery dispatcher. */
@Module({ imports: [WebhooksModule], providers: [WebhooksResolver] })
export class WebhooksGraphModule {}
