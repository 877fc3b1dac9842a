import { IntrospectAndCompose } from '@apollo/gateway';
import { type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import {
  loadPersistedOperations,
  PUBLIC_QUERY_LIMITS,
  serverHardening,
} from '@vcp/platform/graphql';
import type { Request } from 'express';
import { ForwardingDataSource, type GatewayContext } from './forwarding-data-source';
import { type GatewayConfig } from './gateway.config';
import { RateLimitRelay, rateLimitRelayPlugin } from './rate-limit-relay';
import { type PartnerSafelistConfig } from './partner-safelist/partner-safelist.config';
import {
  manifestPersistedQueries,
  partnerSafelistPlugin,
} from './partner-safelist/partner-safelist.plugin';

/**
 * The public GraphQL endpoint: the shared hardening with the public query limits. Subgraphs are
 * composed at start-up and receive the caller's credentials to verify themselves.
 */
export function gatewayOptions(
  config: GatewayConfig,
  safelist: PartnerSafelistConfig = { enabled: false, manifestPath: '' },
): ApolloGatewayDriverConfig {
  const hardening = serverHardening(PUBLIC_QUERY_LIMITS, 'gateway');
  const operations = safelist.enabled ? loadPersistedOperations(safelist.manifestPath) : null;
  return {
    server: {
      context: ({ req }: { req: Request }): GatewayContext => ({
        req,
        rateLimits: new RateLimitRelay(),
      }),
      playground: false,
      // Nest would reset the status of any answer carrying `data` to 200, undoing the 429 that
      // the rate-limit relay sets when a subgraph refused the request.
      preserveHttpStatusForExecutionErrors: false,
      ...hardening,
      plugins: [
        ...hardening.plugins,
        rateLimitRelayPlugin(),
        ...(operations ? [partnerSafelistPlugin(operations)] : []),
      ],
      ...(operations ? { persistedQueries: manifestPersistedQueries(operations) } : {}),
    },
    gateway: {
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: config.subgraphs.map(({ name, baseUrl }) => ({
          name,
          url: `${baseUrl}/graphql`,
        })),
      }),
      buildService: ({ url }) => new ForwardingDataSource({ url }),
    },
  };
}
