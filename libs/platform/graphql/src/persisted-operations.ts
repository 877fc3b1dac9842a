import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** One operation of a persisted query manifest (Apollo's `apollo-persisted-query-manifest` format). */
export interface PersistedOperation {
  /** SHA-256 of `body` in lowercase hex, as Apollo's automatic persisted queries compute it. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface PersistedOperationManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

/** The hash a client sends in `extensions.persistedQuery.sha256Hash` for an operation's text. */
export function operationHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Reads a manifest and checks that it is one: the format, and every id the hash of its body (a
 * hand-edited body with a stale id would otherwise be refused at run time, one request at a time).
 */
export function parsePersistedOperations(
  json: string,
  source: string,
): Map<string, PersistedOperation> {
  const manifest = JSON.parse(json) as Partial<PersistedOperationManifest>;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) {
    throw new Error(`${source} is not an apollo-persisted-query-manifest, version 1`);
  }
  const operations = new Map<string, PersistedOperation>();
  for (const operation of manifest.operations ?? []) {
    if (operationHash(operation.body) !== operation.id) {
      throw new Error(
        `${source}: the id of operation ${operation.name} is not the SHA-256 of its body`,
      );
    }
    operations.set(operation.id, operation);
  }
  return operations;
}

export function loadPersistedOperations(path: string): Map<string, PersistedOperation> {
  return parsePersistedOperations(readFileSync(path, 'utf8'), path);
}
