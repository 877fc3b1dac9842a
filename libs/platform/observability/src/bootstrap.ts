import { type INestApplication, Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { drainOnSignals, shutdownSettings } from './shutdown';

/**
 * Common start-up for every service: JSON logger, graceful shutdown (SIGTERM/SIGINT: unready,
 * drain in-flight requests, close the database pool, exit 0), and a clear message when
 * configuration is wrong.
 */
export async function listen(app: INestApplication, port: number, service: string): Promise<void> {
  const shutdown = shutdownSettings();
  app.useLogger(app.get(Logger));
  await app.listen(port, '0.0.0.0');
  drainOnSignals(app, service, shutdown);
  NestLogger.log(`${service} listening on http://localhost:${port}`, 'Bootstrap');
}

/** Prints a start-up failure without a stack for configuration problems, then exits non-zero. */
export function exitOnStartupError(service: string) {
  return (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${service} could not start: ${message}\n`);
    if (error instanceof Error && error.name !== 'ConfigurationError' && error.stack) {
      process.stderr.write(`${error.stack}\n`);
    }
    process.exit(1);
  };
}
