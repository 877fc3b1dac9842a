import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, specifiedRules, validate, type DocumentNode } from 'graphql';
import { PUBLIC_QUERY_LIMITS, queryProtection } from '@vcp/platform/graphql';
import * as generated from '../src/gql/graphql';

const schema = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'),
);

const isOperation = (value: unknown): value is DocumentNode =>
  typeof value === 'object' &&
  value !== null &&
  (value as DocumentNode).kind === Kind.DOCUMENT &&
  (value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);

const operations = Object.entries(generated).filter((entry): entry is [string, DocumentNode] =>
  isOperation(entry[1]),
);

describe("the portal's typed operations", () => {
  it('are generated for the portal', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  // The gateway refuses a request over its depth, alias or cost limits with a 400, so a screen
  // whose operation is too expensive would never load: check every one against the same rules.
  it.each(operations)('%s is valid and within the gateway limits', (_name, document) => {
    const { validationRules } = queryProtection(PUBLIC_QUERY_LIMITS, true);
    const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
