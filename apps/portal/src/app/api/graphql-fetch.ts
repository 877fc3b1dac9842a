import { type TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';

/** The gateway's endpoint; the portal is served from the same origin. */
export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL answer with errors, keeping each error's code for the caller to branch on. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLErrorShape[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * One GraphQL request outside Apollo's cache, for the session's own calls (sign-in, refresh,
 * sign-out), which must not wait on the authentication link they feed. POST with JSON, as the
 * gateway's CSRF prevention requires.
 */
export async function postGraphQL<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  accessToken?: string,
): Promise<TResult> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: TResult | null;
    errors?: GraphQLErrorShape[];
  } | null;
  if (body?.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body?.data) throw new Error(`The server answered ${response.status} without data.`);
  return body.data;
}
