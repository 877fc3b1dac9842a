import 'reflect-metadata';
import { type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiScope, PlatformRole, type Principal } from '../principal';
import { AnyPartnerClient, Authenticated, Public, Roles, Scopes } from './policy.decorators';
import { PolicyGuard } from './policy.guard';

const operator: Principal = {
  kind: 'user',
  userId: 'u1',
  sessionId: 's1',
  roles: [PlatformRole.OPERATOR],
  organizationId: null,
};
const researcher: Principal = { ...operator, roles: [PlatformRole.RESEARCHER] };
const readerClient: Principal = {
  kind: 'client',
  clientId: 'c1',
  scopes: [ApiScope.CONSORTIA_READ],
  organizationId: null,
};

class Handlers {
  @Public() open() {}
  @Authenticated() anyone() {}
  @Roles(PlatformRole.OPERATOR) operatorsOnly() {}
  @Scopes(ApiScope.CONSORTIA_READ) readers() {}
  @Authenticated() @Scopes(ApiScope.COMPUTE_READ) peopleOrComputeReaders() {}
  @Roles(PlatformRole.OPERATOR) @AnyPartnerClient() operatorsOrAnyClient() {}
  undeclared() {}
}

/** A guard whose passport step is replaced by a fixed caller; the policy step is real. */
function guardFor(principal: Principal | undefined) {
  const guard = new PolicyGuard(new Reflector());
  const request: { user?: Principal } = {};
  const passportStep = Object.getPrototypeOf(PolicyGuard.prototype) as {
    canActivate: () => Promise<boolean>;
  };
  jest.spyOn(passportStep, 'canActivate').mockImplementation(() => {
    if (!principal) throw new Error('no credentials');
    request.user = principal;
    return Promise.resolve(true);
  });
  const context = (handler: keyof Handlers) =>
    ({
      getType: () => 'http',
      getHandler: () => Handlers.prototype[handler],
      getClass: () => Handlers,
      switchToHttp: () => ({ getRequest: () => request }),
    }) as unknown as ExecutionContext;
  return (handler: keyof Handlers) => guard.canActivate(context(handler));
}

describe('PolicyGuard', () => {
  afterEach(() => jest.restoreAllMocks());

  it('admits every partner client to @AnyPartnerClient, and people only by their roles', async () => {
    const usageClient: Principal = { ...readerClient, scopes: [ApiScope.USAGE_WRITE] };
    await expect(guardFor(readerClient)('operatorsOrAnyClient')).resolves.toBe(true);
    await expect(guardFor(usageClient)('operatorsOrAnyClient')).resolves.toBe(true);
    await expect(guardFor(operator)('operatorsOrAnyClient')).resolves.toBe(true);
    await expect(guardFor(researcher)('operatorsOrAnyClient')).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('lets anyone reach @Public handlers without credentials', async () => {
    await expect(guardFor(undefined)('open')).resolves.toBe(true);
  });

  it('refuses a handler with no permission declaration, even for an operator', async () => {
    await expect(guardFor(operator)('undeclared')).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('requires one of the listed roles', async () => {
    await expect(guardFor(operator)('operatorsOnly')).resolves.toBe(true);
    await expect(guardFor(researcher)('operatorsOnly')).rejects.toMatchObject({
      message: 'This needs one of the roles OPERATOR.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('admits any signed-in person to @Authenticated but not a partner client', async () => {
    await expect(guardFor(researcher)('anyone')).resolves.toBe(true);
    await expect(guardFor(readerClient)('anyone')).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('admits partner clients only with every listed scope, and people only with a roles policy', async () => {
    await expect(guardFor(readerClient)('readers')).resolves.toBe(true);
    await expect(guardFor(readerClient)('peopleOrComputeReaders')).rejects.toMatchObject({
      message: 'This API client needs the scope compute:read.',
    });
    await expect(guardFor(operator)('readers')).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
