import nx from '@nx/eslint-plugin';
import jestPlugin from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/.nx',
      '**/coverage',
      'apps/portal/src/gql/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:platform', 'type:domain', 'type:data'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:platform', 'type:domain'],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:platform', 'type:data'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:consortia',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:consortia'],
            },
            {
              sourceTag: 'scope:compute',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:compute'],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The portal's browser tests start the product like the e2e tier does.
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The local launcher and the benchmarks drive the whole product, so they may reach every scope.
            {
              sourceTag: 'scope:tooling',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:consortia', 'scope:compute'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['apps/portal/src/**/*.tsx', 'apps/portal/src/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    ...jestPlugin.configs['flat/recommended'],
    rules: {
      ...jestPlugin.configs['flat/recommended'].rules,
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': 'error',
      'jest/valid-expect': 'error',
      // Test fixtures declare handlers only for their decorators.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  prettier,
);
