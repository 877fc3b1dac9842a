import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type ClientPrincipal, type Principal, type UserPrincipal } from '../principal';
import { requestOf } from './execution-request';

function principalOf(context: ExecutionContext): Principal {
  const principal = requestOf(context).user;
  // A handler reading the caller must be behind the guard; failing loudly beats acting as nobody.
  if (!principal) {
    throw new Error(
      `@CurrentPrincipal() on ${context.getClass().name}.${context.getHandler().name}, which the guard did not authenticate`,
    );
  }
  return principal;
}

/** The verified caller (a person or a partner client). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => principalOf(context),
);

/** The verified caller, which must be a signed-in person. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UserPrincipal => {
    const principal = principalOf(context);
    if (principal.kind !== 'user') throw new Error('CurrentUser() used where a client may call');
    return principal;
  },
);

export type { ClientPrincipal, UserPrincipal };
