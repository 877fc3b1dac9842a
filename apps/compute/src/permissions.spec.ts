import 'reflect-metadata';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSION_KEYS, Public } from '@vcp/platform/auth';
import { countOperations, loadResolverClasses, undeclaredOperations } from '@vcp/platform/testing';

describe('every operation of this subgraph declares who may call it', () => {
  it('finds no query or mutation without @Public, @Authenticated, @Roles or @Scopes', () => {
    const resolvers = loadResolverClasses(__dirname);
    expect(countOperations(resolvers)).toBeGreaterThan(0);
    expect(undeclaredOperations(resolvers, PERMISSION_KEYS)).toEqual([]);
  });

  it('would catch an operation that forgot its declaration', () => {
    @Resolver()
    class Forgetful {
      @Public()
      @Query(() => String)
      open() {
        return 'ok';
      }

      @Mutation(() => String)
      forgot() {
        return 'oops';
      }
    }
    expect(undeclaredOperations([Forgetful], PERMISSION_KEYS)).toEqual(['Forgetful.forgot']);
  });
});
