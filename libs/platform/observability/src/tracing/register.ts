/**
 * Preloaded with `node --require` before a service's own code, so the instrumentations patch
 * http, express, graphql and pg before anything loads them. Tracing is on only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise this file loads nothing and costs nothing.
 * The service is named by OTEL_SERVICE_NAME.
 */
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  // Required lazily: with tracing off, none of OpenTelemetry is loaded.
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { startTracing } = require('./tracing') as typeof import('./tracing');
  const { setTracingStop } = require('./tracing-lifecycle') as typeof import('./tracing-lifecycle');
  setTracingStop(
    startTracing({
      service: process.env.OTEL_SERVICE_NAME ?? 'vcp',
      // Reads OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS) itself; sends to <endpoint>/v1/traces.
      exporter: new OTLPTraceExporter(),
    }),
  );
}
