import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServiceSpec {
  name: string;
  entry: string;
  /** Modules to `--require` before the entry (the tracing preload). */
  preload?: string[];
  port: number;
  env: NodeJS.ProcessEnv;
}

export interface RunningService {
  spec: ServiceSpec;
  child: ChildProcess;
}

/** Starts a service as a child process; its JSON log lines pass through unchanged. */
export function startService(
  spec: ServiceSpec,
  onExit: (name: string, code: number | null) => void,
): RunningService {
  const preload = (spec.preload ?? []).flatMap((module) => ['--require', module]);
  const child = spawn(process.execPath, ['--enable-source-maps', ...preload, spec.entry], {
    // Each service names its trace spans after itself unless told otherwise.
    env: { OTEL_SERVICE_NAME: spec.name, ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${line}\n`));
  }
  child.on('exit', (code) => onExit(spec.name, code));
  return { spec, child };
}

export async function waitUntilReady(service: RunningService, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const url = `http://127.0.0.1:${service.spec.port}/health/ready`;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(
        `${service.spec.name} exited with code ${service.child.exitCode} while starting`,
      );
    }
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) }).catch(() => null);
    if (response?.ok) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${service.spec.name} was not ready within ${timeoutMs / 1000} s (${url})`);
}

/** SIGTERM, then SIGKILL after a grace period: services drain in-flight requests on SIGTERM. */
export async function stopService(service: RunningService, graceMs = 10_000): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
