/*
 * `npm run schema:update`: starts the product on a database of its own, reads each subgraph's schema,
 * composes the supergraph as the gateway does and writes the contract to schema/ (supergraph.graphql
 * and the client-facing api.graphql), and the partner safelist (partner-operations.json) from the
 * operations published in docs/partner-api.md. `npm run schema:check` compares instead of writing
 * and exits 1 with the classified changes when anything is out of date. `schema-cli operations`
 * writes only the safelist, without starting anything.
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTRACT_FILES,
  compareWithContract,
  composeSupergraph,
  describeChanges,
  documentedOperations,
  fetchSubgraphSdl,
  manifestText,
  PARTNER_DOCS,
  PARTNER_OPERATIONS_MANIFEST,
  partnerOperationManifest,
  readContract,
  writeContract,
} from '@vcp/platform/contract';
import { startStandaloneProduct } from '@vcp/platform/testing';

/** dist/apps/launcher/src/schema-cli.js → the workspace root. */
const WORKSPACE = join(__dirname, '..', '..', '..', '..');
/** Its own PostgreSQL port, so it can run beside `npm start` (5544) and the tests (5545). */
const POSTGRES_PORT = Number(process.env.SCHEMA_PG_PORT ?? 5548);
const say = (line: string) => process.stdout.write(`${line}\n`);

/** The safelist from the documentation; true when the committed one already matched. */
function partnerOperations(mode: 'update' | 'check'): boolean {
  const path = join(WORKSPACE, PARTNER_OPERATIONS_MANIFEST);
  const manifest = manifestText(
    partnerOperationManifest(
      documentedOperations(readFileSync(join(WORKSPACE, PARTNER_DOCS), 'utf8')),
    ),
  );
  const upToDate = existsSync(path) && readFileSync(path, 'utf8') === manifest;
  if (!upToDate && mode === 'update') {
    writeFileSync(path, manifest);
    say(`Wrote ${PARTNER_OPERATIONS_MANIFEST}.`);
  } else if (!upToDate) {
    say(`${PARTNER_OPERATIONS_MANIFEST} differs from the operations of ${PARTNER_DOCS}.`);
  }
  return upToDate;
}

async function main(mode: string): Promise<number> {
  if (mode === 'operations') {
    partnerOperations('update');
    return 0;
  }
  if (mode !== 'update' && mode !== 'check') {
    throw new Error('usage: schema-cli update|check|operations');
  }
  const operationsUpToDate = partnerOperations(mode);
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
    return comparison.upToDate && operationsUpToDate ? 0 : 1;
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
