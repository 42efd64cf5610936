// A patient's Observations over 1,000,000 in the database: the demo clinic plus PATIENTS patients with VISITS intakes
// each (one completed visit per intake), every intake holding all four scores (PHQ-2, PHQ-9, PEG, pain), so one intake
// is four Observations. p50/p95/p99 of four searches as the demo physician through inject, each over many patients,
// first with the intakes' patient index (migration 0050), then again in the same run with it dropped.
// Usage: node --import tsx bench/fhir-observation-search.ts [--postgres]   (env PATIENTS=20000, VISITS=13, RUNS=200,
// RUNS_WITHOUT=30)
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  benchPatientId,
  eightWeeklyVisits,
  insertBenchPatients,
  openDemoClinic,
  startAsPhysician,
  timeGets,
} from './fhir-clinic';

const PATIENTS = Number(process.env.PATIENTS ?? 20_000);
const VISITS = Number(process.env.VISITS ?? 13);
const RUNS = Number(process.env.RUNS ?? 200);
// Without the index a search reads every intake: fewer runs of it.
const RUNS_WITHOUT = Number(process.env.RUNS_WITHOUT ?? 30);
const BATCH = 100;

// Stored answers of some weight (0.7 kB extracted, a 6.7 kB QuestionnaireResponse), so a scan reads real-sized rows.
const ANSWERS = JSON.stringify({
  items: Array.from({ length: 30 }, (_, k) => ({ id: `q${k}`, value: k % 4 })),
});
const RESPONSE = JSON.stringify({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  item: Array.from({ length: 30 }, (_, k) => ({
    linkId: `section-${k >> 3}.item-${k}`,
    text: 'Over the last 2 weeks, how often have you been bothered by the following problem?',
    answer: [
      { valueCoding: { system: 'http://loinc.org', code: `LA6568-${k % 10}`, display: 'Not at all' } },
    ],
  })),
});

const { bench, db, doctorId, locationId } = await openDemoClinic('fhir-obs');
const patientId = (p: number) => benchPatientId('obs', p);
const t0 = performance.now();
for (let from = 0; from < PATIENTS; from += BATCH) {
  const ids = Array.from({ length: Math.min(BATCH, PATIENTS - from) }, (_, k) => patientId(from + k));
  await insertBenchPatients(db, ids);
  const visits = eightWeeklyVisits(ids, from, VISITS, doctorId, locationId).map(({ visit, order }) => ({
    visit,
    score: order % 10,
  }));
  await db
    .insertInto('appointments')
    .values(visits.map((v) => v.visit))
    .execute();
  await db
    .insertInto('intakes')
    .values(
      visits.map(({ visit, score }) => ({
        id: randomUUID(),
        appointment_id: visit.id,
        patient_id: visit.patient_id,
        answers_json: ANSWERS,
        questionnaire_response_json: RESPONSE,
        phq2_score: score % 7,
        phq2_positive: score % 7 >= 3 ? 1 : 0,
        red_flags_json: '[]',
        submitted_by: visit.patient_id,
        submitted_at: visit.start_at,
        scores_json: JSON.stringify({ phq9: { score: score * 2 }, peg: { score: score } }),
        summary_json: JSON.stringify({ painScore: score }),
      })),
    )
    .execute();
}
const generatedSeconds = +((performance.now() - t0) / 1000).toFixed(1);
console.error(`generated in ${generatedSeconds} s`);
// As autovacuum would soon after a bulk load.
if (bench.postgres) await sql`analyze`.execute(db);

const { app, auth } = await startAsPhysician({ db, dialect: bench.handle.dialect });
const someone = (i: number) => patientId((i * 7919) % PATIENTS);
const SEARCHES: Record<string, (i: number) => string> = {
  'patient=': (i) => `patient=${someone(i)}`,
  'patient=&code=pain': (i) => `patient=${someone(i)}&code=${encodeURIComponent('http://loinc.org|72514-3')}`,
  'patient=&date=ge2025-06-01': (i) => `patient=${someone(i)}&date=ge2025-06-01`,
  'patient=&code=pain&date=ge2025-06-01': (i) =>
    `patient=${someone(i)}&code=${encodeURIComponent('http://loinc.org|72514-3')}&date=ge2025-06-01`,
};
const total = (body: string) => (JSON.parse(body) as { total: number }).total;

async function measureAll(runs: number) {
  const rows: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(SEARCHES)) {
    const { last, ...ms } = await timeGets(
      app,
      (i) => `/fhir/R4/Observation?${query(i)}`,
      auth,
      runs,
      20,
      total,
    );
    rows[name] = { ...ms, lastTotal: last };
    console.error(name, JSON.stringify(rows[name]));
  }
  return { loadAverage: loadavg()[0], ...rows };
}

// Every intake holds the four scores: four Observations each.
const intakes = await db
  .selectFrom('intakes')
  .select((eb) => eb.fn.countAll().as('n'))
  .executeTakeFirstOrThrow();
const withIndex = await measureAll(RUNS);
await sql`drop index intakes_patient_idx`.execute(db);
const withoutIndex = await measureAll(RUNS_WITHOUT);
console.log(
  JSON.stringify(
    {
      database: bench.postgres ? 'postgresql' : 'sqlite',
      patients: PATIENTS,
      intakes: Number(intakes.n),
      observations: 4 * Number(intakes.n),
      generatedSeconds,
      withIndex,
      withoutIndex,
    },
    null,
    2,
  ),
);
await app.close();
await bench.close();
