import { Injectable, type OnModuleInit } from '@nestjs/common';
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
import { ConsortiumPersonEntity } from './consortium-person.entity';
import { type ActivationGap, activationGaps } from './activation-requirements';
import { ConsortiumAccessService } from './consortium-access.service';
import { ConsortiumPeopleService, lockConsortium } from './consortium-people.service';
import { assertConsortiumTransition, ConsortiumStatus } from './consortium-status';
import { ConsortiumEntity } from './consortium.entity';
import { ConsortiumPersonRole, LIVE_STATUSES, MembershipStatus } from './membership-status';
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
export class ConsortiumsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly verticals: VerticalsService,
    private readonly access: ConsortiumAccessService,
    private readonly people: ConsortiumPeopleService,
    private readonly audit: AuditLogService,
  ) {}

  async create(input: NewConsortium, by: Principal): Promise<ConsortiumEntity> {
    if (input.name.trim().length === 0) {
      throw new BadUserInputError('The name must be 1 to 200 characters, not only spaces.', {
        rule: 'NAME_REQUIRED',
        fields: [{ field: 'name', message: 'required' }],
      });
    }
    if (input.regions.length === 0) {
      throw new BadUserInputError('Name at least one region the consortium works in.', {
        rule: 'REGIONS_REQUIRED',
        fields: [{ field: 'regions', message: 'at least one region' }],
      });
    }
    await this.verticals.require(input.verticalCode);
    const anchor = await this.organizations.findById(input.anchorOrganizationId);
    const classification = this.organizations.classify(anchor);
    if (
      anchor.kind !== OrganizationKind.MID_SIZED_FIRM ||
      classification?.sizeClass !== SizeClass.MID_SIZED
    ) {
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
        // Held until commit, so the anchor cannot be reclassified while it becomes one.
        await this.organizations.lockForShare(manager, anchor.id);
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
        // A suspension is lifted by an operator (reinstate), never by the consortium's own leads.
        if (consortium.status !== ConsortiumStatus.FORMING) {
          throw new ConflictError(
            `${consortium.name} is ${consortium.status}; only a FORMING consortium is activated (a suspended one is reinstated by an operator).`,
            { rule: 'CONSORTIUM_LIFECYCLE', status: consortium.status },
          );
        }
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
    return this.transition(id, ConsortiumStatus.DISSOLVED, 'consortium.dissolved', by, reason, {
      // Members leave with it, so an SME is free to join another consortium of the vertical.
      after: async (manager, consortium) => {
        const live = await manager.findBy(MembershipEntity, {
          consortiumId: consortium.id,
          status: In([...LIVE_STATUSES]),
        });
        for (const before of live) {
          await manager.update(
            MembershipEntity,
            { id: before.id },
            {
              status: MembershipStatus.REMOVED,
              statusReason: 'consortium dissolved',
              statusChangedAt: new Date(),
            },
          );
          const after = await manager.findOneByOrFail(MembershipEntity, { id: before.id });
          await this.audit.record(manager, {
            actor: actorOf(by),
            action: 'membership.removed',
            entityType: AuditEntityType.MEMBERSHIP,
            entityId: before.id,
            consortiumId: consortium.id,
            organizationId: before.organizationId,
            before,
            after,
          });
        }
      },
    });
  }

  /** The size rules other changes must keep: anchors stay mid-sized, SME members stay SMEs. */
  onModuleInit(): void {
    this.organizations.addUpdateCheck(async (manager, organization, classification) => {
      const [anchored] = await manager.query<{ name: string }[]>(
        `SELECT name FROM consortia.consortiums
          WHERE anchor_organization_id = $1 AND status <> 'DISSOLVED' LIMIT 1`,
        [organization.id],
      );
      if (
        anchored &&
        (organization.kind !== OrganizationKind.MID_SIZED_FIRM ||
          classification?.sizeClass !== SizeClass.MID_SIZED)
      ) {
        throw new ConflictError(
          `${organization.name} anchors ${anchored.name}, and an anchor must stay a mid-sized firm; dissolve the consortium first.`,
          { rule: 'ANCHOR_MID_SIZED' },
        );
      }
      const [member] = await manager.query<{ name: string }[]>(
        `SELECT c.name FROM consortia.memberships m JOIN consortia.consortiums c ON c.id = m.consortium_id
          WHERE m.organization_id = $1 AND m.role = 'SME_MEMBER' AND m.status IN ('ACTIVE', 'SUSPENDED')
          LIMIT 1`,
        [organization.id],
      );
      if (member && classification?.sizeClass !== SizeClass.SME) {
        throw new ConflictError(
          `${organization.name} is an SME member of ${member.name}, and would no longer be an SME; remove the membership first.`,
          { rule: 'ROLE_QUALIFICATION' },
        );
      }
    });
  }

  /** What activation still needs; empty when the consortium could be activated now. */
  async activationGaps(
    consortium: ConsortiumEntity,
    manager: EntityManager = this.db.manager,
  ): Promise<ActivationGap[]> {
    const anchor = await this.organizations.lockForShare(manager, consortium.anchorOrganizationId);
    const members = await manager.findBy(MembershipEntity, {
      consortiumId: consortium.id,
      status: MembershipStatus.ACTIVE,
    });
    const activeMembers = [];
    for (const membership of members) {
      activeMembers.push({
        membership,
        organization: await this.organizations.lockForShare(manager, membership.organizationId),
      });
    }
    const leads = await manager.countBy(ConsortiumPersonEntity, {
      consortiumId: consortium.id,
      role: ConsortiumPersonRole.LEAD,
    });
    return this.assessActivation(anchor, activeMembers, leads);
  }

  /** The activation rules over already loaded facts (the GraphQL layer loads them in batches). */
  assessActivation(
    anchor: OrganizationEntity,
    activeMembers: { membership: MembershipEntity; organization: OrganizationEntity | null }[],
    leads: number,
  ): ActivationGap[] {
    const anchorClass = this.organizations.classify(anchor);
    return activationGaps(
      { name: anchor.name, sizeClass: anchorClass?.sizeClass ?? null },
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
      leads,
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
      const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
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
      after?: (manager: EntityManager, consortium: ConsortiumEntity) => Promise<void>;
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
      await options.after?.(manager, after);
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
