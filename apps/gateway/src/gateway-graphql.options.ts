import { IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { isProduction } from '@vcp/platform/config';
import { maskErrors, PUBLIC_QUERY_LIMITS, queryProtection } from '@vcp/platform/graphql';
import type { Request } from 'express';
import { ForwardingDataSource, type GatewayContext } from './forwarding-data-source';
import { type GatewayConfig } from './gateway.config';

const logger = new Logger('Gateway');

/**
 * The public GraphQL endpoint: query limits, CSRF prevention, error masking, and no introspection
 * or stack traces in production. Subgraphs are composed at start-up and get the caller's headers.
 */
export function gatewayOptions(config: GatewayConfig): ApolloGatewayDriverConfig {
  const production = isProduction();
  const protection = queryProtection(PUBLIC_QUERY_LIMITS, production);
  return {
    server: {
      context: ({ req }: { req: Request }): GatewayContext => ({ req }),
      playground: false,
      csrfPrevention: true,
      introspection: !production,
      includeStacktraceInErrorResponses: !production,
      allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
      validationRules: protection.validationRules,
      plugins: [
        ...protection.plugins,
        production
          ? ApolloServerPluginLandingPageDisabled()
          : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ],
      formatError: maskErrors({
        exposeStacktrace: !production,
        onMasked: (formatted, original) =>
          logger.error({ err: original, path: formatted.path }, 'Unexpected error in the gateway'),
      }),
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
