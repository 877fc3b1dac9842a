import { type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule, RateLimitModule } from '@vcp/platform/auth';
import { DatabaseModule } from '@vcp/platform/database';
import { WebhooksModule } from '@vcp/platform/events';
import { subgraphGraphQLOptions } from '@vcp/platform/graphql';
import { HealthModule, loggingModule, MetricsModule } from '@vcp/platform/observability';
import { computeConfig } from './compute.config';
import { CreditsModule } from './credits/credits.module';
import { HardwareGraphModule } from './hardware/hardware-graph.module';
import { ProgramModule } from './program/program.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [computeConfig] }),
    loggingModule('compute'),
    DatabaseModule.forRoot({ applicationName: 'compute' }),
    GraphQLModule.forRoot<ApolloFederationDriverConfig>(subgraphGraphQLOptions('compute')),
    AuthModule,
    RateLimitModule.forService('compute'),
    HealthModule.withDatabase(),
    MetricsModule.forService('compute'),
    ProgramModule,
    CreditsModule,
    HardwareGraphModule,
    // Deliveries are sent from every subgraph process; SKIP LOCKED claims keep each send single.
    WebhooksModule,
  ],
})
export class ComputeAppModule {}
