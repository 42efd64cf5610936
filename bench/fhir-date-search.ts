// Clinic-wide FHIR Appointment searches by date and status (no patient named) over PATIENTS × VISITS visits of the
// demo physician: p50/p95 through inject as the physician, and each search's total. Readers narrow `date` (and an
// Appointment's `status`) in SQL before matching on the resources; reading every visit instead took 4–6 s a search
// at 65,000 visits on SQLite, narrowed 9–40 ms with the same totals.
// Usage: node --import tsx bench/fhir-date-search.ts [--postgres]   (env PATIENTS=5000, VISITS=13, RUNS=20)
import {
  benchPatientId,
  eightWeeklyVisits,
  insertBenchPatients,
  openDemoClinic,
  startAsPhysician,
  timeGets,
} from './fhir-clinic';

const PATIENTS = Number(process.env.PATIENTS ?? 5000);
const VISITS = Number(process.env.VISITS ?? 13);
const RUNS = Number(process.env.RUNS ?? 20);
const BATCH = 100;
const SEARCHES = [
  'date=2025-06-02',
  'date=ge2026-05-25',
  'date=ge2025-06-01&date=lt2025-06-08&status=fulfilled',
  'status=booked',
];

const { bench, db, doctorId, locationId } = await openDemoClinic('fhir-date');
for (let from = 0; from < PATIENTS; from += BATCH) {
  const ids = Array.from({ length: Math.min(BATCH, PATIENTS - from) }, (_, k) =>
    benchPatientId('dt', from + k),
  );
  await insertBenchPatients(db, ids);
  const visits = eightWeeklyVisits(ids, from, VISITS, doctorId, locationId);
  await db
    .insertInto('appointments')
    .values(visits.map((v) => v.visit))
    .execute();
}
const { app, auth } = await startAsPhysician({ db, dialect: bench.handle.dialect });
const total = (body: string) => (JSON.parse(body) as { total: number }).total;
const results: Record<string, unknown> = {};
for (const query of SEARCHES) {
  const { last, ...ms } = await timeGets(
    app,
    () => `/fhir/R4/Appointment?${query}&_count=50`,
    auth,
    RUNS,
    3,
    total,
  );
  results[query] = { ...ms, total: last };
}
console.log(
  JSON.stringify(
    {
      database: bench.postgres ? 'postgresql' : 'sqlite',
      visits: PATIENTS * VISITS,
      searches: results,
    },
    null,
    2,
  ),
);
await app.close();
await bench.close();
