import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = { target: 'http://localhost:3000', changeOrigin: false };

/** Builds the clinic UI into packages/web/dist; in dev, /api and /healthz go to the server on :3000. */
export default defineConfig({
  root,
  plugins: [react()],
  // Source maps are written for reading a stack trace but not referenced from the bundles (the server never serves .map).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  server: { port: 5173, proxy: { '/api': api, '/healthz': api } },
});
