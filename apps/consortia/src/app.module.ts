import { type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule, RateLimitModule } from '@vcp/platform/auth';
import { DatabaseModule } from '@vcp/platform/database';
import { subgraphGraphQLOptions } from '@vcp/platform/graphql';
import { HealthModule, loggingModule, MetricsModule } from '@vcp/platform/observability';
import { consortiaConfig } from './consortia.config';
import { DirectoryGraphModule } from './directory/directory.module';
import { EngagementsGraphModule } from './engagements/engagements-graph.module';
import { IdentityGraphModule } from './identity/identity.module';
import { WebhooksGraphModule } from './webhooks/webhooks-graph.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [consortiaConfig] }),
    loggingModule('consortia'),
    DatabaseModule.forRoot({ applicationName: 'consortia' }),
    GraphQLModule.forRoot<ApolloFederationDriverConfig>(subgraphGraphQLOptions('consortia')),
    AuthModule,
    RateLimitModule.forService('consortia'),
    HealthModule.withDatabase(),
    MetricsModule.forService('consortia'),
    IdentityGraphModule,
    DirectoryGraphModule,
    EngagementsGraphModule,
    WebhooksGraphModule,
  ],
})
export class ConsortiaAppModule {}
