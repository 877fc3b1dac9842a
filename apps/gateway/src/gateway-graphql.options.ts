import { IntrospectAndCompose } from '@apollo/gateway';
import { type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { PUBLIC_QUERY_LIMITS, serverHardening } from '@vcp/platform/graphql';
import type { Request } from 'express';
import { ForwardingDataSource, type GatewayContext } from './forwarding-data-source';
import { type GatewayConfig } from './gateway.config';

/**
 * The public GraphQL endpoint: the shared hardening with the public query limits. Subgraphs are
 * composed at start-up and receive the caller's credentials to verify themselves.
 */
export function gatewayOptions(config: GatewayConfig): ApolloGatewayDriverConfig {
  return {
    server: {
      context: ({ req }: { req: Request }): GatewayContext => ({ req }),
      playground: false,
      ...serverHardening(PUBLIC_QUERY_LIMITS, 'gateway'),
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
