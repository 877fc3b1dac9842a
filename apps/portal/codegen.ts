import { type CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations: every `graphql(...)` document in the portal is checked against the composed
 * API schema and gets result and variable types in src/gql (committed; `npm run portal:codegen`).
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['apps/portal/src/**/*.{ts,tsx}', '!apps/portal/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          UUID: 'string',
          SafeInt: 'number',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
