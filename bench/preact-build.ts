/**
 * The experiment of "Patient pages on Preact" (bench/README.md): builds the web app with React and ReactDOM aliased
 * to preact/compat, the web's own vite.config.ts otherwise unchanged. Preact is not a dependency of the project, so
 * run it in a throwaway worktree that has it installed:
 *
 *   git worktree add /tmp/q-preact HEAD && cd /tmp/q-preact && npm ci && npm i -w packages/web preact@11
 *   npx tsx bench/preact-build.ts /tmp/web-preact && npx tsx bench/portal-js.ts /tmp/web-preact
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: npx tsx bench/preact-build.ts <output folder>');

const web = fileURLToPath(new URL('../packages/web', import.meta.url));
await build({
  root: web,
  configFile: `${web}/vite.config.ts`,
  logLevel: 'warn',
  resolve: {
    // Most specific first: each entry matches its name and any path under it.
    alias: [
      { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: { outDir, emptyOutDir: true },
});
console.log(`built with preact/compat into ${outDir}`);
