import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { type Principal, UsersService } from '@vcp/platform/auth';
import { inTransaction } from '@vcp/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { ConsortiumAccessService } from './consortium-access.service';
import { ConsortiumStatus } from './consortium-status';
import { ConsortiumEntity } from './consortium.entity';
import { ConsortiumPersonEntity } from './consortium-person.entity';
import { ConsortiumPersonRole, MembershipStatus } from './membership-status';

type ConsortiumRef = Pick<ConsortiumEntity, 'id' | 'name' | 'status' | 'anchorOrganizationId'>;

/** People's roles in a consortium: LEADs from the anchor firm, MANAGERs and VIEWERs from its organisations. */
@Injectable()
export class ConsortiumPeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly access: ConsortiumAccessService,
    private readonly audit: AuditLogService,
  ) {}

  /** Gives a person a role (or changes it); operators and the consortium's leads. */
  assign(
    consortiumId: string,
    userId: string,
    role: ConsortiumPersonRole,
    by: Principal,
  ): Promise<ConsortiumPersonEntity> {
    return inTransaction(this.db, async (manager) => {
      const consortium = await lockConsortium(manager, consortiumId);
      await this.access.assertCanLead(manager, by, consortium);
      if (consortium.status === ConsortiumStatus.DISSOLVED) {
        throw new ConflictError(
          `${consortium.name} is dissolved; its roles can no longer change.`,
          {
            rule: 'CONSORTIUM_LIFECYCLE',
          },
        );
      }
      return this.grantWithin(manager, consortium, userId, role, by);
    });
  }

  /** Takes a person's role away; the last lead of a live consortium stays. */
  revoke(consortiumId: string, userId: string, by: Principal): Promise<ConsortiumPersonEntity> {
    return inTransaction(this.db, async (manager) => {
      const consortium = await lockConsortium(manager, consortiumId);
      await this.access.assertCanLead(manager, by, consortium);
      const existing = await manager.findOneBy(ConsortiumPersonEntity, { consortiumId, userId });
      if (!existing) throw new NotFoundError('Consortium role of person', userId);
      await this.assertNotLastLead(manager, consortium, existing);
      await manager.delete(ConsortiumPersonEntity, { consortiumId, userId });
      await this.recordChange(manager, consortium, existing, null, by, 'consortium_person.revoked');
      return existing;
    });
  }

  /** The grant itself, inside a transaction that already holds the consortium's lock. */
  async grantWithin(
    manager: EntityManager,
    consortium: ConsortiumRef,
    userId: string,
    role: ConsortiumPersonRole,
    by: Principal,
  ): Promise<ConsortiumPersonEntity> {
    const person = await this.users.findById(userId);
    if (!person.organizationId) {
      throw new BadUserInputError(
        `${person.displayName} belongs to no organisation, so cannot hold a role in ${consortium.name}.`,
        { rule: 'PERSON_FROM_CONSORTIUM' },
      );
    }
    if (
      role === ConsortiumPersonRole.LEAD &&
      person.organizationId !== consortium.anchorOrganizationId
    ) {
      throw new BadUserInputError(
        `Leads come from the anchor firm; ${person.displayName} does not work for ${consortium.name}'s anchor.`,
        {
          rule: 'LEAD_FROM_ANCHOR',
          fields: [{ field: 'userId', message: 'not of the anchor firm' }],
        },
      );
    }
    if (person.organizationId !== consortium.anchorOrganizationId) {
      const [membership] = await manager.query<unknown[]>(
        `SELECT 1 FROM consortia.memberships
          WHERE consortium_id = $1 AND organization_id = $2 AND status = $3`,
        [consortium.id, person.organizationId, MembershipStatus.ACTIVE],
      );
      if (!membership) {
        throw new BadUserInputError(
          `${person.displayName}'s organisation is not an active member of ${consortium.name}; roles go to people of its anchor and members.`,
          { rule: 'PERSON_FROM_CONSORTIUM' },
        );
      }
    }
    const before = await manager.findOne(ConsortiumPersonEntity, {
      where: { consortiumId: consortium.id, userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (before?.role === role) return before;
    if (before) await this.assertNotLastLead(manager, consortium, before);
    await manager.query(
      `INSERT INTO consortia.consortium_people (consortium_id, user_id, organization_id, role, granted_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (consortium_id, user_id)
       DO UPDATE SET role = EXCLUDED.role, organization_id = EXCLUDED.organization_id,
                     granted_by = EXCLUDED.granted_by, granted_at = now()`,
      [consortium.id, userId, person.organizationId, role, by.kind === 'user' ? by.userId : null],
    );
    const after = await manager.findOneByOrFail(ConsortiumPersonEntity, {
      consortiumId: consortium.id,
      userId,
    });
    await this.recordChange(manager, consortium, before, after, by, 'consortium_person.assigned');
    return after;
  }

  /** When an organisation leaves, its people's roles in the consortium go with it. */
  async revokeOrganizationWithin(
    manager: EntityManager,
    consortium: ConsortiumRef,
    organizationId: string,
    by: Principal,
  ): Promise<void> {
    const held = await manager.findBy(ConsortiumPersonEntity, {
      consortiumId: consortium.id,
      organizationId,
    });
    for (const person of held) {
      await manager.delete(ConsortiumPersonEntity, {
        consortiumId: consortium.id,
        userId: person.userId,
      });
      await this.recordChange(manager, consortium, person, null, by, 'consortium_person.revoked');
    }
  }

  async peopleOf(consortiumIds: readonly string[]): Promise<ConsortiumPersonEntity[]> {
    return this.db.getRepository(ConsortiumPersonEntity).find({
      where: { consortiumId: In([...consortiumIds]) },
      order: { grantedAt: 'ASC' },
    });
  }

  private async assertNotLastLead(
    manager: EntityManager,
    consortium: ConsortiumRef,
    leaving: ConsortiumPersonEntity,
  ): Promise<void> {
    if (leaving.role !== ConsortiumPersonRole.LEAD) return;
    if (
      consortium.status !== ConsortiumStatus.ACTIVE &&
      consortium.status !== ConsortiumStatus.SUSPENDED
    ) {
      return;
    }
    const leads = await manager.countBy(ConsortiumPersonEntity, {
      consortiumId: consortium.id,
      role: ConsortiumPersonRole.LEAD,
    });
    if (leads <= 1) {
      throw new ConflictError(
        `${consortium.name} would be left without a lead; name another lead first.`,
        { rule: 'KEEP_A_LEAD' },
      );
    }
  }

  private recordChange(
    manager: EntityManager,
    consortium: ConsortiumRef,
    before: ConsortiumPersonEntity | null,
    after: ConsortiumPersonEntity | null,
    by: Principal,
    action: string,
  ): Promise<void> {
    const subject = after ?? before;
    if (!subject) throw new Error('a role change needs a before or an after');
    return this.audit.record(manager, {
      actor: actorOf(by),
      action,
      entityType: AuditEntityType.CONSORTIUM_PERSON,
      entityId: `${consortium.id}:${subject.userId}`,
      consortiumId: consortium.id,
      organizationId: subject.organizationId,
      before,
      after,
    });
  }
}

/** Every change to a consortium or its members queues behind this row lock. */
export async function lockConsortium(
  manager: EntityManager,
  id: string,
): Promise<ConsortiumEntity> {
  const consortium = await manager.findOne(ConsortiumEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!consortium) throw new NotFoundError('Consortium', id);
  return consortium;
}
