import { randomUUID } from 'node:crypto';
import { PlatformRole, type UsersService } from '@vcp/platform/auth';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A person with a unique e-mail address, so test files can share one database. */
export function makeUser(users: UsersService, overrides: { roles?: PlatformRole[]; password?: string } = {}) {
  const tag = randomUUID().slice(0, 8);
  return users.create({
    email: `person-${tag}@test.vcp.kr`,
    displayName: `Test person ${tag}`,
    password: overrides.password ?? TEST_PASSWORD,
    roles: overrides.roles ?? [PlatformRole.RESEARCHER],
  });
}
