// A FHIR Bulk export of a 10,000-patient clinic: the demo clinic plus PATIENTS patients, each with three past visits
// and an allergy; a physician kicks off `$export`, the job writes the ndjson, and we report its duration, the
// process's peak RSS while it ran, the files and the audit rows it wrote.
// Usage: node --import tsx bench/fhir-bulk-export.ts [--postgres] [patients=10000]
import { loadavg } from 'node:os';
import { buildApp } from '../packages/server/src/app';
import type { AppDeps } from '../packages/server/src/context';
import { loadConfig } from '../packages/server/src/config';
import { createJobRunner } from '../packages/server/src/jobs/runner';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../packages/server/src/seed/demo-clinic';
import { openBenchDatabase } from './bench-database';

const PATIENTS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const BATCH = 500;
const now = new Date('2026-06-01T12:00:00Z');
const clock = () => now;

const bench = await openBenchDatabase('bulk');
const db = bench.handle.db;
await seedDemoIfEmpty(db, clock);
const doctor = await db
  .selectFrom('users')
  .select('id')
  .where('email', '=', 'dr.still@demo.clinic')
  .executeTakeFirstOrThrow();
const location = await db.selectFrom('locations').select('id').orderBy('id').executeTakeFirstOrThrow();

const t0 = performance.now();
for (let from = 0; from < PATIENTS; from += BATCH) {
  const ids = Array.from(
    { length: Math.min(BATCH, PATIENTS - from) },
    (_, k) => `bulk-${String(from + k).padStart(6, '0')}`,
  );
  await db
    .insertInto('patients')
    .values(
      ids.map((id) => ({
        id,
        given_name: 'Pat',
        family_name: id,
        birth_date: '1980-01-01',
        sex: 'unknown',
        factors_json: '{}',
        summary: '',
        created_at: '2026-01-01T00:00:00Z',
      })),
    )
    .execute();
  await db
    .insertInto('appointments')
    .values(
      ids.flatMap((id, k) =>
        [1, 2, 3].map((n) => {
          const start = new Date(Date.UTC(2026, 0, 1 + ((from + k + n * 7) % 140), 14));
          return {
            id: `${id}-a${n}`,
            patient_id: id,
            provider_id: doctor.id,
            location_id: location.id,
            visit_type: 'omt-follow-up',
            start_at: start.toISOString().replace('.000Z', 'Z'),
            end_at: new Date(start.getTime() + 30 * 60_000).toISOString().replace('.000Z', 'Z'),
            status: 'completed',
            created_by: 'bench',
            created_at: '2026-01-01T00:00:00Z',
          };
        }),
      ),
    )
    .execute();
  await db
    .insertInto('chart_entries')
    .values(
      ids.map((id) => ({
        id: `${id}-allergy`,
        patient_id: id,
        kind: 'allergy',
        status: 'active',
        name: 'Penicillin',
        code: null,
        onset: null,
        dose: null,
        frequency: null,
        reaction: 'rash',
        severity: 'mild',
        year: null,
        source_intake_id: null,
        created_by: doctor.id,
        created_at: '2026-01-01T00:00:00Z',
        updated_by: doctor.id,
        updated_at: '2026-01-01T00:00:00Z',
      })),
    )
    .execute();
}
const generatedSeconds = (performance.now() - t0) / 1000;

const deps: AppDeps = {
  db,
  dialect: bench.handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
  onBackgroundError: (error) => console.error(error),
};
const jobs = createJobRunner(deps);
deps.jobs = jobs;
const app = await buildApp(deps, { dbPool: bench.handle.pool });
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email: 'dr.still@demo.clinic', password: DEMO_PASSWORD },
});
const auth = { authorization: `Bearer ${login.json<{ token: string }>().token}` };
const kickOff = await app.inject({
  method: 'GET',
  url: '/fhir/R4/$export',
  headers: { ...auth, prefer: 'respond-async', accept: 'application/fhir+json' },
});
if (kickOff.statusCode !== 202) throw new Error(`kick-off → ${kickOff.statusCode} ${kickOff.body}`);
const status = String(kickOff.headers['content-location']).replace(/^https?:\/\/[^/]+/, '');

const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const started = performance.now();
await jobs.runDueJobs();
const exportSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);

const manifest = await app.inject({ method: 'GET', url: status, headers: auth });
if (manifest.statusCode !== 200) throw new Error(`status → ${manifest.statusCode} ${manifest.body}`);
const output = manifest.json<{ output: { type: string; count: number }[] }>().output;
const files = await db.selectFrom('fhir_bulk_files').select(['content']).execute();
const audit = await db
  .selectFrom('audit_log')
  .select((eb) => eb.fn.countAll().as('n'))
  .where('detail', '=', 'bulk export')
  .executeTakeFirstOrThrow();
const resources: Record<string, number> = {};
for (const o of output) resources[o.type] = (resources[o.type] ?? 0) + o.count;

console.log(
  JSON.stringify(
    {
      database: bench.postgres ? 'postgresql' : 'sqlite',
      patients: PATIENTS,
      generatedSeconds: +generatedSeconds.toFixed(1),
      exportSeconds: +exportSeconds.toFixed(1),
      resourcesPerSecond: Math.round(Object.values(resources).reduce((a, b) => a + b, 0) / exportSeconds),
      rssBeforeMB: Math.round(rssBefore / 2 ** 20),
      peakRssMB: Math.round(peakRss / 2 ** 20),
      files: files.length,
      ndjsonMB: +(files.reduce((n, f) => n + f.content.length, 0) / 2 ** 20).toFixed(1),
      auditRows: Number(audit.n),
      resources,
      loadAverage: loadavg()[0],
    },
    null,
    2,
  ),
);
await jobs.stop();
await app.close();
await bench.close();
