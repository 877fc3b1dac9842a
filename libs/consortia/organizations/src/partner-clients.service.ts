import { Injectable } from '@nestjs/common';
import {
  type ApiClientEntity,
  ApiClientsService,
  type ApiScope,
  type IssuedApiClient,
  PlatformRole,
  type UserPrincipal,
} from '@vcp/platform/auth';
import {
  type Connection,
  type ConnectionArgs,
  ForbiddenError,
  NotFoundError,
} from '@vcp/platform/graphql';
import { OrganizationsService } from './organizations.service';
import { describeScopeLimit, scopesBeyond } from './partner-scopes';

export interface PartnerClientRequest {
  name: string;
  scopes: ApiScope[];
  organizationId?: string;
  rateLimitPerMinute?: number;
}

const NOT_AN_ADMIN =
  "Only a program operator or an admin of the client's organisation can manage API clients.";

/**
 * Who manages which partner clients: operators manage all of them; an organisation's admins
 * manage only their organisation's clients and grant only the scopes that fit its kind.
 * Setting a client's own rate limit is an operator's decision.
 */
@Injectable()
export class PartnerClientsService {
  constructor(
    private readonly clients: ApiClientsService,
    private readonly organizations: OrganizationsService,
  ) {}

  async list(
    user: UserPrincipal,
    args: ConnectionArgs,
    organizationId?: string,
  ): Promise<Connection<ApiClientEntity>> {
    if (isOperator(user)) return this.clients.page(args, { organizationId });
    const own = await this.administeredOrganization(user);
    if (organizationId && organizationId !== own) throw new ForbiddenError(NOT_AN_ADMIN);
    return this.clients.page(args, { organizationId: own });
  }

  async create(user: UserPrincipal, request: PartnerClientRequest): Promise<IssuedApiClient> {
    if (isOperator(user)) {
      if (request.organizationId) await this.organizations.findById(request.organizationId);
      return this.clients.create({ ...request, createdBy: user.userId });
    }
    const own = await this.administeredOrganization(user);
    if (request.organizationId && request.organizationId !== own) {
      throw new ForbiddenError(
        'Organisation admins create API clients for their own organisation.',
      );
    }
    if (request.rateLimitPerMinute !== undefined) {
      throw new ForbiddenError("Only a program operator sets a client's own rate limit.");
    }
    const organization = await this.organizations.findById(own);
    const beyond = scopesBeyond(organization.kind, request.scopes);
    if (beyond.length > 0) {
      throw new ForbiddenError(describeScopeLimit(organization.kind, beyond));
    }
    return this.clients.create({
      name: request.name,
      scopes: request.scopes,
      organizationId: own,
      createdBy: user.userId,
    });
  }

  async rotate(user: UserPrincipal, id: string, immediately: boolean): Promise<IssuedApiClient> {
    await this.assertManages(user, id);
    return this.clients.rotate(id, { immediately });
  }

  async revoke(user: UserPrincipal, id: string): Promise<ApiClientEntity> {
    await this.assertManages(user, id);
    return this.clients.revoke(id);
  }

  private async assertManages(user: UserPrincipal, id: string): Promise<void> {
    const client = await this.clients.findById(id);
    if (isOperator(user)) return;
    const own = await this.administeredOrganization(user);
    // Another organisation's client is reported as missing, so ids cannot be probed.
    if (client.organizationId !== own) throw new NotFoundError('API client', id);
  }

  /** The caller's own organisation, which they must be an admin of. */
  private async administeredOrganization(user: UserPrincipal): Promise<string> {
    const own = user.organizationId;
    if (!own || !(await this.organizations.isAdmin(user.userId, own))) {
      throw new ForbiddenError(NOT_AN_ADMIN);
    }
    return own;
  }
}

const isOperator = (user: UserPrincipal) => user.roles.includes(PlatformRole.OPERATOR);
