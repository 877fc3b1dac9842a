import { randomUUID } from 'node:crypto';
import { type PlatformRole, type UserPrincipal } from '@vcp/platform/auth';

/**
 * A demo person acting through the services while seeding, as if signed in: the seed calls the
 * same services a request would, with the same access checks. `roles` narrows what they act as.
 */
export function seedPrincipal(
  user: { id: string; roles: PlatformRole[]; organizationId: string | null },
  roles: PlatformRole[] = user.roles,
): UserPrincipal {
  return {
    kind: 'user',
    userId: user.id,
    sessionId: randomUUID(),
    roles,
    organizationId: user.organizationId,
  };
}
