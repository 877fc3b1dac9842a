import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { OrganizationKind, OrganizationsService } from '@vcp/consortia/organizations';
import { PlatformRole, type Principal, UsersService } from '@vcp/platform/auth';
import { inTransaction, returnedRows } from '@vcp/platform/database';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { UniversityOfficerEntity, UniversityPolicyEntity } from './engagement.entities';
import { DEFAULT_WEEKLY_CAP_HOURS } from './hour-limits';

export interface UniversityPolicy {
  universityId: string;
  weeklyCapHours: number;
  approvalRequired: boolean;
}

/** Each university's policy on outside work (cap, approval) and the officers who apply it. */
@Injectable()
export class UniversitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly audit: AuditLogService,
  ) {}

  /** The university's policy, or the program default (8 hours a week, approval required). */
  async policyOf(universityId: string, manager = this.db.manager): Promise<UniversityPolicy> {
    const row = await manager.findOneBy(UniversityPolicyEntity, { universityId });
    return row
      ? {
          universityId,
          weeklyCapHours: row.weeklyCapHours,
          approvalRequired: row.approvalRequired,
        }
      : { universityId, weeklyCapHours: DEFAULT_WEEKLY_CAP_HOURS, approvalRequired: true };
  }

  async setPolicy(
    universityId: string,
    changes: { weeklyCapHours?: number; approvalRequired?: boolean },
    by: Principal,
  ): Promise<UniversityPolicy> {
    await this.requireUniversity(universityId);
    await this.assertOfficer(by, universityId);
    return inTransaction(this.db, async (manager) => {
      // Caps are read under a share lock on the university; a change waits for them and they for it.
      await this.organizations.lockForUpdate(manager, universityId);
      const before = await this.policyOf(universityId, manager);
      const after = { ...before, ...definedOnly(changes) };
      await manager.query(
        `INSERT INTO consortia.university_policies (university_id, weekly_cap_hours, approval_required, updated_by)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (university_id) DO UPDATE SET weekly_cap_hours = EXCLUDED.weekly_cap_hours,
           approval_required = EXCLUDED.approval_required, updated_by = EXCLUDED.updated_by,
           updated_at = now()`,
        [universityId, after.weeklyCapHours, after.approvalRequired, actorOf(by).id],
      );
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'university_policy.updated',
        entityType: AuditEntityType.UNIVERSITY_POLICY,
        entityId: universityId,
        organizationId: universityId,
        before,
        after,
      });
      return after;
    });
  }

  /** Makes a person of the university one of its officers; operators only (declared on the resolver). */
  async grantOfficer(universityId: string, userId: string, by: Principal): Promise<void> {
    const university = await this.requireUniversity(universityId);
    const person = await this.users.findById(userId);
    if (person.organizationId !== universityId) {
      throw new BadUserInputError(
        `${person.displayName} does not belong to ${university.name}; officers are its own staff.`,
        { rule: 'OFFICER_FROM_UNIVERSITY' },
      );
    }
    await inTransaction(this.db, async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO consortia.university_officers (university_id, user_id, granted_by)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
        [universityId, userId, actorOf(by).id],
      );
      if (inserted.length === 0) return;
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'university_policy.officer_granted',
        entityType: AuditEntityType.UNIVERSITY_POLICY,
        entityId: universityId,
        organizationId: universityId,
        after: { officerUserId: userId },
      });
    });
  }

  /** Takes officer rights away; operators only (declared on the resolver). */
  async revokeOfficer(universityId: string, userId: string, by: Principal): Promise<void> {
    await inTransaction(this.db, async (manager) => {
      const removed = returnedRows(
        await manager.query(
          `DELETE FROM consortia.university_officers WHERE university_id = $1 AND user_id = $2
         RETURNING user_id`,
          [universityId, userId],
        ),
      );
      if (removed.length === 0) throw new NotFoundError('Officer of the university', userId);
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'university_policy.officer_revoked',
        entityType: AuditEntityType.UNIVERSITY_POLICY,
        entityId: universityId,
        organizationId: universityId,
        before: { officerUserId: userId },
      });
    });
  }

  /** The policy inside a transaction, share-locked so a change to it waits for this one. */
  async lockedPolicyOf(manager: EntityManager, universityId: string): Promise<UniversityPolicy> {
    await this.organizations.lockForShare(manager, universityId);
    return this.policyOf(universityId, manager);
  }

  /** The universities this person is an officer of. */
  async officerUniversityIds(userId: string): Promise<string[]> {
    const rows = await this.db.getRepository(UniversityOfficerEntity).findBy({ userId });
    return rows.map((row) => row.universityId);
  }

  /** Officers of the university, and operators, decide on its faculty's engagements. */
  async assertOfficer(by: Principal, universityId: string): Promise<void> {
    if (by.kind === 'user') {
      if (by.roles.includes(PlatformRole.OPERATOR)) return;
      // Officer rights lapse when the person leaves the university.
      if (
        by.organizationId === universityId &&
        (await this.officerUniversityIds(by.userId)).includes(universityId)
      ) {
        return;
      }
    }
    throw new ForbiddenError("Only the university's officers, or a program operator, can do this.");
  }

  async requireUniversity(universityId: string) {
    const organization = await this.organizations.findById(universityId);
    if (organization.kind !== OrganizationKind.UNIVERSITY) {
      throw new BadUserInputError(`${organization.name} is not a university.`, {
        rule: 'UNIVERSITY_ONLY',
      });
    }
    return organization;
  }
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
