import type { Server } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';
import { validateEnv, OptionalIntEnv } from '@vcp/platform/config';
import { flushTracing } from './tracing/tracing-lifecycle';

export class ShutdownEnv {
  /** Seconds between turning unready and closing the listener, so load balancers stop sending. */
  @OptionalIntEnv('SHUTDOWN_DELAY_SECONDS', 0, 60, 'seconds')
  SHUTDOWN_DELAY_SECONDS?: number;

  /** Seconds in-flight requests get to finish before their connections are cut. */
  @OptionalIntEnv('SHUTDOWN_TIMEOUT_SECONDS', 1, 600, 'seconds')
  SHUTDOWN_TIMEOUT_SECONDS?: number;
}

export interface ShutdownSettings {
  delayMs: number;
  timeoutMs: number;
}

export function shutdownSettings(env: NodeJS.ProcessEnv = process.env): ShutdownSettings {
  const values = validateEnv(ShutdownEnv, env);
  return {
    delayMs: (values.SHUTDOWN_DELAY_SECONDS ?? 0) * 1000,
    timeoutMs: (values.SHUTDOWN_TIMEOUT_SECONDS ?? 25) * 1000,
  };
}

let draining = false;

/** True once the process has been asked to stop: readiness answers 503 from then on. */
export const isDraining = (): boolean => draining;

export interface SignalSource {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
}

/**
 * Graceful stop on SIGTERM or SIGINT: readiness turns unready, then (after the delay) the
 * listener closes so no new connection is accepted, in-flight requests finish (their connections
 * are cut after the timeout), the shutdown hooks run (the database pool closes last), buffered
 * trace spans are sent, and the process exits 0, or 1 when requests had to be cut or a hook
 * failed.
 */
export function drainOnSignals(
  app: INestApplication,
  service: string,
  settings: ShutdownSettings,
  exit: (code: number) => void = (code) => process.exit(code),
  signals: SignalSource = process,
): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    draining = true;
    logger.log(`${service} received ${signal}: draining`);
    if (settings.delayMs > 0) await new Promise((done) => setTimeout(done, settings.delayMs));
    const server = app.getHttpServer() as Server;
    let cut = false;
    const deadline = setTimeout(() => {
      cut = true;
      logger.warn(
        `${service}: requests still running after ${settings.timeoutMs} ms; cutting them`,
      );
      server.closeAllConnections();
    }, settings.timeoutMs);
    try {
      await app.close();
      clearTimeout(deadline);
      logger.log(`${service} stopped`);
      await flushTracing();
      exit(cut ? 1 : 0);
    } catch (error) {
      clearTimeout(deadline);
      logger.error({ err: error }, `${service} did not stop cleanly`);
      await flushTracing();
      exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    signals.once(signal, () => void stop(signal));
  }
}
