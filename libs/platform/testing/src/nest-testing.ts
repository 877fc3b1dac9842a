import { type DynamicModule, type Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test, type TestingModule } from '@nestjs/testing';
import { AuthModule } from '@vcp/platform/auth';
import { DatabaseModule } from '@vcp/platform/database';

/**
 * A Nest module graph over the tier's real PostgreSQL, with the platform's auth in place, for
 * integration tests of services. Close it in afterAll.
 */
export async function createIntegrationModule(
  imports: (Type | DynamicModule)[],
): Promise<TestingModule> {
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true }),
      DatabaseModule.forRoot({ applicationName: 'integration-test' }),
      AuthModule,
      ...imports,
    ],
  }).compile();
  await module.init();
  return module;
}
