import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import {
  certificationOf,
  certificationStatus,
  kindWithArticle,
  OrganizationKind,
  type OrganizationEntity,
  OrganizationsService,
  type Region,
  SizeClass,
  VerticalsService,
} from '@vcp/consortia/organizations';
import { type Principal } from '@vcp/platform/auth';
import { containsPattern, inTransaction, sqlState } from '@vcp/platform/database';
import {
  BadUserInputError,
  type Connection,
  type ConnectionArgs,
  ConflictError,
  decodeCursor,
  NotFoundError,
  pageSize,
  toConnection,
} from '@vcp/platform/graphql';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type ActivationGap, activationGaps } from './activation-requirements';
import { ConsortiumAccessService } from './consortium-access.service';
import { ConsortiumPeopleService, lockConsortium } from './consortium-people.service';
import { assertConsortiumTransition, ConsortiumStatus } from './consortium-status';
import { ConsortiumEntity } from './consortium.entity';
import { ConsortiumPersonRole, MembershipStatus } from './membership-status';
import { MembershipEntity } from './membership.entity';

export interface NewConsortium {
  name: string;
  description?: string;
  verticalCode: string;
  regions: Region[];
  anchorOrganizationId: string;
  /** A person of the anchor firm to make the first LEAD. */
  leadUserId?: string;
}

export interface ConsortiumFilter {
  verticalCodes?: string[];
  regions?: Region[];
  statuses?: ConsortiumStatus[];
  anchorOrganizationId?: string;
  search?: string;
}

/** Consortiums and their lifecycle; every change is audited in its own transaction. */
@Injectable()
export class ConsortiumsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly verticals: VerticalsService,
    private readonly access: ConsortiumAccessService,
    private readonly people: ConsortiumPeopleService,
    private readonly audit: AuditLogService,
  ) {}

  async create(input: NewConsortium, by: Principal): Promise<ConsortiumEntity> {
    await this.verticals.require(input.verticalCode);
    const anchor = await this.organizations.findById(input.anchorOrganizationId);
    const classification = this.organizations.classify(anchor);
    if (classification?.sizeClass !== SizeClass.MID_SIZED) {
      throw new BadUserInputError(
        `The anchor firm must be mid-sized; ${anchor.name} is classed ${
          classification
            ? `${classification.sizeClass} (${classification.reason})`
            : `${kindWithArticle(anchor.kind)}, not a firm`
        }.`,
        {
          rule: 'ANCHOR_MID_SIZED',
          fields: [{ field: 'anchorOrganizationId', message: 'not mid-sized' }],
        },
      );
    }
    try {
      return await inTransaction(this.db, async (manager) => {
        const saved = await manager.save(
          manager.create(ConsortiumEntity, {
            name: input.name.trim(),
            description: input.description?.trim() ?? '',
            verticalCode: input.verticalCode,
            regions: [...new Set(input.regions)],
            anchorOrganizationId: anchor.id,
          }),
        );
        const consortium = await manager.findOneByOrFail(ConsortiumEntity, { id: saved.id });
        await this.audit.record(manager, {
          actor: actorOf(by),
          action: 'consortium.created',
          entityType: AuditEntityType.CONSORTIUM,
          entityId: consortium.id,
          consortiumId: consortium.id,
          organizationId: anchor.id,
          after: consortium,
        });
        if (input.leadUserId) {
          await this.people.grantWithin(
            manager,
            consortium,
            input.leadUserId,
            ConsortiumPersonRole.LEAD,
            by,
          );
        }
        return consortium;
      });
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new ConflictError(`A consortium named ${input.name.trim()} already exists.`, {
          rule: 'CONSORTIUM_NAME_UNIQUE',
        });
      }
      throw error;
    }
  }

  /** FORMING → ACTIVE once the anchor and members meet the minimums; operators or the consortium's leads. */
  activate(id: string, by: Principal): Promise<ConsortiumEntity> {
    return this.transition(id, ConsortiumStatus.ACTIVE, 'consortium.activated', by, null, {
      check: async (manager, consortium) => {
        await this.access.assertCanLead(manager, by, consortium);
        await this.assertReady(manager, consortium);
      },
    });
  }

  /** ACTIVE → SUSPENDED; operators only (declared on the resolver). */
  suspend(id: string, reason: string, by: Principal): Promise<ConsortiumEntity> {
    return this.transition(id, ConsortiumStatus.SUSPENDED, 'consortium.suspended', by, reason);
  }

  /** SUSPENDED → ACTIVE, which needs the same minimums as activation. */
  reinstate(id: string, by: Principal): Promise<ConsortiumEntity> {
    return this.transition(id, ConsortiumStatus.ACTIVE, 'consortium.reinstated', by, null, {
      check: (manager, consortium) => this.assertReady(manager, consortium),
    });
  }

  /** Any live status → DISSOLVED, which is final. */
  dissolve(id: string, reason: string, by: Principal): Promise<ConsortiumEntity> {
    return this.transition(id, ConsortiumStatus.DISSOLVED, 'consortium.dissolved', by, reason);
  }

  /** What activation still needs; empty when the consortium could be activated now. */
  async activationGaps(
    consortium: ConsortiumEntity,
    manager: EntityManager = this.db.manager,
  ): Promise<ActivationGap[]> {
    const anchor = await this.organizations.findById(consortium.anchorOrganizationId);
    const members = await manager.findBy(MembershipEntity, {
      consortiumId: consortium.id,
      status: MembershipStatus.ACTIVE,
    });
    const organizations = await this.organizations.findByIds(members.map((m) => m.organizationId));
    return this.assessActivation(
      anchor,
      members.map((membership, index) => ({ membership, organization: organizations[index] })),
    );
  }

  /** The activation rules over already loaded facts (the GraphQL layer loads them in batches). */
  assessActivation(
    anchor: OrganizationEntity,
    activeMembers: { membership: MembershipEntity; organization: OrganizationEntity | null }[],
  ): ActivationGap[] {
    const anchorClass = this.organizations.classify(anchor);
    return activationGaps(
      {
        name: anchor.name,
        sizeClass: anchorClass?.sizeClass ?? null,
        reason: anchorClass?.reason ?? 'not a firm',
      },
      activeMembers.map(({ membership, organization }) => {
        if (!organization) throw new Error(`membership ${membership.id} has no organisation`);
        const certification = certificationOf(organization);
        return {
          role: membership.role,
          organizationName: organization.name,
          sizeClass: this.organizations.classify(organization)?.sizeClass ?? null,
          isUniversity: organization.kind === OrganizationKind.UNIVERSITY,
          certification: {
            status: certificationStatus(certification),
            expiresOn: certification?.expiresOn ?? null,
          },
        };
      }),
    );
  }

  /** Whether the organisation is the consortium's anchor or an active firm member (not a university). */
  async isFirmOf(consortium: ConsortiumEntity, organizationId: string): Promise<boolean> {
    if (consortium.anchorOrganizationId === organizationId) return true;
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM consortia.memberships
        WHERE consortium_id = $1 AND organization_id = $2 AND status = 'ACTIVE'
          AND role IN ('SME_MEMBER', 'INTEGRATOR_PARTNER')`,
      [consortium.id, organizationId],
    );
    return rows.length > 0;
  }

  async findById(id: string): Promise<ConsortiumEntity> {
    const consortium = await this.db.getRepository(ConsortiumEntity).findOneBy({ id });
    if (!consortium) throw new NotFoundError('Consortium', id);
    return consortium;
  }

  async findByIds(ids: readonly string[]): Promise<(ConsortiumEntity | null)[]> {
    const rows = await this.db.getRepository(ConsortiumEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The directory, by name. */
  async page(
    filter: ConsortiumFilter,
    args: ConnectionArgs,
  ): Promise<Connection<ConsortiumEntity>> {
    const limit = pageSize(args);
    const query = this.db
      .getRepository(ConsortiumEntity)
      .createQueryBuilder('c')
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1);
    if (filter.verticalCodes?.length) {
      query.andWhere('c.vertical_code IN (:...verticals)', { verticals: filter.verticalCodes });
    }
    if (filter.regions?.length) {
      query.andWhere('c.regions && :regions::text[]', { regions: filter.regions });
    }
    if (filter.statuses?.length) {
      query.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.anchorOrganizationId) {
      query.andWhere('c.anchor_organization_id = :anchor', { anchor: filter.anchorOrganizationId });
    }
    if (filter.search) {
      query.andWhere('c.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    }
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      query.andWhere('(c.name, c.id) > (:name, :id)', { name: String(name), id: String(id) });
    }
    return toConnection(await query.getMany(), limit, (c) => [c.name, c.id]);
  }

  private async assertReady(manager: EntityManager, consortium: ConsortiumEntity): Promise<void> {
    const gaps = await this.activationGaps(consortium, manager);
    if (gaps.length) {
      throw new BadUserInputError(
        `${consortium.name} cannot be active yet: it needs ${gaps.map((gap) => gap.message).join('; ')}.`,
        { rule: 'ACTIVATION_REQUIREMENTS', missing: gaps },
      );
    }
  }

  private transition(
    id: string,
    to: ConsortiumStatus,
    action: string,
    by: Principal,
    reason: string | null,
    options: {
      check?: (manager: EntityManager, consortium: ConsortiumEntity) => Promise<void>;
    } = {},
  ): Promise<ConsortiumEntity> {
    return inTransaction(this.db, async (manager) => {
      const before = await lockConsortium(manager, id);
      assertConsortiumTransition(before.name, before.status, to);
      await options.check?.(manager, before);
      const now = new Date();
      await manager.update(
        ConsortiumEntity,
        { id },
        {
          status: to,
          statusReason: reason,
          statusChangedAt: now,
          ...(to === ConsortiumStatus.ACTIVE && !before.activatedAt ? { activatedAt: now } : {}),
        },
      );
      const after = await manager.findOneByOrFail(ConsortiumEntity, { id });
      await this.audit.record(manager, {
        actor: actorOf(by),
        action,
        entityType: AuditEntityType.CONSORTIUM,
        entityId: id,
        consortiumId: id,
        before,
        after,
      });
      return after;
    });
  }
}
