import { SetMetadata } from '@nestjs/common';
import { type ApiScope, type PlatformRole } from '../principal';

export const PUBLIC_KEY = 'vcp:public';
export const ROLES_KEY = 'vcp:roles';
export const SCOPES_KEY = 'vcp:scopes';

/** Every permission declaration; a handler without one of them is refused. */
export const PERMISSION_KEYS = [PUBLIC_KEY, ROLES_KEY, SCOPES_KEY] as const;

export type RolesPolicy = PlatformRole[] | 'ANY_SIGNED_IN_USER';

/** Open to anyone, signed in or not (sign-in itself, health checks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in person, whatever their roles. Partner clients still need `@Scopes`. */
export const Authenticated = () =>
  SetMetadata(ROLES_KEY, 'ANY_SIGNED_IN_USER' satisfies RolesPolicy);

/** A signed-in person holding at least one of these roles. */
export const Roles = (...roles: [PlatformRole, ...PlatformRole[]]) =>
  SetMetadata(ROLES_KEY, roles satisfies RolesPolicy);

/** A partner client holding every one of these scopes. */
export const Scopes = (...scopes: [ApiScope, ...ApiScope[]]) => SetMetadata(SCOPES_KEY, scopes);

/**
 * Any partner client, whatever its scopes, for operations whose service decides per item what a
 * client may touch (its own webhook subscriptions, for events its scopes cover).
 */
export const AnyPartnerClient = () => SetMetadata(SCOPES_KEY, [] satisfies ApiScope[]);
