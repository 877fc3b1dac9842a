import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type DomainEvent, EVENT_AUDIENCE } from './event-types';

/**
 * The transactional outbox. `record` writes the event and one pending delivery per matching
 * webhook subscription in the caller's transaction, so the event exists exactly when the change
 * commits and disappears with it on rollback. Delivery state then lives in PostgreSQL, which is
 * why no event is lost when a service or a receiver restarts.
 */
@Injectable()
export class OutboxService {
  /** Must be called with the manager of the transaction that makes the change; returns the event id. */
  async record(manager: EntityManager, event: DomainEvent): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`event ${event.type} recorded outside a transaction`);
    }
    const audience = EVENT_AUDIENCE[event.type];
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO events.outbox (type, aggregate_type, aggregate_id, scope, organization_ids, payload)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        event.type,
        event.aggregate.type,
        event.aggregate.id,
        audience.scope,
        audience.organizationBound ? [...new Set(event.organizationIds)] : null,
        JSON.stringify(event.data),
      ],
    );
    // Fan out to the subscriptions that may see it: an operator's, or a live client's whose scopes
    // (and, for organisation-bound events, organisation) cover it. Paused subscriptions queue.
    await manager.query(
      `INSERT INTO events.webhook_deliveries (event_id, subscription_id, next_attempt_at)
       SELECT o.id, s.id, now()
         FROM events.outbox o
         JOIN events.webhook_subscriptions s ON s.deleted_at IS NULL AND o.type = ANY (s.event_types)
         LEFT JOIN identity.api_clients c ON c.id = s.api_client_id
         LEFT JOIN identity.users u ON u.id = s.owner_user_id
        WHERE o.id = $1
          AND (
            (u.id IS NOT NULL AND u.disabled_at IS NULL AND 'OPERATOR' = ANY (u.roles))
            OR (c.id IS NOT NULL AND c.revoked_at IS NULL AND o.scope = ANY (c.scopes)
                AND (o.organization_ids IS NULL OR c.organization_id = ANY (o.organization_ids)))
          )`,
      [id],
    );
    return id;
  }
}
