import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type RunningProduct, startProduct } from '@vcp/platform/runtime';
import { freePort, graphqlRequest } from '@vcp/platform/testing';

/** The OTLP/HTTP JSON a collector receives, reduced to what the test reads. */
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { traceId: string; name: string; parentSpanId?: string }[] }[];
  }[];
}

interface ReceivedSpan {
  service: string;
  traceId: string;
  name: string;
}

/** A stand-in OpenTelemetry collector: records every span posted to /v1/traces. */
function startCollector(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ExportRequest;
      for (const resource of body.resourceSpans ?? []) {
        const service =
          resource.resource?.attributes?.find((attribute) => attribute.key === 'service.name')
            ?.value.stringValue ?? 'unknown';
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({ service, traceId: span.traceId, name: span.name });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        spans,
      }),
    ),
  );
}

describe('tracing across the gateway and the subgraphs (OTLP to a test collector)', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let product: RunningProduct;
  let gatewayUrl: string;

  beforeAll(async () => {
    collector = await startCollector();
    // A second copy of the services over the tier's database, exporting spans to the collector.
    const ports = {
      consortia: await freePort(),
      compute: await freePort(),
      gateway: await freePort(),
    };
    product = await startProduct({
      ports,
      databaseUrl: process.env.DATABASE_URL ?? '',
      jwtSecret: process.env.JWT_SECRET ?? '',
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
    });
    gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
  }, 120_000);
  afterAll(async () => {
    await product?.stop();
    await new Promise((done) => collector?.server.close(done));
  });

  it('puts the gateway’s and the subgraph’s spans (HTTP, GraphQL, SQL) under one trace id', async () => {
    // The caller starts the trace (W3C trace context), so its spans are told apart from others.
    const traceId = randomBytes(16).toString('hex');
    const response = await graphqlRequest(
      gatewayUrl,
      `mutation TracedLogin { login(input: { email: "nobody@test.vcp.kr", password: "wrong" }) { accessToken } }`,
      { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const deadline = Date.now() + 15_000;
    const inTrace = () => collector.spans.filter((span) => span.traceId === traceId);
    const servicesOf = () => new Set(inTrace().map((span) => span.service));
    while (
      !(servicesOf().has('gateway') && servicesOf().has('consortia')) &&
      Date.now() < deadline
    ) {
      await new Promise((done) => setTimeout(done, 250));
    }
    expect(servicesOf()).toEqual(new Set(['gateway', 'consortia']));
    // The subgraph's own work is in the same trace: its GraphQL execution and its SQL.
    const consortia = inTrace()
      .filter((span) => span.service === 'consortia')
      .map((span) => span.name);
    expect(consortia.some((name) => name.startsWith('graphql.'))).toBe(true);
    expect(consortia.some((name) => name.startsWith('pg.'))).toBe(true);
  });
});
