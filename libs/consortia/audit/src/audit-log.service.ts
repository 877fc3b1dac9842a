import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import {
  type Connection,
  type ConnectionArgs,
  decodeCursor,
  pageSize,
  toConnection,
} from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { ActorType, AuditEntityType, AuditEventEntity } from './audit-event.entity';

export interface Actor {
  type: ActorType;
  id: string | null;
}

/** Who a change is attributed to: the signed-in person, the partner client, or the system. */
export function actorOf(principal: Principal | null): Actor {
  if (!principal) return { type: ActorType.SYSTEM, id: null };
  return principal.kind === 'user'
    ? { type: ActorType.USER, id: principal.userId }
    : { type: ActorType.CLIENT, id: principal.clientId };
}

export interface AuditEntry {
  actor: Actor;
  /** `<entity>.<verb>`, e.g. `membership.suspended`. */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  consortiumId?: string | null;
  organizationId?: string | null;
  before?: object | null;
  after?: object | null;
}

export interface AuditFilter {
  consortiumId?: string;
  organizationId?: string;
  entityType?: AuditEntityType;
  entityId?: string;
}

/** The audit log: written inside the caller's transaction, read newest first. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Must be called with the manager of the transaction that makes the change. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`audit entry ${entry.action} recorded outside a transaction`);
    }
    await manager.query(
      `INSERT INTO consortia.audit_events
         (actor_type, actor_id, action, entity_type, entity_id, consortium_id, organization_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        entry.actor.type,
        entry.actor.id,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.consortiumId ?? null,
        entry.organizationId ?? null,
        snapshot(entry.before),
        snapshot(entry.after),
      ],
    );
  }

  /** The newest events of each consortium, one page each, in one query (for DataLoader). */
  async pagesForConsortiums(
    consortiumIds: readonly string[],
    args: ConnectionArgs,
  ): Promise<Connection<AuditEventEntity>[]> {
    const limit = pageSize(args);
    const [lastId] = args.after ? decodeCursor(args.after, ['integer']) : [null];
    const rows = await this.db.query<(AuditEventEntity & { position: string })[]>(
      `SELECT ranked.* FROM (
         SELECT e.id::text AS id, e.occurred_at AS "occurredAt", e.actor_type AS "actorType",
                e.actor_id AS "actorId", e.action, e.entity_type AS "entityType",
                e.entity_id AS "entityId", e.consortium_id AS "consortiumId",
                e.organization_id AS "organizationId", e.before, e.after,
                row_number() OVER (PARTITION BY e.consortium_id ORDER BY e.id DESC) AS position
           FROM consortia.audit_events e
          WHERE e.consortium_id = ANY ($1::uuid[]) AND ($2::bigint IS NULL OR e.id < $2::bigint)
       ) ranked
       WHERE ranked.position <= $3`,
      [[...consortiumIds], lastId === null ? null : String(lastId), limit + 1],
    );
    const byConsortium = new Map<string, AuditEventEntity[]>();
    for (const { position: _position, ...row } of rows) {
      const list = byConsortium.get(row.consortiumId ?? '') ?? [];
      list.push(Object.assign(new AuditEventEntity(), row));
      byConsortium.set(row.consortiumId ?? '', list);
    }
    return consortiumIds.map((id) =>
      toConnection(byConsortium.get(id) ?? [], limit, (event) => [event.id]),
    );
  }

  async page(filter: AuditFilter, args: ConnectionArgs): Promise<Connection<AuditEventEntity>> {
    const limit = pageSize(args);
    const query = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .orderBy('event.id', 'DESC')
      .limit(limit + 1);
    if (filter.consortiumId) {
      query.andWhere('event.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
    }
    if (filter.organizationId) {
      query.andWhere('event.organization_id = :organizationId', {
        organizationId: filter.organizationId,
      });
    }
    if (filter.entityType) {
      query.andWhere('event.entity_type = :entityType', { entityType: filter.entityType });
    }
    if (filter.entityId)
      query.andWhere('event.entity_id = :entityId', { entityId: filter.entityId });
    if (args.after) {
      const [lastId] = decodeCursor(args.after, ['integer']);
      query.andWhere('event.id < :lastId', { lastId: String(lastId) });
    }
    return toConnection(await query.getMany(), limit, (event) => [event.id]);
  }
}

/** The JSON stored for a before/after image: dates as ISO strings, undefined fields dropped. */
function snapshot(value: object | null | undefined): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
