/*
 * `npm run schema:update`: starts the product on a database of its own, reads each subgraph's schema,
 * composes the supergraph as the gateway does and writes the contract to schema/ (supergraph.graphql
 * and the client-facing api.graphql). `npm run schema:check` compares instead of writing and exits 1
 * with the classified changes when the contract is out of date.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import {
  CONTRACT_FILES,
  compareWithContract,
  composeSupergraph,
  describeChanges,
  fetchSubgraphSdl,
  readContract,
  writeContract,
} from '@vcp/platform/contract';
import { startStandaloneProduct } from '@vcp/platform/testing';

/** dist/apps/launcher/src/schema-cli.js → the workspace root. */
const WORKSPACE = join(__dirname, '..', '..', '..', '..');
/** Its own PostgreSQL port, so it can run beside `npm start` (5544) and the tests (5545). */
const POSTGRES_PORT = Number(process.env.SCHEMA_PG_PORT ?? 5548);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(mode: string): Promise<number> {
  if (mode !== 'update' && mode !== 'check') throw new Error('usage: schema-cli update|check');
  const product = await startStandaloneProduct({
    name: 'schema',
    postgresPort: POSTGRES_PORT,
    env: { NODE_ENV: 'test', CREDIT_EXPIRY_INTERVAL_SECONDS: '0' },
  });
  try {
    const composed = composeSupergraph([
      await fetchSubgraphSdl('consortia', product.urls.consortia),
      await fetchSubgraphSdl('compute', product.urls.compute),
    ]);
    const comparison = await compareWithContract(readContract(WORKSPACE), composed);
    if (mode === 'update') {
      writeContract(WORKSPACE, composed);
      say(
        comparison.upToDate
          ? 'The contract is up to date.'
          : [
              `Wrote ${CONTRACT_FILES.supergraphSdl} and ${CONTRACT_FILES.apiSdl}.`,
              describeChanges(comparison.changes),
            ].join('\n'),
      );
      return 0;
    }
    say(comparison.upToDate ? 'The contract is up to date.' : comparison.report);
    return comparison.upToDate ? 0 : 1;
  } finally {
    await product.stop();
  }
}

main(process.argv[2] ?? 'check').then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
