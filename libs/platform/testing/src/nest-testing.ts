import { type DynamicModule, type Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test, type TestingModule } from '@nestjs/testing';
import { DatabaseModule } from '@vcp/platform/database';

/**
 * A Nest module graph over the tier's real PostgreSQL for integration tests of services (pass the
 * platform's AuthModule among the imports when the services sign tokens). Close it in afterAll.
 */
export async function createIntegrationModule(
  imports: (Type | DynamicModule)[],
): Promise<TestingModule> {
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }),
      DatabaseModule.forRoot({ applicationName: 'integration-test' }),
      ...imports,
    ],
  }).compile();
  await module.init();
  return module;
}
