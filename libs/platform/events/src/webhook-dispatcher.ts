import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { returnedRows } from '@vcp/platform/database';
import { type DataSource } from 'typeorm';
import { type WebhookEventType, type WebhookPayload } from './event-types';
import { retryDelayMs } from './retry-schedule';
import { SecretBox } from './secret-box';
import { WebhookDeliveryStatus } from './webhook-records';
import { sendWebhook, type SendOutcome } from './webhook-sender';
import { signWebhook, WEBHOOK_HEADERS } from './webhook-signature';
import { webhooksConfig, type WebhooksConfig } from './webhooks.config';

interface ClaimedDelivery {
  id: string;
  attempts: number;
  event_id: string;
  type: WebhookEventType;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  url: string;
  secret_ciphertext: Buffer;
  client_revoked: boolean;
}

export interface DispatchRound {
  attempted: number;
  delivered: number;
}

/**
 * Sends due webhook deliveries. Each round claims a batch with FOR UPDATE SKIP LOCKED and moves
 * their next attempt a lease ahead in the same statement, so any number of dispatchers (every
 * replica of every subgraph runs one) never send the same delivery at once, and a dispatcher that
 * dies mid-attempt leaves its deliveries due again when the lease runs out. Delivery is at least
 * once: receivers dedupe on the event id.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DispatchRound> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
    private readonly secrets: SecretBox,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.dispatchIntervalMs === 0) return;
    this.timer = setInterval(() => void this.run(), this.config.dispatchIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Delivers until nothing is due; a run still going is not started twice. */
  run(): Promise<DispatchRound> {
    this.running ??= this.drain()
      .catch((error: unknown) => {
        this.logger.error(`Webhook dispatch failed: ${String(error)}`);
        return { attempted: 0, delivered: 0 };
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async drain(): Promise<DispatchRound> {
    const total: DispatchRound = { attempted: 0, delivered: 0 };
    while (!this.stopped) {
      const claimed = await this.claim(this.config.batchSize);
      const outcomes = await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
      total.attempted += claimed.length;
      total.delivered += outcomes.filter(Boolean).length;
      if (claimed.length < this.config.batchSize) break;
    }
    return total;
  }

  /** Due deliveries of active subscriptions, each now leased to this dispatcher. */
  async claim(limit: number): Promise<ClaimedDelivery[]> {
    return returnedRows<ClaimedDelivery>(
      await this.db.query(
        `WITH due AS (
           SELECT d.id FROM events.webhook_deliveries d
             JOIN events.webhook_subscriptions s ON s.id = d.subscription_id
            WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
              AND s.status = 'ACTIVE' AND s.deleted_at IS NULL
            ORDER BY d.next_attempt_at
            LIMIT $1
            FOR UPDATE OF d SKIP LOCKED
         )
         UPDATE events.webhook_deliveries d
            SET attempts = d.attempts + 1, last_attempt_at = now(),
                next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
           FROM due, events.outbox o, events.webhook_subscriptions s
           LEFT JOIN identity.api_clients c ON c.id = s.api_client_id
          WHERE d.id = due.id AND o.id = d.event_id AND s.id = d.subscription_id
         RETURNING d.id, d.attempts, d.event_id, o.type, o.aggregate_type, o.aggregate_id, o.payload,
                   o.occurred_at, s.url, s.secret_ciphertext, (c.revoked_at IS NOT NULL) AS client_revoked`,
        [limit, this.config.leaseMs],
      ),
    );
  }

  /** One attempt and its outcome; true when the receiver took it. */
  private async attempt(delivery: ClaimedDelivery): Promise<boolean> {
    if (delivery.client_revoked) {
      await this.settle(
        delivery,
        WebhookDeliveryStatus.CANCELLED,
        null,
        'the API client was revoked',
        null,
      );
      return false;
    }
    const body = JSON.stringify({
      id: delivery.event_id,
      type: delivery.type,
      occurredAt: new Date(delivery.occurred_at).toISOString(),
      aggregate: { type: delivery.aggregate_type, id: delivery.aggregate_id },
      data: delivery.payload,
    } satisfies WebhookPayload);
    const timestamp = Math.floor(Date.now() / 1000);
    const outcome: SendOutcome = await sendWebhook({
      url: delivery.url,
      body,
      timeoutMs: this.config.timeoutMs,
      publicOnly: this.config.environment === 'production',
      headers: {
        [WEBHOOK_HEADERS.eventId]: delivery.event_id,
        [WEBHOOK_HEADERS.eventType]: delivery.type,
        [WEBHOOK_HEADERS.deliveryId]: delivery.id,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(
          this.secrets.open(delivery.secret_ciphertext),
          timestamp,
          body,
        ),
      },
    });
    if (outcome.delivered) {
      await this.settle(delivery, WebhookDeliveryStatus.DELIVERED, null, null, outcome.status);
    } else if (delivery.attempts >= this.config.maxAttempts) {
      await this.settle(delivery, WebhookDeliveryStatus.DEAD, null, outcome.error, outcome.status);
    } else {
      const delay = retryDelayMs(delivery.attempts, this.config);
      await this.settle(
        delivery,
        WebhookDeliveryStatus.PENDING,
        delay,
        outcome.error,
        outcome.status,
      );
    }
    return outcome.delivered;
  }

  /**
   * Records an attempt's outcome, unless the delivery moved on meanwhile (its lease ran out and
   * another dispatcher claimed it, or it was replayed): then that newer attempt owns the row.
   */
  private async settle(
    delivery: ClaimedDelivery,
    status: WebhookDeliveryStatus,
    retryInMs: number | null,
    error: string | null,
    responseStatus: number | null,
  ): Promise<void> {
    await this.db.query(
      `UPDATE events.webhook_deliveries
          SET status = $6::text,
              next_attempt_at = CASE WHEN $3::float8 IS NULL THEN NULL
                                     ELSE now() + make_interval(secs => $3::float8 / 1000) END,
              delivered_at = CASE WHEN $6::text = 'DELIVERED' THEN now() END,
              last_error = $4, last_response_status = $5
        WHERE id = $1 AND attempts = $2 AND status = 'PENDING'`,
      [
        delivery.id,
        delivery.attempts,
        retryInMs,
        error?.slice(0, 500) ?? null,
        responseStatus,
        status,
      ],
    );
  }
}
