import { IsOptional, IsString, Matches } from 'class-validator';
import { defineConfig, OptionalIntEnv } from '@vcp/platform/config';

export class DatabaseEnv {
  /** A PostgreSQL server to use; without it an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  @OptionalIntEnv('DATABASE_POOL_SIZE', 1, 200)
  DATABASE_POOL_SIZE?: number;

  @OptionalIntEnv('EMBEDDED_PG_PORT', 1024, 65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @IsString({ message: 'DATA_DIR must be a folder path' })
  DATA_DIR?: string;
}

export interface DatabaseConfig {
  url?: string;
  poolSize: number;
  embeddedPort: number;
  dataDir: string;
}

export const DEFAULT_EMBEDDED_PORT = 5544;

export function toDatabaseConfig(env: DatabaseEnv): DatabaseConfig {
  return {
    url: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE ?? 10,
    embeddedPort: env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT,
    dataDir: env.DATA_DIR ?? '.data',
  };
}

export const databaseConfig = defineConfig('database', DatabaseEnv, toDatabaseConfig);
