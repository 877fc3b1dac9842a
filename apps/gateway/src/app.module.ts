import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import {
  HealthModule,
  loggingModule,
  MetricsModule,
  type ReadinessCheck,
} from '@vcp/platform/observability';
import { gatewayConfig, type GatewayConfig } from './gateway.config';
import { gatewayOptions } from './gateway-graphql.options';
import { partnerSafelistConfig } from './partner-safelist/partner-safelist.config';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      load: [gatewayConfig, partnerSafelistConfig],
    }),
    loggingModule('gateway'),
    MetricsModule.forService('gateway'),
    GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
      driver: ApolloGatewayDriver,
      inject: [gatewayConfig.KEY, partnerSafelistConfig.KEY],
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
