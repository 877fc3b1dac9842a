import { type DatabaseConfig } from './database.config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'vcp';

/**
 * The database every process uses: `DATABASE_URL` when set, otherwise the embedded PostgreSQL
 * (started here if no other process of the product has started it yet).
 */
export async function resolveDatabase(
  config: DatabaseConfig,
  log?: (line: string) => void,
): Promise<EmbeddedPostgresHandle> {
  if (config.url) return { url: config.url, stop: async () => undefined };
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPort,
    database: EMBEDDED_DATABASE_NAME,
    log,
  });
}
