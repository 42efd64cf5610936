// A FHIR Bulk export of a 10,000-patient clinic: the demo clinic plus PATIENTS patients, each with three past visits
// and an allergy; a physician kicks off `$export`, the job writes the ndjson, and we report its duration, the
// process's peak RSS while it ran, the files and the audit rows it wrote.
// Usage: node --import tsx bench/fhir-bulk-export.ts [--postgres] [patients=10000]
import { loadavg } from 'node:os';
import { createJobRunner } from '../packages/server/src/jobs/runner';
import { completedVisit, insertBenchPatients, openDemoClinic, startAsPhysician } from './fhir-clinic';

const PATIENTS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const BATCH = 500;
const DAY_MS = 86_400_000;

const { bench, db, doctorId, locationId } = await openDemoClinic('bulk');
const t0 = performance.now();
for (let from = 0; from < PATIENTS; from += BATCH) {
  const ids = Array.from(
    { length: Math.min(BATCH, PATIENTS - from) },
    (_, k) => `bulk-${String(from + k).padStart(6, '0')}`,
  );
  await insertBenchPatients(db, ids);
  await db
    .insertInto('appointments')
    .values(
      ids.flatMap((id, k) =>
        [1, 2, 3].map((n) =>
          completedVisit(
            `${id}-a${n}`,
            id,
            doctorId,
            locationId,
            Date.UTC(2026, 0, 1, 14) + ((from + k + n * 7) % 140) * DAY_MS,
          ),
        ),
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
        created_by: doctorId,
        created_at: '2026-01-01T00:00:00Z',
        updated_by: doctorId,
        updated_at: '2026-01-01T00:00:00Z',
      })),
    )
    .execute();
}
const generatedSeconds = (performance.now() - t0) / 1000;

const { app, deps, auth } = await startAsPhysician(
  { db, dialect: bench.handle.dialect, onBackgroundError: (error) => console.error(error) },
  { dbPool: bench.handle.pool },
);
const jobs = createJobRunner(deps);
deps.jobs = jobs;
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
