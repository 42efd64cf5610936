import { fileURLToPath } from 'node:url';
import { defineConfig, type Alias } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { target: 'http://localhost:3000', changeOrigin: false };

/**
 * The app is written against React's API and runs on Preact through preact/compat: a third of React + ReactDOM's
 * size, which keeps the patient pages within 100 KB of JS gzipped (bench/README.md). Every import of React, from our
 * code or a library's, resolves to Preact; the component tests use the same aliases (vitest.config.ts).
 * Most specific first: each entry matches its exact name only.
 */
export const preactAliases: Alias[] = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
  // React 17's polyfill of useSyncExternalStore (react-i18next imports it): compat has the hook itself.
  { find: /^use-sync-external-store\/shim$/, replacement: 'preact/compat' },
];

/** Builds the clinic UI into packages/web/dist; in dev, /api and /healthz go to the server on :3000. */
export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: preactAliases },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps are written for reading a stack trace but not referenced from the bundles (the server never serves .map).
    sourcemap: 'hidden',
    // A small module shared by a few pages is copied into each of them rather than made a chunk of its own: the
    // portal home loaded 15 files (of them 11 under 2 KB), now 5, and a phone's first load of it and of booking runs
    // fewer long tasks (bench/README.md, "Fewer, larger chunks"). The copies add no bytes to any one page.
    rolldownOptions: { output: { codeSplitting: { experimentalInlineCommonChunks: { maxSize: 6000 } } } },
  },
  server: { port: 5173, proxy: { '/api': api, '/healthz': api } },
});
