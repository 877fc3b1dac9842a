import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ForbiddenError, UnauthenticatedError } from '@vcp/platform/graphql';
import { type Principal } from '../principal';
import { API_KEY_STRATEGY, JWT_STRATEGY } from '../strategies';
import { requestOf } from './execution-request';
import { PUBLIC_KEY, ROLES_KEY, SCOPES_KEY, type RolesPolicy } from './policy.decorators';
import { type ApiScope } from '../principal';

/**
 * The global guard: deny by default. A handler is reachable only if it declares `@Public()`,
 * `@Authenticated()`, `@Roles()` or `@Scopes()`; credentials are verified by passport (bearer
 * access token or API key) and then held against the declaration.
 */
@Injectable()
export class PolicyGuard extends AuthGuard([JWT_STRATEGY, API_KEY_STRATEGY]) {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const roles = this.reflector.getAllAndOverride<RolesPolicy | undefined>(ROLES_KEY, targets);
    const scopes = this.reflector.getAllAndOverride<ApiScope[] | undefined>(SCOPES_KEY, targets);
    if (roles === undefined && scopes === undefined) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no permission; refused`,
      );
      throw new ForbiddenError('This operation is not open to anyone.');
    }

    // The rate-limit step may have verified the caller already; verifying once is enough.
    if (!requestOf(context).user) await super.canActivate(context);
    const principal = requestOf(context).user;
    if (!principal) throw new UnauthenticatedError();
    if (!permits(principal, roles, scopes)) {
      throw new ForbiddenError(describeRequirement(principal, roles, scopes));
    }
    return true;
  }

  override handleRequest<T>(error: unknown, principal: T | false): T {
    if (error || !principal) throw new UnauthenticatedError();
    return principal;
  }
}

function permits(
  principal: Principal,
  roles: RolesPolicy | undefined,
  scopes: ApiScope[] | undefined,
): boolean {
  switch (principal.kind) {
    case 'user':
      if (roles === undefined) return false;
      return roles === 'ANY_SIGNED_IN_USER' || roles.some((role) => principal.roles.includes(role));
    case 'client':
      return scopes !== undefined && scopes.every((scope) => principal.scopes.includes(scope));
  }
}

function describeRequirement(
  principal: Principal,
  roles: RolesPolicy | undefined,
  scopes: ApiScope[] | undefined,
): string {
  if (principal.kind === 'client') {
    return scopes
      ? `This API client needs the scope ${scopes.join(' and ')}.`
      : 'This operation is for signed-in people, not API clients.';
  }
  if (roles === undefined || roles === 'ANY_SIGNED_IN_USER') {
    return 'This operation is for partner API clients only.';
  }
  return `This needs one of the roles ${roles.join(', ')}.`;
}
