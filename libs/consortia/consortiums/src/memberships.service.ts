import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { type OrganizationEntity, OrganizationsService } from '@vcp/consortia/organizations';
import { type Principal, UsersService } from '@vcp/platform/auth';
import { inTransaction, sqlState } from '@vcp/platform/database';
import { isWebhookEventType, OutboxService } from '@vcp/platform/events';
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
import { type DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';
import { ConsortiumAccessService } from './consortium-access.service';
import { ConsortiumPeopleService, lockConsortium } from './consortium-people.service';
import { ConsortiumStatus } from './consortium-status';
import { type ConsortiumEntity } from './consortium.entity';
import { qualificationProblem } from './membership-qualification';
import {
  assertMembershipTransition,
  ConsortiumPersonRole,
  INVITATION_TTL_DAYS,
  LIVE_STATUSES,
  MembershipRole,
  MembershipStatus,
} from './membership-status';
import { effectiveStatus, MembershipEntity } from './membership.entity';

export interface NewInvitation {
  consortiumId: string;
  organizationId: string;
  role: MembershipRole;
  /** A person of the invited organisation who gets a role in the consortium on acceptance. */
  personId?: string;
  personRole?: ConsortiumPersonRole.MANAGER | ConsortiumPersonRole.VIEWER;
}

export interface MemberListArgs {
  first: number;
  after?: string;
  statuses: MembershipStatus[];
}

const OPEN_FOR_MEMBERS = [ConsortiumStatus.FORMING, ConsortiumStatus.ACTIVE];

/**
 * Invitations and memberships. Each change locks its consortium's row first, so changes to one
 * consortium happen one at a time; the database's unique indexes back the one-live-membership
 * and one-SME-membership-per-vertical rules across consortiums.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly access: ConsortiumAccessService,
    private readonly people: ConsortiumPeopleService,
    private readonly audit: AuditLogService,
    private readonly outbox: OutboxService,
  ) {}

  async invite(input: NewInvitation, by: Principal): Promise<MembershipEntity> {
    try {
      return await inTransaction(this.db, async (manager) => {
        const consortium = await lockConsortium(manager, input.consortiumId);
        await this.access.assertCanManageMembers(manager, by, consortium);
        // Naming a MANAGER hands out management, which is the leads' call.
        if (input.personId && input.personRole === ConsortiumPersonRole.MANAGER) {
          await this.access.assertCanLead(manager, by, consortium);
        }
        assertOpenForMembers(consortium, 'invite members');
        const organization = await this.organizations.lockForShare(manager, input.organizationId);
        if (input.personId) {
          const person = await this.users.findById(input.personId);
          if (person.organizationId !== organization.id) {
            throw new BadUserInputError(
              `That person does not belong to ${organization.name}; invite a person of the invited organisation.`,
              {
                rule: 'PERSON_FROM_ORGANIZATION',
                fields: [{ field: 'personId', message: 'not of the organisation' }],
              },
            );
          }
        }
        if (organization.id === consortium.anchorOrganizationId) {
          throw new BadUserInputError(
            `${organization.name} anchors ${consortium.name}; the anchor is not invited as a member.`,
            { rule: 'ANCHOR_NOT_MEMBER' },
          );
        }
        this.assertQualifies(organization, input.role);
        await this.expireLapsed(manager, consortium.id, organization.id);
        const live = await manager.findOne(MembershipEntity, {
          where: LIVE_STATUSES.map((status) => ({
            consortiumId: consortium.id,
            organizationId: organization.id,
            status,
          })),
        });
        if (live) {
          throw new ConflictError(
            `${organization.name} already has ${live.status === MembershipStatus.INVITED ? 'an open invitation to' : `a ${live.status} membership in`} ${consortium.name}.`,
            { rule: 'ONE_LIVE_MEMBERSHIP', membershipId: live.id },
          );
        }
        if (input.role === MembershipRole.SME_MEMBER) {
          await this.assertNoOtherSmeMembership(manager, organization, consortium);
        }
        const [{ id }] = await manager.query<{ id: string }[]>(
          `INSERT INTO consortia.memberships
             (consortium_id, vertical_code, organization_id, role, invited_by,
              invitation_expires_at, invited_person_id, invited_person_role)
           VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6), $7, $8)
           RETURNING id`,
          [
            consortium.id,
            consortium.verticalCode,
            organization.id,
            input.role,
            by.kind === 'user' ? by.userId : null,
            INVITATION_TTL_DAYS,
            input.personId ?? null,
            input.personId ? (input.personRole ?? ConsortiumPersonRole.VIEWER) : null,
          ],
        );
        const membership = await manager.findOneByOrFail(MembershipEntity, { id });
        await this.record(manager, 'membership.invited', by, null, membership);
        return membership;
      });
    } catch (error) {
      throw await this.explainUniqueViolation(error, input.organizationId);
    }
  }

  /** Records lapsed invitations as EXPIRED (audited as the system's doing) before a new one. */
  private async expireLapsed(
    manager: EntityManager,
    consortiumId: string,
    organizationId: string,
  ): Promise<void> {
    const lapsed = await manager.findBy(MembershipEntity, {
      consortiumId,
      organizationId,
      status: MembershipStatus.INVITED,
      invitationExpiresAt: LessThanOrEqual(new Date()),
    });
    for (const before of lapsed) {
      await manager.update(
        MembershipEntity,
        { id: before.id },
        { status: MembershipStatus.EXPIRED, statusChangedAt: new Date() },
      );
      const after = await manager.findOneByOrFail(MembershipEntity, { id: before.id });
      await this.record(manager, 'membership.expired', null, before, after);
    }
  }

  /** The invited organisation's admin joins; repeating an accept changes nothing. */
  async accept(membershipId: string, by: Principal): Promise<MembershipEntity> {
    const { membership: found, organization } = await this.answerable(membershipId, by);
    try {
      return await inTransaction(this.db, async (manager) => {
        const consortium = await lockConsortium(manager, found.consortiumId);
        const before = await this.lockMembership(manager, membershipId);
        if (before.status === MembershipStatus.ACTIVE) return before;
        assertNotExpired(before, organization, consortium);
        assertMembershipTransition(organization.name, before.status, MembershipStatus.ACTIVE);
        assertOpenForMembers(consortium, 'accept invitations');
        this.assertQualifies(
          await this.organizations.lockForShare(manager, organization.id),
          before.role,
        );
        await manager.query(
          `UPDATE consortia.memberships
              SET status = 'ACTIVE', joined_at = now(), status_changed_at = now()
            WHERE id = $1`,
          [membershipId],
        );
        const after = await manager.findOneByOrFail(MembershipEntity, { id: membershipId });
        await this.record(manager, 'membership.accepted', by, before, after);
        if (after.invitedPersonId && after.invitedPersonRole) {
          await this.people.grantWithin(
            manager,
            consortium,
            after.invitedPersonId,
            after.invitedPersonRole,
            by,
          );
        }
        return after;
      });
    } catch (error) {
      throw await this.explainUniqueViolation(error, organization.id, found.verticalCode);
    }
  }

  async decline(
    membershipId: string,
    reason: string | null,
    by: Principal,
  ): Promise<MembershipEntity> {
    const { membership: found, organization } = await this.answerable(membershipId, by);
    return inTransaction(this.db, async (manager) => {
      const consortium = await lockConsortium(manager, found.consortiumId);
      const before = await this.lockMembership(manager, membershipId);
      assertNotExpired(before, organization, consortium);
      assertMembershipTransition(organization.name, before.status, MembershipStatus.DECLINED);
      return this.changeStatus(
        manager,
        before,
        MembershipStatus.DECLINED,
        reason,
        by,
        'membership.declined',
      );
    });
  }

  suspend(membershipId: string, reason: string, by: Principal): Promise<MembershipEntity> {
    return this.manage(membershipId, by, async (manager, before, organization, consortium) => {
      assertMembershipTransition(organization.name, before.status, MembershipStatus.SUSPENDED);
      assertNotDissolved(consortium);
      return this.changeStatus(
        manager,
        before,
        MembershipStatus.SUSPENDED,
        reason,
        by,
        'membership.suspended',
      );
    });
  }

  reinstate(membershipId: string, by: Principal): Promise<MembershipEntity> {
    return this.manage(membershipId, by, async (manager, before, organization, consortium) => {
      assertMembershipTransition(organization.name, before.status, MembershipStatus.ACTIVE);
      assertNotDissolved(consortium);
      this.assertQualifies(
        await this.organizations.lockForShare(manager, organization.id),
        before.role,
      );
      return this.changeStatus(
        manager,
        before,
        MembershipStatus.ACTIVE,
        null,
        by,
        'membership.reinstated',
      );
    });
  }

  /** Removes a member or withdraws an open invitation; the organisation's people lose their roles here. */
  remove(membershipId: string, reason: string | null, by: Principal): Promise<MembershipEntity> {
    return this.manage(membershipId, by, async (manager, before, organization, consortium) => {
      assertMembershipTransition(
        organization.name,
        effectiveStatus(before),
        MembershipStatus.REMOVED,
      );
      const after = await this.changeStatus(
        manager,
        before,
        MembershipStatus.REMOVED,
        reason,
        by,
        'membership.removed',
      );
      await this.people.revokeOrganizationWithin(manager, consortium, organization.id, by);
      return after;
    });
  }

  async findById(id: string): Promise<MembershipEntity> {
    const membership = await this.db.getRepository(MembershipEntity).findOneBy({ id });
    if (!membership) throw new NotFoundError('Membership', id);
    return membership;
  }

  /**
   * One page of members per consortium, by organisation name, in one query whatever the number
   * of consortiums (for DataLoader).
   */
  async membersOf(
    consortiumIds: readonly string[],
    args: MemberListArgs,
  ): Promise<Connection<MembershipEntity & { organizationName: string }>[]> {
    const [afterName, afterId] = args.after
      ? decodeCursor(args.after, ['string', 'uuid']).map(String)
      : [null, null];
    const rows = await this.db.query<(MembershipEntity & { organizationName: string })[]>(
      `SELECT ranked.* FROM (
         SELECT m.id, m.consortium_id AS "consortiumId", m.vertical_code AS "verticalCode",
                m.organization_id AS "organizationId", m.role, m.status,
                m.invited_by AS "invitedBy", m.invited_at AS "invitedAt",
                m.invitation_expires_at AS "invitationExpiresAt",
                m.invited_person_id AS "invitedPersonId", m.invited_person_role AS "invitedPersonRole",
                m.joined_at AS "joinedAt", m.status_reason AS "statusReason",
                m.status_changed_at AS "statusChangedAt", o.name AS "organizationName",
                row_number() OVER (PARTITION BY m.consortium_id ORDER BY o.name, m.id) AS position
           FROM consortia.memberships m
           JOIN consortia.organizations o ON o.id = m.organization_id
          WHERE m.consortium_id = ANY ($1::uuid[])
            AND (CASE WHEN m.status = 'INVITED' AND m.invitation_expires_at <= now()
                      THEN 'EXPIRED' ELSE m.status END) = ANY ($2::text[])
            AND ($3::text IS NULL OR (o.name, m.id) > ($3::text, $4::uuid))
       ) ranked
       WHERE ranked.position <= $5
       ORDER BY ranked."consortiumId", ranked.position`,
      [[...consortiumIds], args.statuses, afterName, afterId, args.first + 1],
    );
    const byConsortium = new Map<string, (MembershipEntity & { organizationName: string })[]>();
    for (const { position: _position, ...row } of rows as ((typeof rows)[number] & {
      position: string;
    })[]) {
      const list = byConsortium.get(row.consortiumId) ?? [];
      list.push(Object.assign(new MembershipEntity(), row));
      byConsortium.set(row.consortiumId, list);
    }
    return consortiumIds.map((id) =>
      toConnection(byConsortium.get(id) ?? [], args.first, (m) => [m.organizationName, m.id]),
    );
  }

  /** Open invitations addressed to these organisations, soonest deadline first. */
  async openInvitationsFor(
    organizationId: string,
    args: ConnectionArgs,
  ): Promise<Connection<MembershipEntity>> {
    const limit = pageSize(args);
    // Millisecond precision on both sides, as a JavaScript Date in the cursor holds it.
    const deadline = `date_trunc('milliseconds', m.invitation_expires_at)`;
    const query = this.db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.organization_id = :organizationId', { organizationId })
      .andWhere(`m.status = 'INVITED' AND m.invitation_expires_at > now()`)
      .orderBy(deadline, 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1);
    if (args.after) {
      const [expiresAt, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      query.andWhere(`(${deadline}, m.id) > (:expiresAt, :id)`, { expiresAt, id });
    }
    return toConnection(await query.getMany(), limit, (m) => [
      m.invitationExpiresAt.toISOString(),
      m.id,
    ]);
  }

  private assertQualifies(organization: OrganizationEntity, role: MembershipRole): void {
    const problem = qualificationProblem(
      organization,
      this.organizations.classify(organization),
      role,
    );
    if (problem) {
      throw new BadUserInputError(`${capitalise(problem)}.`, { rule: 'ROLE_QUALIFICATION', role });
    }
  }

  private async assertNoOtherSmeMembership(
    manager: EntityManager,
    organization: OrganizationEntity,
    consortium: ConsortiumEntity,
  ): Promise<void> {
    const [other] = await manager.query<{ name: string }[]>(
      `SELECT c.name FROM consortia.memberships m JOIN consortia.consortiums c ON c.id = m.consortium_id
        WHERE m.organization_id = $1 AND m.vertical_code = $2 AND m.role = 'SME_MEMBER'
          AND m.status IN ('ACTIVE', 'SUSPENDED') AND m.consortium_id <> $3`,
      [organization.id, consortium.verticalCode, consortium.id],
    );
    if (other) throw smeOnePerVertical(organization.name, other.name, consortium.verticalCode);
  }

  /** The membership and organisation, once the caller is known to answer for that organisation. */
  private async answerable(
    membershipId: string,
    by: Principal,
  ): Promise<{ membership: MembershipEntity; organization: OrganizationEntity }> {
    const membership = await this.findById(membershipId);
    const organization = await this.organizations.findById(membership.organizationId);
    await this.access.assertOrganizationAdmin(by, organization);
    return { membership, organization };
  }

  private async manage(
    membershipId: string,
    by: Principal,
    change: (
      manager: EntityManager,
      before: MembershipEntity,
      organization: OrganizationEntity,
      consortium: ConsortiumEntity,
    ) => Promise<MembershipEntity>,
  ): Promise<MembershipEntity> {
    const found = await this.findById(membershipId);
    const organization = await this.organizations.findById(found.organizationId);
    try {
      return await inTransaction(this.db, async (manager) => {
        const consortium = await lockConsortium(manager, found.consortiumId);
        await this.access.assertCanManageMembers(manager, by, consortium);
        const before = await this.lockMembership(manager, membershipId);
        return change(manager, before, organization, consortium);
      });
    } catch (error) {
      throw await this.explainUniqueViolation(error, organization.id, found.verticalCode);
    }
  }

  private async lockMembership(manager: EntityManager, id: string): Promise<MembershipEntity> {
    const membership = await manager.findOne(MembershipEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw new NotFoundError('Membership', id);
    return membership;
  }

  private async changeStatus(
    manager: EntityManager,
    before: MembershipEntity,
    to: MembershipStatus,
    reason: string | null,
    by: Principal,
    action: string,
  ): Promise<MembershipEntity> {
    await manager.update(
      MembershipEntity,
      { id: before.id },
      { status: to, statusReason: reason, statusChangedAt: new Date() },
    );
    const after = await manager.findOneByOrFail(MembershipEntity, { id: before.id });
    await this.record(manager, action, by, before, after);
    return after;
  }

  /** Audits the change and, for the membership events partners subscribe to, records the event. */
  private async record(
    manager: EntityManager,
    action: string,
    by: Principal | null,
    before: MembershipEntity | null,
    after: MembershipEntity,
  ): Promise<void> {
    await this.audit.record(manager, {
      actor: actorOf(by),
      action,
      entityType: AuditEntityType.MEMBERSHIP,
      entityId: after.id,
      consortiumId: after.consortiumId,
      organizationId: after.organizationId,
      before,
      after,
    });
    if (isWebhookEventType(action)) {
      await this.outbox.record(manager, {
        type: action,
        aggregate: { type: 'membership', id: after.id },
        organizationIds: [after.organizationId],
        data: {
          membershipId: after.id,
          consortiumId: after.consortiumId,
          organizationId: after.organizationId,
          role: after.role,
          status: after.status,
          previousStatus: before?.status ?? null,
          reason: after.statusReason,
        },
      });
    }
  }

  /**
   * The unique indexes are the last word when two transactions race past the checks (two
   * consortiums of one vertical accepting the same SME at once); the loser gets a CONFLICT.
   */
  private async explainUniqueViolation(
    error: unknown,
    organizationId: string,
    verticalCode?: string,
  ): Promise<unknown> {
    if (sqlState(error) !== '23505') return error;
    const message = error instanceof Error ? error.message : '';
    const organization = await this.organizations.findById(organizationId);
    if (message.includes('memberships_sme_one_per_vertical_key')) {
      const [other] = await this.db.query<{ name: string; vertical_code: string }[]>(
        `SELECT c.name, c.vertical_code FROM consortia.memberships m
           JOIN consortia.consortiums c ON c.id = m.consortium_id
          WHERE m.organization_id = $1 AND m.role = 'SME_MEMBER' AND m.status IN ('ACTIVE', 'SUSPENDED')
            AND ($2::text IS NULL OR m.vertical_code = $2)
          ORDER BY m.joined_at DESC LIMIT 1`,
        [organization.id, verticalCode ?? null],
      );
      return smeOnePerVertical(
        organization.name,
        other?.name ?? 'another consortium',
        other?.vertical_code ?? verticalCode ?? 'same',
      );
    }
    if (message.includes('memberships_one_live_key')) {
      return new ConflictError(
        `${organization.name} already has a live membership or invitation there.`,
        { rule: 'ONE_LIVE_MEMBERSHIP' },
      );
    }
    return error;
  }
}

function smeOnePerVertical(organization: string, other: string, vertical: string): ConflictError {
  return new ConflictError(
    `${organization} is already an SME member of ${other} in the ${vertical} vertical; an SME belongs to one consortium per vertical.`,
    { rule: 'SME_ONE_PER_VERTICAL' },
  );
}

function assertOpenForMembers(consortium: ConsortiumEntity, doing: string): void {
  if (!OPEN_FOR_MEMBERS.includes(consortium.status)) {
    throw new ConflictError(
      `${consortium.name} is ${consortium.status}; it can ${doing} only while forming or active.`,
      { rule: 'CONSORTIUM_LIFECYCLE' },
    );
  }
}

function assertNotDissolved(consortium: ConsortiumEntity): void {
  if (consortium.status === ConsortiumStatus.DISSOLVED) {
    throw new ConflictError(
      `${consortium.name} is dissolved; its memberships can no longer change.`,
      {
        rule: 'CONSORTIUM_LIFECYCLE',
      },
    );
  }
}

function assertNotExpired(
  membership: MembershipEntity,
  organization: OrganizationEntity,
  consortium: ConsortiumEntity,
): void {
  if (
    effectiveStatus(membership) === MembershipStatus.EXPIRED &&
    membership.status === MembershipStatus.INVITED
  ) {
    throw new ConflictError(
      `${organization.name}'s invitation to ${consortium.name} expired on ${membership.invitationExpiresAt.toISOString()}; ask its leads to invite again.`,
      { rule: 'INVITATION_EXPIRED' },
    );
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
