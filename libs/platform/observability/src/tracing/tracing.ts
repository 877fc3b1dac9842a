import { type Span } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  service: string;
  exporter: SpanExporter;
}

/** Health checks and scrapes would be most of the spans and say nothing. */
const UNTRACED_PATHS = ['/health', '/metrics'];

/**
 * Traces this process: incoming HTTP (Express, GraphQL execution), outgoing HTTP (the gateway's
 * fetches to subgraphs go through undici) and PostgreSQL queries. W3C trace context travels in
 * `traceparent`, so one trace spans the gateway and every subgraph it calls. Returns the function
 * that flushes and stops it.
 */
export function startTracing(options: TracingOptions): () => Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.service }),
    spanProcessors: [new BatchSpanProcessor(options.exporter)],
  });
  // Registers the async-hooks context manager and the W3C trace-context and baggage propagators.
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          UNTRACED_PATHS.some((path) => request.url?.startsWith(path) ?? false),
      }),
      new UndiciInstrumentation({
        // Readiness polls between services are not requests worth a trace.
        ignoreRequestHook: (request) => request.path.startsWith('/health'),
      }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({
        requireParentSpan: true,
        requestHook: (span: Span) => span.setAttribute('db.system', 'postgresql'),
      }),
    ],
  });
  return async () => {
    unregister();
    await provider.shutdown();
  };
}
