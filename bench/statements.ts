/*
 * SQL statements per request, counted by PostgreSQL itself (pg_stat_statements): the stack is idle,
 * the counters are reset, a few requests are sent one after another, and the calls recorded in
 * the bench database are divided by the number of requests.
 */
import { Client } from 'pg';
import { GRAPHQL_HEADERS, type ScenarioRequest } from './scenarios';

const SAMPLES = 10;
const SETTLE_MS = 3000;

export async function statementsPerRequest(
  databaseUrl: string,
  baseUrl: string,
  requests: ScenarioRequest[],
): Promise<number | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Let requests still in flight from the load run finish, so only ours are counted.
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT pg_stat_statements_reset()');
    } catch {
      // A server without pg_stat_statements in shared_preload_libraries cannot count.
      return null;
    }
    for (let i = 0; i < SAMPLES; i++) {
      for (const request of requests) {
        const response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
          method: request.method ?? 'POST',
          headers: { ...GRAPHQL_HEADERS, ...request.headers },
          body: (request.method ?? 'POST') === 'GET' ? undefined : request.body,
          signal: AbortSignal.timeout(10_000),
        });
        await response.text();
      }
    }
    const { rows } = await client.query<{ calls: string | null }>(
      `SELECT sum(s.calls) AS calls FROM pg_stat_statements s
         JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
    );
    if (process.env.BENCH_SQL_DETAIL) {
      const detail = await client.query<{ calls: string; query: string }[]>(
        `SELECT s.calls, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 140) AS query
           FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'
          ORDER BY s.calls DESC`,
      );
      for (const row of detail.rows as unknown as { calls: string; query: string }[]) {
        process.stdout.write(`    ${row.calls.padStart(4)}  ${row.query}\n`);
      }
    }
    return Number(rows[0]?.calls ?? 0) / (SAMPLES * requests.length);
  } finally {
    await client.end();
  }
}
