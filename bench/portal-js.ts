/**
 * The JavaScript a patient's pages load, gzipped: login, portal home and booking, each opened cold (a fresh browser
 * context, nothing cached) on a real clinic serving the given build.
 *
 *   npx vite build packages/web --outDir /tmp/web --emptyOutDir && npx tsx bench/portal-js.ts /tmp/web
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser';
import { startClinic } from '../e2e/support/clinic-server';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-clinic';

const PAGES = [
  { name: 'login', path: '/login', loggedIn: false },
  { name: 'portal home', path: '/portal', loggedIn: true },
  { name: 'booking', path: '/portal/book', loggedIn: true },
];

async function scriptsOf(browser: Browser, url: string, page: (typeof PAGES)[number]) {
  const context = await browser.newContext({ baseURL: url });
  if (page.loggedIn) {
    const login = await context.request.post('/api/auth/login', {
      data: { email: 'alex@demo.clinic', password: DEMO_PASSWORD },
    });
    if (!login.ok()) throw new Error(`login → ${login.status()}`);
  }
  const tab = await context.newPage();
  const scripts: { name: string; raw: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  tab.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    // Read from the server, not the tab: a worker's script body is gone once the worker has ended.
    pending.push(
      fetch(res.url())
        .then((r) => r.arrayBuffer())
        .then((bytes) => {
          const body = Buffer.from(bytes);
          scripts.push({ name: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body).length });
        }),
    );
  });
  await tab.goto(page.path, { waitUntil: 'networkidle' });
  await tab.getByRole('heading', { level: 1 }).first().waitFor();
  await tab.waitForLoadState('networkidle');
  // A script may arrive while earlier bodies are read: wait until no more arrive.
  for (let read = 0; read < pending.length; read = pending.length) await Promise.all(pending);
  await context.close();
  return scripts;
}

const dist = process.argv[2];
if (!dist) throw new Error('usage: npx tsx bench/portal-js.ts <built web folder>');
process.env.E2E_WEB_DIST = dist;
const clinic = await startClinic();
const browser = await launchChromium();
try {
  for (const page of PAGES) {
    const scripts = await scriptsOf(browser, clinic.url, page);
    const kb = (n: number) => (n / 1024).toFixed(1);
    const gzip = scripts.reduce((s, x) => s + x.gzip, 0);
    const raw = scripts.reduce((s, x) => s + x.raw, 0);
    console.log(
      `${page.name.padEnd(12)} ${kb(gzip).padStart(6)} KB gzipped (${kb(raw)} KB raw) in ${scripts.length} files`,
    );
    for (const s of scripts) console.log(`    ${kb(s.gzip).padStart(6)} KB  ${s.name}`);
  }
} finally {
  await browser.close();
  await clinic.stop();
}
