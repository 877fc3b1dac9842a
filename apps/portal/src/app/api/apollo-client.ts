import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { type SessionStore } from '../auth/session-store';
import { GRAPHQL_PATH } from './graphql-fetch';

/**
 * Apollo Client over the gateway: every request carries a fresh access token (the session store
 * refreshes it first when it is about to expire), and an UNAUTHENTICATED answer ends the session
 * here, which sends the person back to the sign-in page.
 */
export function createApolloClient(sessions: SessionStore): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const token = await sessions.accessToken();
    return token
      ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } }
      : { headers: previous.headers };
  });
  const expired = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
    )
      sessions.expire();
  });
  const client = new ApolloClient({
    link: ApolloLink.from([expired, auth, new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
  // Nothing one person loaded may show to the next one signing in on this browser.
  sessions.subscribe((session) => {
    if (!session) void client.clearStore();
  });
  return client;
}
