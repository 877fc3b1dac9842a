import { PRODUCT_SCHEMAS } from '@vcp/migrations';
import { type DataSource } from 'typeorm';

/** Applies every pending migration in one ordered stream; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** Reverts the most recent migration. */
export async function revertLast(dataSource: DataSource): Promise<void> {
  await dataSource.undoLastMigration({ transaction: 'each' });
}

/** Drops every schema the product owns and migrates from nothing. Destroys all data. */
export async function resetDatabase(dataSource: DataSource): Promise<string[]> {
  for (const schema of PRODUCT_SCHEMAS) {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
  await dataSource.query('DROP TABLE IF EXISTS public.migrations');
  return migrate(dataSource);
}
