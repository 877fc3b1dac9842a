import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ApiScope, PlatformRole, type Principal } from '@vcp/platform/auth';
import { inTransaction, returnedRows } from '@vcp/platform/database';
import {
  BadUserInputError,
  ConflictError,
  type Connection,
  type ConnectionArgs,
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  pageSize,
  toConnection,
} from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { EVENT_AUDIENCE, type WebhookEventType } from './event-types';
import { SecretBox } from './secret-box';
import { resolvedTargetProblem, targetUrlProblem } from './target-url';
import {
  DELIVERY_COLUMNS,
  SUBSCRIPTION_COLUMNS,
  type WebhookDelivery,
  WebhookDeliveryStatus,
  type WebhookSubscription,
  WebhookSubscriptionStatus,
} from './webhook-records';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config';

/** Live subscriptions one owner (a client, or an operator) may keep. */
export const MAX_SUBSCRIPTIONS_PER_OWNER = 25;

export interface NewWebhookSubscription {
  url: string;
  eventTypes: WebhookEventType[];
  description?: string | null;
  /** Operators may subscribe on a partner client's behalf. */
  apiClientId?: string | null;
}

export interface IssuedWebhookSubscription {
  subscription: WebhookSubscription;
  /** The signing secret, shown once; only its encryption is kept. */
  secret: string;
}

export interface ReplayRange {
  from: Date;
  to: Date;
  /** Only deliveries that are DEAD or CANCELLED, not those already delivered. */
  failedOnly: boolean;
}

interface ClientRow {
  id: string;
  scopes: ApiScope[];
  organization_id: string | null;
  revoked_at: Date | null;
}

const isOperator = (by: Principal) =>
  by.kind === 'user' && by.roles.includes(PlatformRole.OPERATOR);

/**
 * Webhook subscriptions and their delivery log. Partner clients manage their own subscriptions
 * and may subscribe only to events about what they may read; operators manage every subscription.
 */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
    private readonly secrets: SecretBox,
  ) {}

  async create(input: NewWebhookSubscription, by: Principal): Promise<IssuedWebhookSubscription> {
    const owner = await this.ownerFor(input.apiClientId ?? null, by);
    if (owner.client) assertClientMayReceive(owner.client, input.eventTypes);
    const problem =
      targetUrlProblem(input.url, this.config.environment) ??
      (await resolvedTargetProblem(input.url, this.config.environment));
    if (problem) {
      throw new BadUserInputError(`The webhook URL ${problem}.`, {
        rule: 'WEBHOOK_TARGET',
        fields: [{ field: 'url', message: problem }],
      });
    }
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const subscription = await inTransaction(this.db, async (manager) => {
      // One owner's subscriptions are counted one change at a time.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('webhook-owner:' || $1))`, [
        owner.client?.id ?? owner.userId,
      ]);
      const [{ count }] = await manager.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM events.webhook_subscriptions
          WHERE deleted_at IS NULL AND (api_client_id = $1 OR owner_user_id = $2)`,
        [owner.client?.id ?? null, owner.client ? null : owner.userId],
      );
      if (count >= MAX_SUBSCRIPTIONS_PER_OWNER) {
        throw new ConflictError(
          `An owner keeps at most ${MAX_SUBSCRIPTIONS_PER_OWNER} webhook subscriptions; delete one first.`,
          { rule: 'WEBHOOK_SUBSCRIPTION_LIMIT' },
        );
      }
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO events.webhook_subscriptions
           (api_client_id, owner_user_id, url, event_types, description, secret_ciphertext)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          owner.client?.id ?? null,
          owner.client ? null : owner.userId,
          input.url,
          [...new Set(input.eventTypes)],
          input.description ?? null,
          this.secrets.seal(secret),
        ],
      );
      return this.load(manager, id);
    });
    return { subscription, secret };
  }

  /** Newest first: every subscription for operators (or one client's), a client's own for it. */
  async page(
    by: Principal,
    args: ConnectionArgs & { apiClientId?: string | null },
  ): Promise<Connection<WebhookSubscription>> {
    const limit = pageSize(args);
    const clientId = by.kind === 'client' ? by.clientId : (args.apiClientId ?? null);
    const [createdAt, id] = args.after
      ? decodeCursor(args.after, ['timestamp', 'uuid'])
      : [null, null];
    const rows = await this.db.query<WebhookSubscription[]>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM events.webhook_subscriptions s
        WHERE s.deleted_at IS NULL AND ($1::uuid IS NULL OR s.api_client_id = $1)
          AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', s.created_at), s.id) < ($2, $3::uuid))
        ORDER BY date_trunc('milliseconds', s.created_at) DESC, s.id DESC LIMIT $4`,
      [clientId, createdAt, id, limit + 1],
    );
    return toConnection(rows, limit, (s) => [s.createdAt.toISOString(), s.id]);
  }

  async findVisible(id: string, by: Principal): Promise<WebhookSubscription> {
    const [subscription] = await this.db.query<WebhookSubscription[]>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM events.webhook_subscriptions s
        WHERE s.id = $1 AND s.deleted_at IS NULL`,
      [id],
    );
    if (!subscription || !mayManage(subscription, by)) {
      throw new NotFoundError('Webhook subscription', id);
    }
    return subscription;
  }

  pause(id: string, by: Principal): Promise<WebhookSubscription> {
    return this.setStatus(id, WebhookSubscriptionStatus.PAUSED, by);
  }

  resume(id: string, by: Principal): Promise<WebhookSubscription> {
    return this.setStatus(id, WebhookSubscriptionStatus.ACTIVE, by);
  }

  /** Stops the subscription; deliveries still waiting are cancelled, the log is kept. */
  async remove(id: string, by: Principal): Promise<WebhookSubscription> {
    const subscription = await this.findVisible(id, by);
    await inTransaction(this.db, async (manager) => {
      await manager.query(
        `UPDATE events.webhook_subscriptions SET deleted_at = now(), updated_at = now() WHERE id = $1`,
        [id],
      );
      await manager.query(
        `UPDATE events.webhook_deliveries
            SET status = 'CANCELLED', next_attempt_at = NULL, last_error = 'the subscription was deleted'
          WHERE subscription_id = $1 AND status = 'PENDING'`,
        [id],
      );
    });
    return subscription;
  }

  /** The delivery log of a subscription, newest event first, optionally of some statuses only. */
  async deliveries(
    subscriptionId: string,
    by: Principal,
    args: ConnectionArgs & { statuses?: WebhookDeliveryStatus[] | null },
  ): Promise<Connection<WebhookDelivery>> {
    await this.findVisible(subscriptionId, by);
    const limit = pageSize(args);
    const [position, id] = args.after
      ? decodeCursor(args.after, ['integer', 'uuid'])
      : [null, null];
    const rows = await this.db.query<(WebhookDelivery & { position: string })[]>(
      `SELECT ${DELIVERY_COLUMNS}, o.position::text AS position
         FROM events.webhook_deliveries d JOIN events.outbox o ON o.id = d.event_id
        WHERE d.subscription_id = $1
          AND ($2::text[] IS NULL OR d.status = ANY ($2::text[]))
          AND ($3::bigint IS NULL OR (o.position, d.id) < ($3::bigint, $4::uuid))
        ORDER BY o.position DESC, d.id DESC LIMIT $5`,
      [
        subscriptionId,
        args.statuses?.length ? args.statuses : null,
        position === null ? null : String(position),
        id,
        limit + 1,
      ],
    );
    return toConnection(
      rows.map(({ position: _position, ...delivery }) => delivery),
      limit,
      (d) => [rows.find((row) => row.id === d.id)?.position ?? '0', d.id],
    );
  }

  /** Sends one delivery again (whatever its state), with a fresh set of attempts. */
  async replay(deliveryId: string, by: Principal): Promise<WebhookDelivery> {
    const [found] = await this.db.query<{ subscription_id: string }[]>(
      `SELECT subscription_id FROM events.webhook_deliveries WHERE id = $1`,
      [deliveryId],
    );
    if (!found) throw new NotFoundError('Webhook delivery', deliveryId);
    await this.findVisible(found.subscription_id, by).catch(() => {
      throw new NotFoundError('Webhook delivery', deliveryId);
    });
    await this.db.query(`${REQUEUE} WHERE d.id = $1`, [deliveryId]);
    return this.delivery(deliveryId);
  }

  /** Sends again every delivery of the subscription whose event occurred in [from, to); returns how many. */
  async replayRange(subscriptionId: string, range: ReplayRange, by: Principal): Promise<number> {
    await this.findVisible(subscriptionId, by);
    if (!(range.from < range.to)) {
      throw new BadUserInputError('from must be before to.', {
        rule: 'REPLAY_RANGE',
        fields: [{ field: 'to', message: 'after from' }],
      });
    }
    const rows = returnedRows(
      await this.db.query(
        `${REQUEUE} FROM events.outbox o
          WHERE o.id = d.event_id AND d.subscription_id = $1
            AND o.occurred_at >= $2 AND o.occurred_at < $3
            AND (NOT $4::boolean OR d.status IN ('DEAD', 'CANCELLED'))
          RETURNING d.id`,
        [subscriptionId, range.from, range.to, range.failedOnly],
      ),
    );
    return rows.length;
  }

  async delivery(id: string): Promise<WebhookDelivery> {
    const [delivery] = await this.db.query<WebhookDelivery[]>(
      `SELECT ${DELIVERY_COLUMNS} FROM events.webhook_deliveries d
         JOIN events.outbox o ON o.id = d.event_id WHERE d.id = $1`,
      [id],
    );
    if (!delivery) throw new NotFoundError('Webhook delivery', id);
    return delivery;
  }

  private async setStatus(
    id: string,
    status: WebhookSubscriptionStatus,
    by: Principal,
  ): Promise<WebhookSubscription> {
    await this.findVisible(id, by);
    await this.db.query(
      `UPDATE events.webhook_subscriptions SET status = $2, updated_at = now()
        WHERE id = $1 AND deleted_at IS NULL`,
      [id, status],
    );
    return this.load(this.db.manager, id);
  }

  private async load(manager: EntityManager, id: string): Promise<WebhookSubscription> {
    const [subscription] = await manager.query<WebhookSubscription[]>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM events.webhook_subscriptions s WHERE s.id = $1`,
      [id],
    );
    return subscription;
  }

  /** Whose subscription it will be: the calling client, an operator, or a client an operator names. */
  private async ownerFor(
    apiClientId: string | null,
    by: Principal,
  ): Promise<{ client: ClientRow | null; userId: string | null }> {
    if (by.kind === 'client') {
      if (apiClientId && apiClientId !== by.clientId) {
        throw new ForbiddenError('An API client subscribes only for itself.');
      }
      return { client: await this.client(by.clientId), userId: null };
    }
    if (!isOperator(by)) throw new ForbiddenError('Only operators and partner clients subscribe.');
    return apiClientId
      ? { client: await this.client(apiClientId), userId: null }
      : { client: null, userId: by.userId };
  }

  private async client(id: string): Promise<ClientRow> {
    const [client] = await this.db.query<ClientRow[]>(
      `SELECT id, scopes, organization_id, revoked_at FROM identity.api_clients WHERE id = $1`,
      [id],
    );
    if (!client || client.revoked_at) throw new NotFoundError('API client', id);
    return client;
  }
}

/** A delivery back in the queue, due now, with a fresh count of attempts. */
const REQUEUE = `UPDATE events.webhook_deliveries d
   SET status = 'PENDING', attempts = 0, replays = d.replays + 1, next_attempt_at = now(),
       delivered_at = NULL`;

function mayManage(subscription: WebhookSubscription, by: Principal): boolean {
  if (by.kind === 'client') return subscription.apiClientId === by.clientId;
  return isOperator(by);
}

/** A client receives only events about what it may read: the scope, and an organisation where needed. */
function assertClientMayReceive(client: ClientRow, eventTypes: WebhookEventType[]): void {
  const missingScope = eventTypes.filter(
    (type) => !client.scopes.includes(EVENT_AUDIENCE[type].scope),
  );
  if (missingScope.length) {
    const scopes = [...new Set(missingScope.map((type) => EVENT_AUDIENCE[type].scope))];
    throw new ForbiddenError(
      `This API client may not receive ${missingScope.join(', ')}: it needs the scope ${scopes.join(' and ')}.`,
    );
  }
  const needsOrganization = eventTypes.filter((type) => EVENT_AUDIENCE[type].organizationBound);
  if (needsOrganization.length && !client.organization_id) {
    throw new ForbiddenError(
      `${needsOrganization.join(', ')} concern one organisation; only a client that belongs to an organisation receives them (its own).`,
    );
  }
}
