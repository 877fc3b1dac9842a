import 'reflect-metadata';
import { SetMetadata } from '@nestjs/common';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { countOperations, undeclaredOperations } from './permission-audit';

const ALLOWED = 'test:allowed';

describe('permission audit', () => {
  @Resolver()
  class Forgetful {
    @SetMetadata(ALLOWED, true)
    @Query(() => String)
    open() {
      return 'ok';
    }

    @Mutation(() => String)
    forgot() {
      return 'oops';
    }

    helper() {
      return 'not an operation';
    }
  }

  it('names each operation that carries no permission key, and only operations', () => {
    expect(countOperations([Forgetful])).toBe(2);
    expect(undeclaredOperations([Forgetful], [ALLOWED])).toEqual(['Forgetful.forgot']);
  });

  it('accepts a declaration on the class for all its operations', () => {
    @SetMetadata(ALLOWED, true)
    @Resolver()
    class Declared {
      @Query(() => String)
      one() {
        return '1';
      }
    }
    expect(undeclaredOperations([Declared], [ALLOWED])).toEqual([]);
  });
});
