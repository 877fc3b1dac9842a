import { type Principal, type PrincipalRequest } from '@vcp/platform/auth';
import { type GraphQLRequestContext } from '@vcp/platform/graphql';

/**
 * The verified caller behind a field resolver: the guard of the root field, or the reference
 * authenticator for `_entities`, has put it on the request. Null only where neither ran.
 */
export function callerOf(context: GraphQLRequestContext): Principal | null {
  return (context.req as PrincipalRequest).user ?? null;
}
