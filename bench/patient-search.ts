// Staff patient search over 100,000 patients: p50/p95/p99 of GET /api/patients?q= per kind of query, through
// app.inject (routing, session, the audited read of every patient returned, presenting). SQLite by default;
// `--postgres` runs it on a throwaway PostgreSQL cluster (or BENCH_PG_URL).
// Usage: node --import tsx bench/patient-search.ts [--postgres]
import { sql } from 'kysely';
import { patientSearchKeys, type DatabaseHandle } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { createBenchDesk, openBenchDatabase } from './bench-database';
import { loadConfig } from '../packages/server/src/config';
import { percentile } from './http-load';

const PATIENTS = 100_000;
const RUNS = 300;
const WARMUP = 20;

const GIVEN = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Carlos',
  'Karen',
  'José',
  'María',
  'Luis',
  'Ana',
  'Daniel',
  'Nancy',
  'Matthew',
  'Lisa',
  'Anthony',
  'Betty',
  'Mark',
  'Sandra',
  'Noah',
  'Emma',
  'Liam',
  'Olivia',
  'Mateo',
  'Sofía',
  'Diego',
  'Camila',
];
const FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
];

/** A deterministic generator (mulberry32), so every run searches the same clinic. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

interface Generated {
  family: string;
  birthDate: string;
  phone: string;
  email: string;
}

async function generate(handle: DatabaseHandle): Promise<Generated[]> {
  const made: Generated[] = [];
  for (let start = 0; start < PATIENTS; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(PATIENTS, start + 500); i++) {
      const given = pick(GIVEN);
      // Family names beyond the common ones: a suffix makes most of them rarer, as in a real clinic.
      const family = random() < 0.5 ? pick(FAMILY) : `${pick(FAMILY)}-${pick(FAMILY)}`;
      const birthDate = `${1930 + Math.floor(random() * 95)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      const phone = `(${200 + Math.floor(random() * 799)}) 555-${pad(Math.floor(random() * 10_000), 4)}`;
      const email = `${given}.${family}.${i}@example.org`.toLowerCase();
      made.push({ family, birthDate, phone, email });
      const row = { given_name: given, family_name: family, email, phone };
      rows.push({
        id: `p${i}`,
        ...row,
        ...patientSearchKeys(row),
        birth_date: birthDate,
        sex: random() < 0.5 ? 'female' : 'male',
        factors_json: '{}',
        summary: '',
        created_at: '2026-01-01T00:00:00Z',
      });
    }
    await handle.db.insertInto('patients').values(rows).execute();
  }
  return made;
}

const bench = await openBenchDatabase('search');
const { handle, postgres } = bench;
const t0 = performance.now();
const made = await generate(handle);
const generatedIn = (performance.now() - t0) / 1000;
// As autovacuum would soon after a bulk load.
if (postgres) await sql`analyze patients`.execute(handle.db);

const clock = () => new Date('2026-06-01T12:00:00Z');
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
});
const { auth } = await createBenchDesk(handle.db, clock, '2026-01-01T00:00:00Z');

const someone = () => made[Math.floor(random() * made.length)]!;
const QUERIES: Record<string, () => string> = {
  'name prefix (3 letters)': () => someone().family.slice(0, 3),
  'family name + given prefix': () => `${someone().family}, ${pick(GIVEN).slice(0, 2)}`,
  'date of birth (MM/DD/YYYY)': () => {
    const [y, m, d] = someone().birthDate.split('-');
    return `${m}/${d}/${y}`;
  },
  'phone (any formatting)': () =>
    someone()
      .phone.replace(/\D/g, '')
      .replace(/^(\d{3})(\d{3})/, '$1.$2.'),
  email: () => someone().email.toUpperCase(),
};

const lines: string[] = [];
const all: number[] = [];
for (const [kind, query] of Object.entries(QUERIES)) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const q = encodeURIComponent(query());
    const s = performance.now();
    const res = await app.inject({ method: 'GET', url: `/api/patients?q=${q}`, headers: auth });
    const ms = performance.now() - s;
    if (res.statusCode !== 200) throw new Error(`search → ${res.statusCode} ${res.body}`);
    if (i >= WARMUP) {
      times.push(ms);
      found += res.json<unknown[]>().length;
    }
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  lines.push(
    `| ${kind} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${(found / RUNS).toFixed(1)} |`,
  );
}
all.sort((a, b) => a - b);
console.log(`${handle.dialect}: ${PATIENTS} patients generated in ${generatedIn.toFixed(1)} s`);
console.log('| query | p50 ms | p95 ms | p99 ms | patients found (mean) |');
console.log('|---|---|---|---|---|');
for (const line of lines) console.log(line);
console.log(
  `| all | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 95).toFixed(1)} | ${percentile(all, 99).toFixed(1)} | |`,
);
await app.close();
await bench.close();
