import { defineConfig } from 'vitest/config';
import { preactAliases } from './packages/web/vite.config.js';

/** Four suites: pure units, components (happy-dom), integration against real SQLite + PostgreSQL, and browser journeys. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
          // The suites share the machine with the browser journeys: a property test's 2 s may take three times that.
          testTimeout: 20_000,
        },
      },
      {
        // Components rendered with Testing Library in happy-dom, where a journey would be too coarse.
        // A package's ES module build, where it has one (Testing Library's `main` is CommonJS, whose require() of
        // react-dom no alias reaches).
        resolve: { mainFields: ['module', 'main'] },
        test: {
          name: 'component',
          include: ['packages/web/src/**/*.test.tsx'],
          exclude: ['**/node_modules/**'],
          environment: 'happy-dom',
          setupFiles: ['packages/web/src/test-support/setup.ts'],
          // On Preact, as the app ships. The libraries that import React are bundled by vitest rather than loaded by
          // Node, so that the aliases reach their imports too (else they would run on React beside our Preact); all of
          // Testing Library, so that user-event and Testing Library's React part share one copy of its DOM part.
          alias: preactAliases,
          server: {
            deps: {
              inline: [/@testing-library\//, /@tanstack\/react-query/, /react-i18next/, /@visx\//],
            },
          },
          // The files share one worker's happy-dom and module graph (each test cleans up after itself): a few
          // seconds instead of setting up the DOM and Preact per file.
          isolate: false,
        },
      },
      {
        test: {
          name: 'int',
          include: ['packages/**/src/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['scripts/test-support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // One worker takes every file in turn without reloading the modules for each (about a fifth less time);
          // each file starts its own app on its own databases. A group of its own, after the unit tests.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page settling after a change may take more than vitest's default second on a loaded machine.
          expect: { poll: { timeout: 10_000 } },
          // As the integration tests: one worker, modules loaded once (each file starts its own clinic and Chromium).
          isolate: false,
          sequence: { groupOrder: 2 },
          fileParallelism: false,
        },
      },
    ],
  },
});
