import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { defineConfig } from '@vcp/platform/config';

export class DatabaseEnv {
  /** A PostgreSQL server to use; without it an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be at least 1' })
  @Max(200, { message: 'DATABASE_POOL_SIZE must be at most 200' })
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'EMBEDDED_PG_PORT must be a whole number' })
  @Min(1024, { message: 'EMBEDDED_PG_PORT must be between 1024 and 65535' })
  @Max(65535, { message: 'EMBEDDED_PG_PORT must be between 1024 and 65535' })
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
