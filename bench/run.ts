/*
 * `npm run bench [-- <scenario> ...]`: starts a stack of its own, runs the scenarios (all, or the
 * named ones) with autocannon, prints the figures and writes them to bench/results/<timestamp>.json.
 * Benchmarks are not tests: nothing here passes or fails on a number.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { describeCreditExchange, runCreditExchangeBench } from './credit-exchange';
import { runApiReserveAndPay } from './credit-exchange-api';
import { preflight, runLoad, type Measurement } from './load';
import { timeMatching } from './matching';
import { findScenarios, type Scenario, type Target } from './scenarios';
import { baseUrl, BenchStack, PORTS } from './stack';
import { statementsPerRequest } from './statements';

const say = (line = '') => process.stdout.write(`${line}\n`);
/** dist/bench/run.js → the workspace root. */
const WORKSPACE = join(__dirname, '..', '..');
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;

export interface Comparison {
  scenario: string;
  via: Target;
  direct: Target;
  /** direct req/s ÷ via req/s: how many times more requests the process serves without the hop. */
  throughputRatio: number;
  /** via p50 ÷ direct p50 (and the same for p99): how many times slower a typical request is. */
  p50Ratio: number;
  p99Ratio: number;
}

function durationFromEnv(): number {
  const raw = process.env.BENCH_DURATION;
  if (raw === undefined || raw === '') return 10;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`BENCH_DURATION must be a positive number of seconds (got "${raw}")`);
  }
  return seconds;
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: WORKSPACE,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], {
      cwd: WORKSPACE,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  // Text columns (the first two) left-aligned, figures right-aligned.
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join(
    '\n',
  );
}

async function measure(
  stack: BenchStack,
  scenario: Scenario,
  target: Target,
  context: Parameters<Scenario['requests']>[0],
  durationSeconds: number,
): Promise<Measurement> {
  const requested = scenario.requests(context);
  const requests = Array.isArray(requested) ? requested : [requested];
  const common = {
    scenario: scenario.name,
    target,
    baseUrl: baseUrl(target),
    requests,
    verify: scenario.verify,
    connections: CONNECTIONS,
    signal: stack.failed.signal,
  };
  await preflight(common);
  say(
    `  ${scenario.name} → ${target} (:${PORTS[target]}): warm-up ${WARMUP_SECONDS} s, then ${durationSeconds} s...`,
  );
  await runLoad({ ...common, durationSeconds: WARMUP_SECONDS });
  if (stack.failure) throw new Error(stack.failure);
  const measurement = await runLoad({ ...common, durationSeconds });
  if (stack.failure) throw new Error(stack.failure);
  if (scenario.countStatements) {
    measurement.sqlStatementsPerRequest = await statementsPerRequest(
      stack.databaseUrl,
      baseUrl(target),
      requests,
    );
  }
  return measurement;
}

async function main(): Promise<number> {
  const scenarios = findScenarios(process.argv.slice(2).filter((arg) => !arg.startsWith('-')));
  const durationSeconds = durationFromEnv();
  const stack = new BenchStack(WORKSPACE, say);

  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    say(`\n${signal}: stopping...`);
    stack.failure ??= `interrupted by ${signal}`;
    stack.failed.abort();
    void stack.stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const startedAt = new Date();
    const context = await stack.start();
    say(`Stack ready; logged in through the gateway as the bench operator.`);
    say();
    say(
      `Running ${scenarios.length} scenario(s): ${CONNECTIONS} connections, ${durationSeconds} s each target.`,
    );

    const measurements: Measurement[] = [];
    const comparisons: Comparison[] = [];
    for (const scenario of scenarios) {
      const via = await measure(stack, scenario, scenario.target, context, durationSeconds);
      measurements.push(via);
      if (scenario.compareWith) {
        const direct = await measure(
          stack,
          scenario,
          scenario.compareWith,
          context,
          durationSeconds,
        );
        measurements.push(direct);
        comparisons.push({
          scenario: scenario.name,
          via: scenario.target,
          direct: scenario.compareWith,
          throughputRatio: direct.requestsPerSecond / via.requestsPerSecond,
          p50Ratio: via.latencyMs.p50 / direct.latencyMs.p50,
          p99Ratio: via.latencyMs.p99 / direct.latencyMs.p99,
        });
      }
    }

    say();
    say(
      table(
        [
          'scenario',
          'target',
          'req/s',
          'p50 ms',
          'p99 ms',
          'non-2xx',
          'gql errors',
          'net errors',
          'responses',
          'SQL/req',
        ],
        measurements.map((m) => [
          m.scenario,
          m.target,
          fixed(m.requestsPerSecond, 0),
          fixed(m.latencyMs.p50, 2),
          fixed(m.latencyMs.p99, 2),
          String(m.non2xx),
          String(m.graphqlErrors),
          String(m.transportErrors),
          String(m.responses),
          m.sqlStatementsPerRequest == null ? '-' : fixed(m.sqlStatementsPerRequest, 1),
        ]),
      ),
    );
    if (comparisons.length) {
      say();
      say('Overhead of the hop (direct req/s ÷ via req/s; via latency ÷ direct latency):');
      say(
        table(
          ['scenario', 'via → direct', 'req/s ratio', 'p50 ratio', 'p99 ratio'],
          comparisons.map((c) => [
            c.scenario,
            `${c.via} → ${c.direct}`,
            `${fixed(c.throughputRatio, 2)}x`,
            `${fixed(c.p50Ratio, 2)}x`,
            `${fixed(c.p99Ratio, 2)}x`,
          ]),
        ),
      );
    }

    say();
    say('Hardware matching in-process (no network, no database):');
    const matching = timeMatching();
    const one = matching.oneWorkloadThousandDevices;
    const batch = matching.thousandWorkloadsFiveHundredDevices;
    say(
      `  1 workload × 1,000 devices: median ${fixed(one.medianMs, 2)} ms, p95 ${fixed(one.p95Ms, 2)} ms over ${one.runs} runs (${one.ranked} ranked, ${one.excluded} excluded)`,
    );
    say(
      `  1,000 workloads × 500 devices: ${fixed(batch.seconds, 2)} s (${fixed(batch.matchesPerSecond, 0)} device predictions/s)`,
    );

    say();
    say('Credit exchange in-process (library services on the bench database, no HTTP)...');
    const creditExchange = await runCreditExchangeBench(stack.databaseUrl);
    for (const line of describeCreditExchange(creditExchange)) say(line);

    say();
    say('Reserve-and-pay through the API (hold + confirm through the gateway, sequential)...');
    const apiReserveAndPay = await runApiReserveAndPay({
      gatewayUrl: baseUrl('gateway'),
      operatorToken: context.accessToken,
      databaseUrl: stack.databaseUrl,
      consortiumId: context.consortiumId,
      count: creditExchange.reserveAndPay.reservations,
    });
    const raw = creditExchange.reserveAndPay.rawSqlPerSecond;
    const services = creditExchange.reserveAndPay.servicePerSecond;
    say(
      `  API ${fixed(apiReserveAndPay.perSecond, 0)}/s (p50 ${fixed(apiReserveAndPay.latencyMs.p50, 1)} ms, p99 ${fixed(apiReserveAndPay.latencyMs.p99, 1)} ms per hold + confirm); raw SQL ÷ API ${fixed(raw / apiReserveAndPay.perSecond, 2)}x, services ÷ API ${fixed(services / apiReserveAndPay.perSecond, 2)}x`,
    );

    const resultsDir = join(WORKSPACE, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      commit: gitCommit(),
      settings: {
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_SECONDS,
        durationSeconds,
        ports: PORTS,
      },
      machine: {
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? null,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
      },
      scenarios: scenarios.map(({ name, description, target, compareWith }) => ({
        name,
        description,
        target,
        compareWith,
      })),
      volume: stack.volume,
      measurements,
      comparisons,
      matching,
      creditExchange,
      apiReserveAndPay,
    };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    say();
    say(`Results written to ${relative(process.cwd(), file) || file}`);
    return 0;
  } finally {
    say('Stopping the stack...');
    await stack.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
