export {
  databaseConfig,
  DatabaseEnv,
  toDatabaseConfig,
  type DatabaseConfig,
} from './database.config';
export { createDataSource, dataSourceOptions, type DataSourceParams } from './data-source';
export { EMBEDDED_DATABASE_NAME, resolveDatabase } from './database-url';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';
export { DatabaseModule } from './database.module';
export { migrate, resetDatabase, revertLast } from './migrator';
export { inTransaction, sqlState } from './transaction';
export { containsPattern, returnedRows } from './sql';
