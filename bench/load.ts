import autocannon from 'autocannon';
import { graphqlSucceeded, GRAPHQL_HEADERS, type ScenarioRequest, type Target } from './scenarios';

export interface LoadOptions {
  scenario: string;
  target: Target;
  /** Base URL of the process, e.g. http://127.0.0.1:4100 */
  baseUrl: string;
  requests: ScenarioRequest[];
  verify?: (body: string) => boolean;
  connections: number;
  durationSeconds: number;
  /** Stops the run early (Ctrl-C, a service died); the partial figures are returned. */
  signal?: AbortSignal;
}

export interface Measurement {
  scenario: string;
  target: Target;
  url: string;
  connections: number;
  /** Seconds the measured run actually lasted. */
  durationSeconds: number;
  /** Responses received (any status). */
  responses: number;
  /** Mean of autocannon's per-second samples of responses (its "Req/Sec Avg"). */
  requestsPerSecond: number;
  /** Latency of 2xx responses in milliseconds, from sub-millisecond timings (nearest rank). */
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Responses whose status was not 2xx. */
  non2xx: number;
  /** 2xx responses whose body was not a GraphQL success (had `errors`, or no `data`). */
  graphqlErrors: number;
  /** Socket errors and timeouts (no response at all). */
  transportErrors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** SQL statements one request costs, where the scenario counts them (pg_stat_statements). */
  sqlStatementsPerRequest?: number | null;
}

function toAutocannonRequests(requests: ScenarioRequest[]): autocannon.Request[] {
  return requests.map((request) => ({
    method: request.method ?? 'POST',
    path: request.path ?? '/graphql',
    headers: { ...GRAPHQL_HEADERS, ...request.headers },
    body: request.body,
  }));
}

/** Sends each request once and fails loudly if one does not succeed, before any load is generated. */
export async function preflight(
  options: Pick<LoadOptions, 'baseUrl' | 'requests' | 'verify' | 'target'>,
): Promise<void> {
  const verify = options.verify ?? graphqlSucceeded;
  for (const request of options.requests) {
    const url = `${options.baseUrl}${request.path ?? '/graphql'}`;
    const response = await fetch(url, {
      method: request.method ?? 'POST',
      headers: { ...GRAPHQL_HEADERS, ...request.headers },
      body: (request.method ?? 'POST') === 'GET' ? undefined : request.body,
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.text();
    if (!response.ok || !verify(body)) {
      throw new Error(
        `${options.target} answered ${response.status} to ${url}: ${body.slice(0, 500)}${body.length > 500 ? '…' : ''}`,
      );
    }
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** One autocannon run. Latencies are collected here because autocannon's histogram keeps whole ms. */
export function runLoad(options: LoadOptions): Promise<Measurement> {
  const samples: number[] = [];
  const verify = options.verify ?? graphqlSucceeded;
  return new Promise<Measurement>((resolve, reject) => {
    const url = `${options.baseUrl}/graphql`;
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.durationSeconds,
        requests: toAutocannonRequests(options.requests),
        // autocannon hands the body over as the string it accumulated.
        verifyBody: (body) =>
          verify(typeof body === 'string' ? body : (body?.toString('utf8') ?? '')),
      },
      (error: unknown, result: autocannon.Result) => {
        options.signal?.removeEventListener('abort', stop);
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const sorted = Float64Array.from(samples).sort();
        const mean = sorted.length
          ? sorted.reduce((sum, value) => sum + value, 0) / sorted.length
          : Number.NaN;
        const statusCodes: Record<string, number> = {};
        for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
          statusCodes[code] = stats.count ?? 0;
        }
        resolve({
          scenario: options.scenario,
          target: options.target,
          url,
          connections: options.connections,
          durationSeconds: result.duration,
          responses: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'],
          requestsPerSecond: result.requests.average,
          latencyMs: {
            mean,
            p50: percentile(sorted, 50),
            p90: percentile(sorted, 90),
            p99: percentile(sorted, 99),
            max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
          },
          non2xx: result.non2xx,
          graphqlErrors: result.mismatches,
          transportErrors: result.errors,
          timeouts: result.timeouts,
          statusCodes,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
    });
    const stop = () => instance.stop();
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener('abort', stop, { once: true });
  });
}
