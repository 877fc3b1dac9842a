import { randomUUID } from 'node:crypto';
import { type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  type ApiScope,
  ApiClientsService,
  type ClientPrincipal,
  PlatformRole,
  type UserPrincipal,
  UsersService,
} from '@vcp/platform/auth';
import { makeUser } from '@vcp/platform/testing';
import { type DataSource } from 'typeorm';
import { WebhookEventType, type DomainEvent } from '../event-types';
import { OutboxService } from '../outbox.service';
import { SecretBox } from '../secret-box';
import { WebhookDispatcher } from '../webhook-dispatcher';
import { WebhookSubscriptionsService } from '../webhook-subscriptions.service';
import { webhooksConfig, type WebhooksConfig } from '../webhooks.config';

/** Partners, operators, events and dispatchers over the real services, for webhook tests. */
/** A target that refuses connections at once, for subscriptions no test listens to. */
export const NOWHERE = 'http://localhost:9/hooks';

export class WebhookFixture {
  readonly db: DataSource;
  readonly outbox: OutboxService;
  readonly subscriptions: WebhookSubscriptionsService;
  readonly config: WebhooksConfig;
  readonly box: SecretBox;
  private readonly clients: ApiClientsService;
  private readonly users: UsersService;
  private readonly dispatchers: WebhookDispatcher[] = [];

  constructor(module: TestingModule) {
    this.db = module.get(getDataSourceToken());
    this.outbox = module.get(OutboxService);
    this.subscriptions = module.get(WebhookSubscriptionsService);
    this.config = module.get(webhooksConfig.KEY);
    this.box = module.get(SecretBox);
    this.clients = module.get(ApiClientsService);
    this.users = module.get(UsersService);
  }

  async operator(): Promise<UserPrincipal> {
    const user = await makeUser(this.users, [PlatformRole.OPERATOR]);
    return {
      kind: 'user',
      userId: user.id,
      sessionId: randomUUID(),
      roles: [PlatformRole.OPERATOR],
      organizationId: null,
    };
  }

  async partner(scopes: ApiScope[], organizationId: string | null): Promise<ClientPrincipal> {
    const issued = await this.clients.create({ name: 'Partner', scopes, organizationId });
    return { kind: 'client', clientId: issued.client.id, scopes, organizationId };
  }

  revoke(client: ClientPrincipal): Promise<unknown> {
    return this.clients.revoke(client.clientId);
  }

  /** One credits.granted event about an organisation, committed; returns its id. */
  grantEvent(organizationId: string, amount = 100): Promise<string> {
    return this.record({
      type: WebhookEventType.CREDITS_GRANTED,
      aggregate: { type: 'ledger_transaction', id: randomUUID() },
      organizationIds: [organizationId],
      data: { organizationId, amount },
    });
  }

  record(event: DomainEvent): Promise<string> {
    return this.db.transaction((manager) => this.outbox.record(manager, event));
  }

  dispatcher(overrides: Partial<WebhooksConfig> = {}): WebhookDispatcher {
    const dispatcher = new WebhookDispatcher(this.db, { ...this.config, ...overrides }, this.box);
    this.dispatchers.push(dispatcher);
    return dispatcher;
  }

  /** Stops every dispatcher the tests made, waiting for their rounds to end (before closing the pool). */
  async stopDispatchers(): Promise<void> {
    for (const dispatcher of this.dispatchers) await dispatcher.onApplicationShutdown();
  }

  deliveriesOf(eventIds: string[]) {
    return this.db.query<
      {
        event_id: string;
        subscription_id: string;
        status: string;
        attempts: number;
        next_attempt_at: Date | null;
        last_response_status: number | null;
        last_error: string | null;
      }[]
    >(
      `SELECT event_id, subscription_id, status, attempts, next_attempt_at, last_response_status, last_error
         FROM events.webhook_deliveries WHERE event_id = ANY ($1::uuid[])`,
      [eventIds],
    );
  }

  /** Makes the subscription's waiting deliveries due now (instead of waiting out the backoff). */
  dueNow(subscriptionId: string): Promise<unknown> {
    return this.db.query(
      `UPDATE events.webhook_deliveries SET next_attempt_at = now()
        WHERE subscription_id = $1 AND status = 'PENDING'`,
      [subscriptionId],
    );
  }
}
