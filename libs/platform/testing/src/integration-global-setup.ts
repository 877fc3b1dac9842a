import { prepareTestDatabase, randomTestSecret } from './test-database';

/** Integration tier: one migrated database shared by every test file (tests use unique data). */
export default async function integrationGlobalSetup(): Promise<void> {
  process.env.VCP_INTEGRATION_DATABASE_URL = await prepareTestDatabase('vcp_integration');
  process.env.VCP_TEST_JWT_SECRET ??= randomTestSecret();
}
