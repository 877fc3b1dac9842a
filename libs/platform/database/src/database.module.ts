import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, type DatabaseConfig } from './database.config';
import { dataSourceOptions } from './data-source';
import { resolveDatabase } from './database-url';

/**
 * The subgraph's TypeORM connection. Entities come from the feature modules
 * (`TypeOrmModule.forFeature`), the schema only from the top-level migrations.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: { applicationName: string }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          imports: [ConfigModule.forFeature(databaseConfig)],
          inject: [databaseConfig.KEY],
          useFactory: async (config: DatabaseConfig) => {
            const database = await resolveDatabase(config);
            return {
              ...dataSourceOptions({
                url: database.url,
                poolSize: config.poolSize,
                applicationName: options.applicationName,
              }),
              autoLoadEntities: true,
              retryAttempts: 10,
              retryDelay: 1000,
            };
          },
        }),
      ],
    };
  }
}
