import 'reflect-metadata';
import { PERMISSION_KEYS } from '@vcp/platform/auth';
import { countOperations, loadResolverClasses, undeclaredOperations } from '@vcp/platform/testing';

describe('every operation of this subgraph declares who may call it', () => {
  it('finds no query or mutation without @Public, @Authenticated, @Roles or @Scopes', () => {
    const resolvers = loadResolverClasses(__dirname);
    expect(countOperations(resolvers)).toBeGreaterThan(0);
    expect(undeclaredOperations(resolvers, PERMISSION_KEYS)).toEqual([]);
  });
});
