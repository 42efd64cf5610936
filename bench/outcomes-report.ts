// "How is the clinic doing" over 100,000 plan visits: p50/p95/p99 of GET /api/outcomes-report through app.inject
// (routing, session, the audited read, the SQL aggregates, the domain rules, the contract check), for the whole
// network and for each filter. SQLite by default; `--postgres` runs it on a throwaway PostgreSQL cluster (or BENCH_PG_URL).
// Usage: node --import tsx bench/outcomes-report.ts [--postgres]
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { insertUser, patientSearchKeys, type DatabaseHandle } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { createSession } from '../packages/server/src/auth/sessions';
import {
  addPlanHistory,
  emptyHistory,
  insertHistory,
  type VisitSpec,
} from '../packages/server/src/test-support/outcome-history';
import { openBenchDatabase } from './bench-database';
import { percentile } from './http-load';

const VISITS = 100_000;
const LOCATIONS = 10;
const PROVIDERS = 40;
const PATIENTS = 5_000;
const RUNS = Number(process.env.RUNS ?? 100);
const WARMUP = Number(process.env.WARMUP ?? 10);
const DIAGNOSES = [['M54.50'], ['M99.03', 'M54.50'], ['M54.2'], ['M99.01'], ['G44.209'], ['M25.511']];
const SYMPTOMS = [[], [], [], [], ['stiffness'], ['fever'], ['pain_worse_or_different']];

/** A deterministic generator (mulberry32), so every run reads the same clinic. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(7);
const int = (n: number) => Math.floor(random() * n);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
const DAY = 86_400_000;
const START = Date.parse('2025-06-02T14:00:00Z');

async function generate(handle: DatabaseHandle): Promise<number> {
  const db = handle.db;
  for (let l = 0; l < LOCATIONS; l++) {
    await db
      .insertInto('locations')
      .values({ id: `l${l}`, name: `Location ${l}`, time_zone: 'America/Chicago', address: '', phone: '' })
      .execute();
  }
  await db
    .insertInto('visit_types')
    .values({ id: 'omt', name: 'OMT', duration_minutes: 30, requires_consultation: 0, description: '' })
    .execute();
  for (let p = 0; p < PROVIDERS; p++) {
    await insertUser(db, {
      id: `dr${p}`,
      email: `dr${p}@bench.clinic`,
      password_hash: 'x',
      role: 'physician',
      display_name: `Dr ${p}`,
      credential: 'DO',
      supervisor_id: null,
      created_at: '2025-01-01T00:00:00Z',
    });
  }
  for (let start = 0; start < PATIENTS; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(PATIENTS, start + 500); i++) {
      const row = { given_name: 'Pat', family_name: `Bench${i}`, email: null, phone: null };
      rows.push({
        id: `p${i}`,
        ...row,
        ...patientSearchKeys(row),
        birth_date: '1970-01-01',
        sex: 'female',
        factors_json: '{}',
        summary: '',
        created_at: '2025-01-01T00:00:00Z',
      });
    }
    await db.insertInto('patients').values(rows).execute();
  }
  let visits = 0;
  let plan = 0;
  let rows = emptyHistory();
  while (visits < VISITS) {
    const created = START + int(330) * DAY + int(8) * 3_600_000;
    const count = 4 + int(5);
    const discharged = random() < 0.7;
    let pain = 3 + int(8);
    let odi = 20 + int(50);
    const list: VisitSpec[] = [];
    for (let v = 0; v < count; v++) {
      const start = created + (v + 1) * 7 * DAY;
      const noShow = random() < 0.08;
      pain = Math.max(0, pain - int(3) + (random() < 0.2 ? 1 : 0));
      odi = Math.max(0, odi - int(8));
      list.push({
        start: iso(start),
        status: noShow ? 'no_show' : start > Date.parse('2026-06-01T00:00:00Z') ? 'booked' : 'completed',
        ...(noShow ? {} : { nrs: pain, ...(v === count - 1 ? { odi, peg: Math.min(10, pain + 1) } : {}) }),
        ...(!noShow && random() < 0.3
          ? { checkIn: { daysSore: int(6), symptoms: SYMPTOMS[int(SYMPTOMS.length)]! } }
          : {}),
      });
    }
    const provider = int(PROVIDERS);
    addPlanHistory(rows, {
      id: `plan${plan}`,
      patientId: `p${int(PATIENTS)}`,
      providerId: `dr${provider}`,
      locationId: `l${provider % LOCATIONS}`,
      visitType: 'omt',
      createdAt: iso(created),
      status: discharged ? 'discharged' : 'active',
      dischargeReason: discharged ? (random() < 0.2 ? 'patient_choice' : 'goals_met') : undefined,
      diagnoses: DIAGNOSES[int(DIAGNOSES.length)]!,
      baseline: { nrs: 3 + int(8), odi: 30 + int(50), peg: 3 + int(8) },
      visits: list,
    });
    visits += count;
    plan++;
    if (rows.appointments.length > 20_000) {
      await insertHistory(db, rows);
      rows = emptyHistory();
    }
  }
  await insertHistory(db, rows);
  return plan;
}

const bench = await openBenchDatabase('outcomes');
const { handle, postgres } = bench;
const t0 = performance.now();
const plans = await generate(handle);
const generatedIn = (performance.now() - t0) / 1000;
console.error(`generated in ${generatedIn.toFixed(1)} s`);
// As autovacuum would soon after a bulk load.
if (postgres) await sql`analyze`.execute(handle.db);

const clock = () => new Date('2026-06-01T12:00:00Z');
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
});
const token = await createSession(handle.db, clock, 'dr0', 24);
const auth = { authorization: `Bearer ${token}` };

const QUERIES: Record<string, () => string> = {
  'whole network': () => '',
  'one location': () => `locationId=l${int(LOCATIONS)}`,
  'one provider': () => `providerId=dr${int(PROVIDERS)}`,
  'one condition': () => `condition=${['low_back', 'neck', 'headache'][int(3)]!}`,
  'a quarter': () => `from=2025-${String(7 + int(3)).padStart(2, '0')}-01&to=2025-12-31`,
  'location, condition and dates': () => `locationId=l${int(LOCATIONS)}&condition=low_back&from=2025-09-01`,
};

// The first report reads the per-plan facts; the others reuse them while nothing changes.
const cold = performance.now();
await app.inject({ method: 'GET', url: '/api/outcomes-report', headers: auth });
const coldMs = performance.now() - cold;

const lines: string[] = [];
const all: number[] = [];
let sample = '';
for (const [kind, query] of Object.entries(QUERIES)) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const s = performance.now();
    const c = process.cpuUsage();
    const res = await app.inject({ method: 'GET', url: `/api/outcomes-report?${query()}`, headers: auth });
    const ms = performance.now() - s;
    const used = process.cpuUsage(c);
    if (res.statusCode !== 200) throw new Error(`report → ${res.statusCode} ${res.body}`);
    if (i === 0 && kind === 'whole network') {
      const r = res.json<{
        plans: { total: number };
        painByVisit4: { plans: number; reachedRelief: number };
      }>();
      sample = `${r.plans.total} plans; by visit 4, ${r.painByVisit4.reachedRelief} of ${r.painByVisit4.plans} reached 30 % relief`;
    }
    if (i >= WARMUP) {
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.error(`${kind}: p95 ${percentile(times, 95).toFixed(1)} ms`);
  all.push(...times);
  lines.push(
    `| ${kind} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${percentile(cpu, 50).toFixed(1)} | ${percentile(cpu, 95).toFixed(1)} |`,
  );
}
all.sort((a, b) => a - b);
console.log(
  `${handle.dialect}: ${plans} plans with ${VISITS}+ visits generated in ${generatedIn.toFixed(1)} s (${sample})`,
);
console.log('| filter | p50 ms | p95 ms | p99 ms | CPU p50 ms | CPU p95 ms |');
console.log('|---|---|---|---|---|---|');
for (const line of lines) console.log(line);
console.log(
  `| all | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 95).toFixed(1)} | ${percentile(all, 99).toFixed(1)} | | |`,
);
console.log(
  `first report (reads the per-plan facts): ${coldMs.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)} on 2 cores`,
);
await app.close();
await bench.close();
