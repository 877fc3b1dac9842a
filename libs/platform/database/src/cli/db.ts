/* Command-line database maintenance: migrate, revert, reset. Seeding lives with the launcher. */
import 'reflect-metadata';
import { validateEnv } from '@vcp/platform/config';
import { DatabaseEnv, toDatabaseConfig } from '../database.config';
import { createDataSource } from '../data-source';
import { resolveDatabase } from '../database-url';
import { migrate, resetDatabase, revertLast } from '../migrator';

const COMMANDS = ['migrate', 'revert', 'reset'] as const;
type Command = (typeof COMMANDS)[number];

async function main(command: Command): Promise<void> {
  const config = toDatabaseConfig(validateEnv(DatabaseEnv));
  const database = await resolveDatabase(config);
  const dataSource = createDataSource({ url: database.url, applicationName: `db:${command}` });
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(dataSource);
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date.\n');
        break;
      }
      case 'revert':
        await revertLast(dataSource);
        process.stdout.write('Reverted the last migration.\n');
        break;
      case 'reset': {
        const applied = await resetDatabase(dataSource);
        process.stdout.write(`Reset; applied ${applied.length} migrations.\n`);
        break;
      }
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

const command = process.argv[2];
if (!COMMANDS.includes(command as Command)) {
  process.stderr.write(`Usage: db <${COMMANDS.join('|')}>\n`);
  process.exit(2);
}
main(command as Command).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
