/** Points a test worker at the database its tier's global setup migrated. */
export function useTierDatabase(
  variable: 'VCP_INTEGRATION_DATABASE_URL' | 'VCP_E2E_DATABASE_URL',
): void {
  process.env.TZ = 'UTC';
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'silent';
  const url = process.env[variable];
  if (!url) throw new Error(`${variable} is not set: the tier's global setup did not run`);
  process.env.DATABASE_URL = url;
  if (process.env.VCP_TEST_JWT_SECRET) process.env.JWT_SECRET = process.env.VCP_TEST_JWT_SECRET;
}
