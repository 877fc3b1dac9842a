import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Pool figures of node-postgres (`pg.Pool`), the pool behind TypeORM's PostgreSQL driver. */
export interface PoolFigures {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** At most this many distinct operation names get their own series; later ones count as `other`. */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
/** The gateway names a subgraph fetch `<client operation>__<subgraph>__<fetch index>`. */
const GATEWAY_FETCH_SUFFIX = /__[A-Za-z0-9_]+?__\d+$/;

/**
 * One service's Prometheus registry: process metrics, GraphQL requests by operation (rate,
 * latency, errors by code) and the database pool. Operation names come from callers, so only
 * well-formed names get their own series, and only the first few hundred of them.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'type'>;
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'operation' | 'type' | 'code'>;
  private readonly operationNames = new Set<string>();

  constructor(service: string, pool?: () => PoolFigures | null) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests by operation name and type.',
      labelNames: ['operation', 'type'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors by operation and error code.',
      labelNames: ['operation', 'type', 'code'],
      registers: [this.registry],
    });
    if (pool) this.registerPoolGauges(pool);
  }

  /** Records one finished request. */
  observe(
    request: { operation: string | null; type: string | null; seconds: number },
    errorCodes: readonly string[],
  ): void {
    const labels = {
      operation: this.operationLabel(request.operation),
      type: request.type ?? 'unknown',
    };
    this.requests.inc(labels);
    this.duration.observe(labels, request.seconds);
    for (const code of errorCodes) this.errors.inc({ ...labels, code });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** A subgraph counts a gateway fetch under the client's operation name. */
  private operationLabel(raw: string | null): string {
    const name = raw?.replace(GATEWAY_FETCH_SUFFIX, '') ?? null;
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  private registerPoolGauges(pool: () => PoolFigures | null): void {
    const figure = (name: string, help: string, read: (figures: PoolFigures) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const figures = pool();
          if (figures) this.set(read(figures));
        },
      });
    figure(
      'db_pool_connections_total',
      'Connections the database pool holds.',
      (f) => f.totalCount,
    );
    figure(
      'db_pool_connections_idle',
      'Idle connections in the database pool.',
      (f) => f.idleCount,
    );
    figure(
      'db_pool_requests_waiting',
      'Queries waiting for a connection from the database pool.',
      (f) => f.waitingCount,
    );
  }
}
