// Each test worker talks to the database its tier's global setup migrated.
process.env.TZ = 'UTC';
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
const tierDatabase = process.env.VCP_INTEGRATION_DATABASE_URL ?? process.env.VCP_E2E_DATABASE_URL;
if (tierDatabase) process.env.DATABASE_URL = tierDatabase;
if (process.env.VCP_TEST_JWT_SECRET) process.env.JWT_SECRET = process.env.VCP_TEST_JWT_SECRET;
