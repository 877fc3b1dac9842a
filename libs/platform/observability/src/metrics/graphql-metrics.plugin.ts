import { performance } from 'node:perf_hooks';
import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { SERVICE_METRICS } from './metrics.tokens';
import { type ServiceMetrics } from './service-metrics';

/** Times every GraphQL request and counts it, with its errors' codes, under its operation. */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  constructor(@Inject(SERVICE_METRICS) private readonly metrics: ServiceMetrics) {}

  requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = performance.now();
    return Promise.resolve({
      willSendResponse: ({ operationName, operation, response }) => {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
        this.metrics.observe(
          {
            operation: operationName ?? null,
            type: operation?.operation ?? null,
            seconds: (performance.now() - started) / 1000,
          },
          (errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
        );
        return Promise.resolve();
      },
    });
  }
}
