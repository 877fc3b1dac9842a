import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { metricsConfig } from './metrics.config';
import { MetricsController } from './metrics.controller';
import { SERVICE_METRICS } from './metrics.tokens';
import { type PoolFigures, ServiceMetrics } from './service-metrics';

/** The pg pool behind TypeORM's PostgreSQL driver, if the service has a database. */
function poolOf(moduleRef: ModuleRef): () => PoolFigures | null {
  return () => {
    let dataSource: DataSource;
    try {
      dataSource = moduleRef.get<DataSource>(getDataSourceToken(), { strict: false });
    } catch {
      return null;
    }
    const pool = (dataSource.driver as unknown as { master?: PoolFigures }).master;
    return pool && typeof pool.totalCount === 'number' ? pool : null;
  };
}

/**
 * Prometheus metrics for a service: `/metrics` (bearer token from METRICS_TOKEN; off in
 * production without one), GraphQL operation metrics, the database pool and process metrics.
 */
@Module({})
export class MetricsModule {
  static forService(service: string): DynamicModule {
    const metrics: Provider = {
      provide: SERVICE_METRICS,
      inject: [ModuleRef],
      useFactory: (moduleRef: ModuleRef) => new ServiceMetrics(service, poolOf(moduleRef)),
    };
    return {
      module: MetricsModule,
      imports: [ConfigModule.forFeature(metricsConfig)],
      controllers: [MetricsController],
      providers: [metrics, GraphQLMetricsPlugin],
      exports: [SERVICE_METRICS],
    };
  }
}
