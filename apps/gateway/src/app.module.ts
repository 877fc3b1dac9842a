import { IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { isProduction } from '@vcp/platform/config';
import { maskErrors, PUBLIC_QUERY_LIMITS, queryProtection } from '@vcp/platform/graphql';
import { HealthModule, loggingModule, type ReadinessCheck } from '@vcp/platform/observability';
import type { Request } from 'express';
import { ForwardingDataSource, type GatewayContext } from './forwarding-data-source';
import { gatewayConfig, type GatewayConfig } from './gateway.config';

const logger = new Logger('Gateway');

function gatewayOptions(config: GatewayConfig): ApolloGatewayDriverConfig {
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
        subgraphs: config.subgraphs.map(({ name, baseUrl }) => ({ name, url: `${baseUrl}/graphql` })),
      }),
      buildService: ({ url }) => new ForwardingDataSource({ url }),
    },
  };
}

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [gatewayConfig] }),
    loggingModule('gateway'),
    GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
      driver: ApolloGatewayDriver,
      inject: [gatewayConfig.KEY],
      useFactory: gatewayOptions,
    }),
    HealthModule.withChecks({
      inject: [gatewayConfig.KEY],
      useFactory: (config: GatewayConfig): ReadinessCheck[] =>
        config.subgraphs.map((subgraph) => async () => {
          const response = await fetch(`${subgraph.baseUrl}/health/ready`, {
            signal: AbortSignal.timeout(1500),
          }).catch(() => null);
          return { [subgraph.name]: { status: response?.ok ? 'up' : 'down' } };
        }),
    }),
  ],
})
export class GatewayAppModule {}
