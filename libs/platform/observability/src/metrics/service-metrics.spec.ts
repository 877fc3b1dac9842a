import { scrapeAllowed } from './metrics.controller';
import { MAX_OPERATION_NAMES, ServiceMetrics } from './service-metrics';

describe('service metrics', () => {
  it('keeps caller-chosen operation names from growing the series without bound', async () => {
    const metrics = new ServiceMetrics('test');
    for (let i = 0; i < MAX_OPERATION_NAMES + 50; i++) {
      metrics.observe({ operation: `Op${i}`, type: 'query', seconds: 0.01 }, []);
    }
    metrics.observe({ operation: 'has spaces {}', type: 'query', seconds: 0.01 }, []);
    metrics.observe({ operation: null, type: null, seconds: 0.01 }, ['GRAPHQL_PARSE_FAILED']);
    const text = await metrics.render();
    const operations = new Set(
      [...text.matchAll(/^graphql_requests_total\{operation="([^"]+)"/gm)].map((match) => match[1]),
    );
    expect(operations.size).toBe(MAX_OPERATION_NAMES + 2);
    expect(operations).toContain('other');
    expect(operations).toContain('anonymous');
    expect(text).toMatch(
      /graphql_requests_total\{operation="other",type="query",service="test"\} 51/,
    );
    expect(text).toMatch(
      /graphql_errors_total\{operation="anonymous",type="unknown",code="GRAPHQL_PARSE_FAILED"/,
    );
  });

  it("counts a subgraph's share of a gateway request under the client's operation name", async () => {
    const metrics = new ServiceMetrics('consortia');
    metrics.observe({ operation: 'MyConsortia__consortia__0', type: 'query', seconds: 0.01 }, []);
    metrics.observe({ operation: 'MyConsortia__consortia__2', type: 'query', seconds: 0.01 }, []);
    expect(await metrics.render()).toMatch(
      /graphql_requests_total\{operation="MyConsortia",type="query",service="consortia"\} 2/,
    );
  });

  it('reads the pool figures at scrape time', async () => {
    const pool = { totalCount: 4, idleCount: 3, waitingCount: 0 };
    const metrics = new ServiceMetrics('test', () => pool);
    pool.waitingCount = 2;
    const text = await metrics.render();
    expect(text).toMatch(/db_pool_connections_total\{service="test"\} 4/);
    expect(text).toMatch(/db_pool_requests_waiting\{service="test"\} 2/);
  });
});

describe('who may scrape /metrics', () => {
  it('asks for the configured bearer token, and nothing when none is configured outside production', () => {
    const guarded = { enabled: true, token: 'a-long-metrics-token' };
    expect(scrapeAllowed(guarded, 'Bearer a-long-metrics-token')).toBe(true);
    expect(scrapeAllowed(guarded, 'Bearer wrong')).toBe(false);
    expect(scrapeAllowed(guarded, undefined)).toBe(false);
    expect(scrapeAllowed({ enabled: true, token: null }, undefined)).toBe(true);
    expect(scrapeAllowed({ enabled: false, token: null }, undefined)).toBe(false);
  });
});
