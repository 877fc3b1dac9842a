import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganizationsService } from '@vcp/consortia/organizations';
import { ApiScope, PlatformRole, type Principal } from '@vcp/platform/auth';
import { ForbiddenError } from '@vcp/platform/graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { ConsortiumPersonRole } from './membership-status';

/** How much of a consortium a caller may see or do, strongest first. */
export enum ConsortiumAccessLevel {
  OPERATOR = 'OPERATOR',
  LEAD = 'LEAD',
  MANAGER = 'MANAGER',
  VIEWER = 'VIEWER',
  MEMBER = 'MEMBER',
  PARTNER = 'PARTNER',
  PUBLIC = 'PUBLIC',
}

/** A caller's standing towards every consortium, loaded once per request. */
export interface AccessProfile {
  principal: Principal;
  isOperator: boolean;
  /** A partner client holding consortia:read. */
  isReadingPartner: boolean;
  personRoles: ReadonlyMap<string, ConsortiumPersonRole>;
  /** Consortiums the caller's organisation anchors or belongs to (active or suspended). */
  memberConsortiumIds: ReadonlySet<string>;
}

/**
 * The one home of the consortium access rules: operators everything; a consortium's LEAD and
 * MANAGERs manage its members; its members and people read it; partner clients with
 * consortia:read read; everyone else sees only the public directory fields.
 */
@Injectable()
export class ConsortiumAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  async profileOf(
    principal: Principal,
    manager: EntityManager = this.db.manager,
  ): Promise<AccessProfile> {
    const isOperator = principal.kind === 'user' && principal.roles.includes(PlatformRole.OPERATOR);
    const isReadingPartner =
      principal.kind === 'client' && principal.scopes.includes(ApiScope.CONSORTIA_READ);
    const personRoles = new Map<string, ConsortiumPersonRole>();
    const memberConsortiumIds = new Set<string>();
    if (principal.kind === 'user' && !isOperator) {
      // A role counts while its holder still works for the organisation it came with, and that
      // organisation is the anchor or an active member (a suspension pauses its people's roles).
      const roles: { consortium_id: string; role: ConsortiumPersonRole }[] = await manager.query(
        `SELECT cp.consortium_id, cp.role
           FROM consortia.consortium_people cp
           JOIN consortia.consortiums c ON c.id = cp.consortium_id
          WHERE cp.user_id = $1 AND cp.organization_id = $2
            AND (c.anchor_organization_id = cp.organization_id OR EXISTS (
                   SELECT 1 FROM consortia.memberships m
                    WHERE m.consortium_id = cp.consortium_id AND m.organization_id = cp.organization_id
                      AND m.status = 'ACTIVE'))`,
        [principal.userId, principal.organizationId],
      );
      for (const row of roles) personRoles.set(row.consortium_id, row.role);
      if (principal.organizationId) {
        const memberships: { consortium_id: string }[] = await manager.query(
          `SELECT consortium_id FROM consortia.memberships
            WHERE organization_id = $1 AND status IN ('ACTIVE', 'SUSPENDED')
           UNION
           SELECT id FROM consortia.consortiums WHERE anchor_organization_id = $1`,
          [principal.organizationId],
        );
        for (const row of memberships) memberConsortiumIds.add(row.consortium_id);
      }
    }
    return { principal, isOperator, isReadingPartner, personRoles, memberConsortiumIds };
  }

  levelFor(profile: AccessProfile, consortiumId: string): ConsortiumAccessLevel {
    if (profile.isOperator) return ConsortiumAccessLevel.OPERATOR;
    const role = profile.personRoles.get(consortiumId);
    if (role) return ConsortiumAccessLevel[role];
    if (profile.memberConsortiumIds.has(consortiumId)) return ConsortiumAccessLevel.MEMBER;
    if (profile.isReadingPartner) return ConsortiumAccessLevel.PARTNER;
    return ConsortiumAccessLevel.PUBLIC;
  }

  /** Members, people and invitations: anyone but the public. */
  canReadMembers(profile: AccessProfile, consortiumId: string): boolean {
    return this.levelFor(profile, consortiumId) !== ConsortiumAccessLevel.PUBLIC;
  }

  /** The audit trail: operators, and the consortium's leads. */
  canReadAuditTrail(profile: AccessProfile, consortiumId: string): boolean {
    const level = this.levelFor(profile, consortiumId);
    return level === ConsortiumAccessLevel.OPERATOR || level === ConsortiumAccessLevel.LEAD;
  }

  /** Operators read the whole log; anyone else only the trail of a consortium they lead. */
  assertCanReadAuditTrail(profile: AccessProfile, consortiumId: string | undefined): void {
    if (profile.isOperator) return;
    if (consortiumId && this.canReadAuditTrail(profile, consortiumId)) return;
    throw new ForbiddenError(
      consortiumId
        ? "Only the consortium's leads, or a program operator, can read its audit trail."
        : 'Only program operators can read the whole audit log; leads filter by their consortium.',
    );
  }

  /** Revenue, assets, headcount and registration details: operators, the organisation's own people, reading partners. */
  canSeeOrganizationDetails(profile: AccessProfile, organizationId: string): boolean {
    return (
      profile.isOperator ||
      profile.isReadingPartner ||
      (profile.principal.kind === 'user' && profile.principal.organizationId === organizationId)
    );
  }

  /** Invite, suspend, reinstate and remove members: operators, the consortium's LEAD and MANAGERs. */
  async assertCanManageMembers(
    manager: EntityManager,
    principal: Principal,
    consortium: { id: string; name: string },
  ): Promise<void> {
    const level = this.levelFor(await this.profileOf(principal, manager), consortium.id);
    if (
      level !== ConsortiumAccessLevel.OPERATOR &&
      level !== ConsortiumAccessLevel.LEAD &&
      level !== ConsortiumAccessLevel.MANAGER
    ) {
      throw new ForbiddenError(
        `Only ${consortium.name}'s leads and managers, or a program operator, can manage its members.`,
      );
    }
  }

  /** Activate the consortium and assign people's roles: operators and the consortium's LEADs. */
  async assertCanLead(
    manager: EntityManager,
    principal: Principal,
    consortium: { id: string; name: string },
  ): Promise<void> {
    const level = this.levelFor(await this.profileOf(principal, manager), consortium.id);
    if (level !== ConsortiumAccessLevel.OPERATOR && level !== ConsortiumAccessLevel.LEAD) {
      throw new ForbiddenError(
        `Only ${consortium.name}'s leads, or a program operator, can do this.`,
      );
    }
  }

  /** Answer for an organisation (accept or decline invitations): its admins and operators. */
  async assertOrganizationAdmin(
    principal: Principal,
    organization: { id: string; name: string },
  ): Promise<void> {
    if (principal.kind === 'user') {
      if (principal.roles.includes(PlatformRole.OPERATOR)) return;
      if (
        principal.organizationId === organization.id &&
        (await this.organizations.isAdmin(principal.userId, organization.id))
      ) {
        return;
      }
    }
    throw new ForbiddenError(
      'Only an admin of the invited organisation, or a program operator, can answer this invitation.',
    );
  }
}
