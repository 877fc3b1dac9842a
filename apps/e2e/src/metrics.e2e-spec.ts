import { PlatformRole } from '@vcp/platform/auth';
import { consortiaUrl, gateway, gatewayUrl, People } from './support';

async function scrape(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return (await response.text()).split('\n');
}

/** The series of `metric` whose labels include all of `labels`. */
const series = (lines: string[], metric: string, labels: Record<string, string>) =>
  lines.filter(
    (line) =>
      line.startsWith(`${metric}{`) &&
      Object.entries(labels).every(([name, value]) => line.includes(`${name}="${value}"`)),
  );

const valueOf = (line: string | undefined) => Number(line?.split(' ').pop());

describe('Prometheus metrics on the gateway and the subgraphs', () => {
  let people: People;
  let token: string;
  beforeAll(async () => {
    people = await People.open();
    token = (await people.signedIn([PlatformRole.RESEARCHER])).accessToken;
  });
  afterAll(() => people.close());

  it('counts and times each operation by name and type, on the gateway and the subgraph that served it', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await gateway('query MetricsProbe { me { id } }', { token })).errors).toBeUndefined();
    }
    for (const [url, service] of [
      [gatewayUrl(), 'gateway'],
      [consortiaUrl(), 'consortia'],
    ] as const) {
      const lines = await scrape(url);
      const labels = { operation: 'MetricsProbe', type: 'query', service };
      expect(valueOf(series(lines, 'graphql_requests_total', labels)[0])).toBeGreaterThanOrEqual(3);
      expect(
        valueOf(series(lines, 'graphql_request_duration_seconds_count', labels)[0]),
      ).toBeGreaterThanOrEqual(3);
      expect(
        series(lines, 'graphql_request_duration_seconds_bucket', labels).length,
      ).toBeGreaterThan(5);
      // Default process metrics.
      expect(lines.some((line) => line.startsWith('process_cpu_user_seconds_total'))).toBe(true);
    }
  });

  it('counts errors by operation and code', async () => {
    await gateway('query MetricsUnauthenticated { me { id } }');
    const lines = await scrape(gatewayUrl());
    const errors = series(lines, 'graphql_errors_total', {
      operation: 'MetricsUnauthenticated',
      code: 'UNAUTHENTICATED',
    });
    expect(valueOf(errors[0])).toBeGreaterThanOrEqual(1);
  });

  it("reports the subgraph's database pool", async () => {
    const lines = await scrape(consortiaUrl());
    const total = valueOf(lines.find((line) => line.startsWith('db_pool_connections_total{')));
    expect(total).toBeGreaterThanOrEqual(1);
    expect(lines.some((line) => line.startsWith('db_pool_connections_idle{'))).toBe(true);
    expect(lines.some((line) => line.startsWith('db_pool_requests_waiting{'))).toBe(true);
  });
});
