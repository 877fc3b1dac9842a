import { Injectable } from '@nestjs/common';
import {
  type AccessProfile,
  ConsortiumAccessService,
  type ConsortiumEntity,
  ConsortiumPeopleService,
  type ConsortiumPersonEntity,
  ConsortiumsService,
  type MemberListArgs,
  type MembershipEntity,
  MembershipsService,
} from '@vcp/consortia/consortiums';
import {
  type OrganizationEntity,
  OrganizationsService,
  type VerticalEntity,
  VerticalsService,
} from '@vcp/consortia/organizations';
import { type Principal, type UserEntity, UsersService } from '@vcp/platform/auth';
import {
  type Connection,
  type ConnectionArgs,
  NotFoundError,
  requestScoped,
} from '@vcp/platform/graphql';
import { type AuditEventEntity, AuditLogService } from '@vcp/consortia/audit';
import { OrganizationModel } from '../organizations/models/organization.model';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders for every relation a list fans out to, so a page of consortiums costs
 * the same number of queries whatever its length.
 */
@Injectable()
export class DirectoryLoaders {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly verticals: VerticalsService,
    private readonly consortiums: ConsortiumsService,
    private readonly memberships: MembershipsService,
    private readonly peopleService: ConsortiumPeopleService,
    private readonly users: UsersService,
    private readonly access: ConsortiumAccessService,
    private readonly audit: AuditLogService,
  ) {}

  /** The caller's standing towards every consortium, loaded once per request. */
  accessProfile(request: object, principal: Principal): Promise<AccessProfile> {
    return requestScoped(request, 'access-profile', () => this.access.profileOf(principal));
  }

  organization(request: object): DataLoader<string, OrganizationEntity | null> {
    return requestScoped(
      request,
      'organization',
      () => new DataLoader((ids: readonly string[]) => this.organizations.findByIds(ids)),
    );
  }

  /** The organisation as the schema shows it, size class derived under the current policy. */
  async organizationModel(request: object, id: string): Promise<OrganizationModel> {
    const organization = await this.organization(request).load(id);
    if (!organization) throw new NotFoundError('Organisation', id);
    return OrganizationModel.from(organization, this.organizations.classify(organization));
  }

  vertical(request: object): DataLoader<string, VerticalEntity | null> {
    return requestScoped(
      request,
      'vertical',
      () => new DataLoader((codes: readonly string[]) => this.verticals.findByCodes(codes)),
    );
  }

  consortium(request: object): DataLoader<string, ConsortiumEntity | null> {
    return requestScoped(
      request,
      'consortium',
      () => new DataLoader((ids: readonly string[]) => this.consortiums.findByIds(ids)),
    );
  }

  user(request: object): DataLoader<string, UserEntity | null> {
    return requestScoped(
      request,
      'user',
      () => new DataLoader((ids: readonly string[]) => this.users.findByIds(ids)),
    );
  }

  /** One loader per distinct page arguments; each batches every consortium asking for that page. */
  members(request: object, args: MemberListArgs): DataLoader<string, Connection<MembershipEntity>> {
    return requestScoped(
      request,
      `members:${JSON.stringify([args.first, args.after ?? null, [...args.statuses].sort()])}`,
      () =>
        new DataLoader((consortiumIds: readonly string[]) =>
          this.memberships.membersOf(consortiumIds, args),
        ),
    );
  }

  /** One loader per distinct page arguments over the consortiums' audit trails. */
  auditTrail(
    request: object,
    args: ConnectionArgs,
  ): DataLoader<string, Connection<AuditEventEntity>> {
    return requestScoped(
      request,
      `audit:${JSON.stringify([args.first ?? null, args.after ?? null])}`,
      () =>
        new DataLoader((consortiumIds: readonly string[]) =>
          this.audit.pagesForConsortiums(consortiumIds, args),
        ),
    );
  }

  people(request: object): DataLoader<string, ConsortiumPersonEntity[]> {
    return requestScoped(
      request,
      'people',
      () =>
        new DataLoader(async (consortiumIds: readonly string[]) => {
          const rows = await this.peopleService.peopleOf(consortiumIds);
          return consortiumIds.map((id) => rows.filter((row) => row.consortiumId === id));
        }),
    );
  }
}
