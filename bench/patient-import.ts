// CSV patient import of 10,000 generated rows: the dry run, the import and the same file imported again, through
// app.inject as the admin (session, CSV parsing, the registration's checks, duplicate matching, audited batched
// inserts). SQLite by default (a temporary file); `--postgres` runs it on a throwaway PostgreSQL cluster (or
// BENCH_PG_URL). Target (issue 10): 10,000 rows < 10 s.
// Usage: node --import tsx bench/patient-import.ts [--postgres]
import { loadavg } from 'node:os';
import { insertUser } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { openBenchDatabase } from './bench-database';
import { loadConfig } from '../packages/server/src/config';
import { createSession } from '../packages/server/src/auth/sessions';

const ROWS = 10_000;
const GIVEN = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Carlos', 'María', 'José', 'Ana'];
const FAMILY = [
  'Smith',
  'Johnson',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Lopez',
  'Wilson',
  'Nguyen',
  'Lee',
];

/** A deterministic generator (mulberry32), so every run imports the same file. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A Jane-style export: adults, a quoted address with a comma, US dates (a rare random repeat of name and birth date is skipped as a duplicate). */
function exportFile(): string {
  const lines = ['First Name,Last Name,Date of Birth,Gender,Email,Mobile,Address,City,State,Zip'];
  for (let i = 0; i < ROWS; i++) {
    const given = pick(GIVEN);
    const family = `${pick(FAMILY)}-${pick(FAMILY)}`;
    const dob = `${pad(1 + Math.floor(random() * 12))}/${pad(1 + Math.floor(random() * 28))}/${1930 + Math.floor(random() * 75)}`;
    const email = `${given}.${family}.${i}@example.org`.toLowerCase();
    const phone = `(${200 + Math.floor(random() * 799)}) 555-${pad(i % 10_000, 4)}`;
    lines.push(
      `${given},${family},${dob},${random() < 0.5 ? 'F' : 'M'},${email},${phone},"${i} Main St, Apt ${i % 40}",Cleveland,OH,44106`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const bench = await openBenchDatabase('import');
const { handle } = bench;
const clock = () => new Date('2026-06-01T12:00:00Z');
const app = await buildApp(
  {
    db: handle.db,
    dialect: handle.dialect,
    config: loadConfig({ NODE_ENV: 'production' }),
    clock,
  },
  { logger: process.env.BENCH_LOG === '1' },
);
await insertUser(handle.db, {
  id: 'admin',
  email: 'admin@bench.clinic',
  password_hash: 'x',
  role: 'admin',
  display_name: 'Admin',
  credential: null,
  supervisor_id: null,
  created_at: '2026-01-01T00:00:00Z',
});
const token = await createSession(handle.db, clock, 'admin', 24);
const csv = exportFile();

/** Wall seconds and this process's CPU seconds (the app's own work, whatever else the machine runs). */
async function send(url: string): Promise<{ seconds: number; cpu: number; counts: Record<string, number> }> {
  const s = performance.now();
  const c = process.cpuUsage();
  const res = await app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ csv }),
  });
  const seconds = (performance.now() - s) / 1000;
  const used = process.cpuUsage(c);
  const cpu = (used.user + used.system) / 1e6;
  if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
  return { seconds, cpu, counts: res.json<{ counts: Record<string, number> }>().counts };
}

const loadBefore = loadavg();
const dry = await send('/api/patient-imports/dry-run');
const first = await send('/api/patient-imports');
const again = await send('/api/patient-imports');
if ((first.counts.created ?? 0) < ROWS * 0.99 || again.counts.created !== 0) {
  throw new Error(`unexpected counts: ${JSON.stringify({ first: first.counts, again: again.counts })}`);
}
console.log(`${handle.dialect}: ${ROWS} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(2)} MB`);
console.log(`load average before: ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);
console.log('| step | wall s | app CPU s | created | duplicates | errors |');
console.log('|---|---|---|---|---|---|');
for (const [step, r] of [
  ['dry run', dry],
  ['import', first],
  ['same file again', again],
] as const) {
  console.log(
    `| ${step} | ${r.seconds.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.counts.created} | ${r.counts.duplicates} | ${r.counts.errors} |`,
  );
}
await app.close();
await bench.close();
