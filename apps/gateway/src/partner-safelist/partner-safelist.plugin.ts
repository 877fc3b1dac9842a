import {
  type ApolloServerOptions,
  type ApolloServerPlugin,
  type BaseContext,
} from '@apollo/server';
import { PersistedQueryNotAllowedError, type PersistedOperation } from '@vcp/platform/graphql';
import { isPartnerCaller } from './partner-caller';

type PersistedQueryOptions = Exclude<
  ApolloServerOptions<BaseContext>['persistedQueries'],
  false | undefined
>;

/**
 * The operation safelist for partner clients: a partner's operation runs only when its SHA-256
 * (Apollo's query hash: of the text as sent, or the hash sent in `extensions.persistedQuery`) is in
 * the manifest. People (the portal) are not affected.
 */
export function partnerSafelistPlugin(
  operations: ReadonlyMap<string, PersistedOperation>,
): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      if (!isPartnerCaller(request.http?.headers)) return;
      return {
        // After Apollo has resolved the text and its hash, before anything is executed.
        async didResolveOperation({ queryHash }) {
          if (!operations.has(queryHash)) throw new PersistedQueryNotAllowedError();
        },
      };
    },
  };
}

/**
 * Automatic persisted queries served from the manifest: a client may send only the hash of a
 * published operation. Nothing else is registered while the safelist is on, so the cache cannot be
 * filled by callers; anyone else simply sends the full text.
 */
export function manifestPersistedQueries(
  operations: ReadonlyMap<string, PersistedOperation>,
): PersistedQueryOptions {
  // Apollo prefixes every key with "apq:".
  const body = (key: string) => operations.get(key.replace(/^apq:/, ''))?.body;
  return {
    cache: {
      get: (key: string) => Promise.resolve(body(key)),
      set: () => Promise.resolve(),
      delete: () => Promise.resolve(),
    },
  };
}
