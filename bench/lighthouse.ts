/**
 * Lighthouse (the npm package, driving Debian Chromium) on the patient's pages of a real clinic serving the given
 * build: login, portal home and booking (logged in as the demo patient Alex), each with the mobile settings
 * (Lighthouse's default: a mid-range phone on slow 4G, simulated) and the desktop ones. Prints the performance and
 * accessibility scores, the metrics, and every audit that did not pass in full.
 *
 *   npx vite build packages/web --outDir /tmp/web --emptyOutDir && npx tsx bench/lighthouse.ts /tmp/web [mobile|desktop]
 *
 * LH_PAGE="portal home" runs one page; LH_DETAILS=N also prints the first N items of each breakdown, of the long
 * tasks and of the network requests.
 *
 * Lighthouse's scores move with the machine's load (its mobile run slows the observed CPU work down four times):
 * compare builds in one run on a quiet machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startClinic } from '../e2e/support/clinic-server';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-clinic';

const ALL_PAGES = [
  { name: 'login', path: '/login', loggedIn: false },
  { name: 'portal home', path: '/portal', loggedIn: true },
  { name: 'booking', path: '/portal/book', loggedIn: true },
];
const PAGES = ALL_PAGES.filter((p) => !process.env.LH_PAGE || p.name === process.env.LH_PAGE);

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Alex's session cookie, sent with every request of a logged-in run (Lighthouse clears the browser's storage). */
async function sessionCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'alex@demo.clinic', password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login → ${res.status}`);
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error('login set no cookie');
  return cookie;
}

const dist = process.argv[2];
if (!dist) throw new Error('usage: npx tsx bench/lighthouse.ts <built web folder>');
process.env.E2E_WEB_DIST = dist;
const clinic = await startClinic();
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
});
try {
  const cookie = await sessionCookie(clinic.url);
  const forms = (['mobile', 'desktop'] as const).filter((f) => !process.argv[3] || f === process.argv[3]);
  for (const form of forms) {
    for (const page of PAGES) {
      const result = await lighthouse(
        `${clinic.url}${page.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          ...(page.loggedIn ? { extraHeaders: { Cookie: cookie } } : {}),
        },
        form === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`no result for ${page.path}`);
      const { categories, audits, finalDisplayedUrl } = result.lhr;
      const score = (id: string) => {
        const value = categories[id]?.score;
        return value == null ? 'none' : Math.round(value * 100);
      };
      const metrics = METRICS.map((id) => `${id.replace(/-/g, ' ')} ${audits[id]?.displayValue ?? '?'}`);
      console.log(
        `${form.padEnd(8)} ${page.name.padEnd(12)} performance ${score('performance')}, accessibility ${score('accessibility')} (${new URL(finalDisplayedUrl).pathname})`,
      );
      console.log(`    ${metrics.join(', ')}`);
      // A run without metrics says why here (e.g. no paint was traced): a bad run, not a score of 0.
      if (categories.performance?.score == null) {
        console.log(
          `    no performance score: ${result.lhr.runtimeError?.message ?? result.lhr.runWarnings.join('; ')}`,
        );
      }
      for (const category of ['performance', 'accessibility']) {
        for (const ref of categories[category]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          console.log(`    ${category}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''}`);
        }
      }
      for (const id of [
        'mainthread-work-breakdown',
        'bootup-time',
        ...(process.env.LH_DETAILS ? ['long-tasks', 'network-requests'] : []),
      ]) {
        const audit = audits[id];
        if (audit?.displayValue) console.log(`    ${audit.title}: ${audit.displayValue}`);
        if (process.env.LH_DETAILS)
          console.log(
            JSON.stringify(
              (audit?.details as { items?: unknown[] })?.items?.slice(0, Number(process.env.LH_DETAILS) || 6),
            ),
          );
      }
    }
  }
} finally {
  chrome.kill();
  await clinic.stop();
}
