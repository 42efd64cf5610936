// Type-aware lint; layer rules: domain ← contracts ← db/fhir ← server ← (HTTP) ← web.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const layer = (files, forbidden, why, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { paths, patterns: forbidden.map((name) => ({ group: [name, `${name}/*`], message: why })) },
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tmp/**', 'scripts/*.mjs', 'eslint.config.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', 'e2e/**', 'scripts/test-support/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Imports must not form a cycle (architecture.md): a cycle hides a missing layer or module boundary.
    files: ['packages/**/*.ts', 'packages/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json', alwaysTryTypes: true }),
      ],
      'import-x/extensions': ['.ts', '.tsx'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  layer(
    ['packages/domain/**'],
    ['@omt/contracts', '@omt/db', '@omt/fhir', '@omt/server', '@omt/web', 'fastify', 'kysely', 'react'],
    'domain is pure: it imports nothing of ours and no framework',
  ),
  layer(
    ['packages/contracts/**'],
    ['@omt/db', '@omt/fhir', '@omt/server', '@omt/web'],
    'contracts depend only on domain',
  ),
  layer(
    ['packages/db/**', 'packages/fhir/**'],
    ['@omt/server', '@omt/web', '@omt/contracts'],
    'db and fhir sit below server',
  ),
  layer(['packages/server/**'], ['@omt/web'], 'the server never imports the web app'),
  layer(
    ['packages/web/**'],
    ['@omt/db', '@omt/server', '@omt/fhir', 'kysely', 'better-sqlite3', 'pg', 'fastify'],
    'web talks to the server over HTTP only',
    [
      {
        name: '@omt/contracts',
        importNames: ['API'],
        message:
          "import { API } from web/src/api/endpoints: the contracts' table would load zod and every schema with each page",
      },
    ],
  ),
);
