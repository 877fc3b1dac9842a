import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, parse, validate } from 'graphql';
import { CONTRACT_FILES } from './contract-files';
import {
  documentedOperations,
  fencedBlocks,
  manifestText,
  PARTNER_DOCS,
  PARTNER_OPERATIONS_MANIFEST,
  partnerOperationManifest,
} from './documented-operations';

const WORKSPACE = join(__dirname, '..', '..', '..', '..');
const read = (path: string) => readFileSync(join(WORKSPACE, path), 'utf8');
const operations = documentedOperations(read(PARTNER_DOCS));
const schema = buildSchema(read(CONTRACT_FILES.apiSdl));

describe('the operations published in docs/partner-api.md', () => {
  it('are the committed safelist (run "npm run schema:update" after changing the documentation)', () => {
    expect(operations.length).toBeGreaterThan(3);
    expect(read(PARTNER_OPERATIONS_MANIFEST)).toBe(
      manifestText(partnerOperationManifest(operations)),
    );
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))(
    '%s is valid against the committed API schema and names a real scope',
    (_name, operation) => {
      expect(validate(schema, parse(operation.body))).toEqual([]);
      const scopes = schema.getType('ApiScope');
      if (!isEnumType(scopes)) throw new Error('the schema has no ApiScope enum');
      expect(operation.scope === null || scopes.getValue(operation.scope) !== undefined).toBe(true);
    },
  );
});

describe('reading code blocks from Markdown', () => {
  it('takes the language, the key=value attributes and the text without its last newline', () => {
    const markdown = [
      'Some prose.',
      '```graphql operation=Pools scope=COMPUTE_READ',
      'query Pools { computePools { id } }',
      '```',
      '```json variables=Pools',
      '{ "first": 2 }',
      '```',
    ].join('\n');
    expect(fencedBlocks(markdown)).toEqual([
      {
        language: 'graphql',
        attributes: { operation: 'Pools', scope: 'COMPUTE_READ' },
        body: 'query Pools { computePools { id } }',
      },
      { language: 'json', attributes: { variables: 'Pools' }, body: '{ "first": 2 }' },
    ]);
    expect(documentedOperations(markdown)).toEqual([
      expect.objectContaining({
        name: 'Pools',
        type: 'query',
        scope: 'COMPUTE_READ',
        variables: { first: 2 },
      }),
    ]);
  });

  it('refuses a block whose operation is not named as its attribute says', () => {
    expect(() =>
      documentedOperations('```graphql operation=Pools\nquery Other { a }\n```'),
    ).toThrow(/exactly one operation named Pools/);
  });
});
