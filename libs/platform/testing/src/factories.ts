import { randomUUID } from 'node:crypto';

export const TEST_PASSWORD = 'correct horse battery staple';

interface CreatesPeople<TRole, TUser> {
  create(input: {
    email: string;
    displayName: string;
    password: string;
    roles: TRole[];
  }): Promise<TUser>;
}

/** A person with a unique e-mail address, so test files can share one database. */
export function makeUser<TRole, TUser>(
  users: CreatesPeople<TRole, TUser>,
  roles: TRole[],
  password = TEST_PASSWORD,
): Promise<TUser> {
  const tag = randomUUID().slice(0, 8);
  return users.create({
    email: `person-${tag}@test.vcp.kr`,
    displayName: `Test person ${tag}`,
    password,
    roles,
  });
}
