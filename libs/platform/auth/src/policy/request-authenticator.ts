import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import passport from 'passport';
import { ForbiddenError, UnauthenticatedError } from '@vcp/platform/graphql';
import { type ApiScope, type Principal } from '../principal';
import { API_KEY_STRATEGY, JWT_STRATEGY } from '../strategies';
import { type PrincipalRequest } from './execution-request';

/**
 * Verifies a request's caller where the global guard does not run: federation entity references
 * (`_entities`), which the gateway sends when another subgraph's result needs this subgraph's
 * fields. It uses the same passport strategies as the guard and remembers the answer on the
 * request, so a batch of references costs one verification.
 */
@Injectable()
export class RequestAuthenticator {
  private readonly pending = new WeakMap<object, Promise<Principal | null>>();

  principalOf(incoming: Request): Promise<Principal | null> {
    const request = incoming as PrincipalRequest;
    if (request.user) return Promise.resolve(request.user);
    let verification = this.pending.get(request);
    if (!verification) {
      verification = new Promise<Principal | null>((resolve, reject) => {
        passport.authenticate(
          [JWT_STRATEGY, API_KEY_STRATEGY],
          { session: false },
          (error: unknown, principal: Principal | false) => {
            if (error) reject(error instanceof Error ? error : new Error(String(error)));
            else resolve(principal || null);
          },
        )(request, {}, reject);
      }).then((principal) => {
        if (principal) request.user = principal;
        return principal;
      });
      this.pending.set(request, verification);
    }
    return verification;
  }

  /** Any signed-in person, or a partner client holding every one of `scopes`. */
  async require(request: Request, ...scopes: ApiScope[]): Promise<Principal> {
    const principal = await this.principalOf(request);
    if (!principal) throw new UnauthenticatedError();
    if (principal.kind === 'client' && !scopes.every((scope) => principal.scopes.includes(scope))) {
      throw new ForbiddenError(`This API client needs the scope ${scopes.join(' and ')}.`);
    }
    return principal;
  }
}
