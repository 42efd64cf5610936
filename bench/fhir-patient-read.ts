// GET /fhir/R4/Patient/{id} as the demo physician (session, policy, the audited read, the resource with its meta and
// ETag), 16 in-process callers for 5 s over PATIENTS patients in turn, beside a plain Fastify hello-world measured
// the same way in the same run, and the same patients' REST read (/api/patients/{id}) as a yardstick; ROUNDS rounds,
// each all three in turn, and the app's /healthz (its hooks, no database). Each round also measures the floor
// (`fhir-read-floor.ts`: session, audit row, patient row, nothing else), with the audit rows of a turn committed
// together, with a commit per read, and inside the clinic's own app (its hooks).
// Usage: node --import tsx bench/fhir-patient-read.ts [--postgres]   (env ROUNDS=3, PATIENTS=1000;
// PROFILE=file.cpuprofile writes a CPU profile of the first round's reads)
import { loadavg } from 'node:os';
import Fastify from 'fastify';
import { throughput } from './throughput';
import { postgresFloor, readFloor, sqliteFloor } from './fhir-read-floor';
import { buildApp } from '../packages/server/src/app';
import { BENCH_NOW, insertBenchPatients, openDemoClinic, profiled, startAsPhysician } from './fhir-clinic';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PATIENTS = Number(process.env.PATIENTS ?? 1000);

const { bench, db } = await openDemoClinic('fhir-read');
const ids = Array.from({ length: PATIENTS }, (_, i) => `read-${String(i).padStart(5, '0')}`);
for (let i = 0; i < ids.length; i += 500) await insertBenchPatients(db, ids.slice(i, i + 500));
const { app, auth, deps } = await startAsPhysician({ db, dialect: bench.handle.dialect });
const first = await app.inject({ method: 'GET', url: `/fhir/R4/Patient/${ids[0]}`, headers: auth });
if (first.statusCode !== 200) throw new Error(`read → ${first.statusCode} ${first.body}`);

const token = auth.authorization.slice('Bearer '.length);
const BENCH_AT = BENCH_NOW.toISOString().replace('.000Z', 'Z');

const hello = Fastify();
hello.get('/', () => ({ hello: 'world' }));

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const read = await profiled(r === 0 ? process.env.PROFILE : undefined, () =>
    throughput(app, (i) => ({
      method: 'GET',
      url: `/fhir/R4/Patient/${ids[i % ids.length]}`,
      headers: { ...auth, accept: 'application/fhir+json' },
    })),
  );
  // The same patient's REST read (`/api`): the same session, policy and audit row, without FHIR.
  const rest = await throughput(app, (i) => ({
    method: 'GET',
    url: `/api/patients/${ids[i % ids.length]}`,
    headers: auth,
  }));
  const helloWorld = await throughput(hello, () => ({ method: 'GET', url: '/' }));
  // The clinic's own hooks (security headers, request id and log, metrics, compression, cookies) around a route
  // that touches no database: what any answer of this app costs before its own work.
  const hooksOnly = await throughput(app, () => ({ method: 'GET', url: '/healthz' }));
  const hooked = await buildApp(deps);
  const statements = bench.sqliteFile ? sqliteFloor(bench.sqliteFile) : postgresFloor(bench.handle.pool!);
  const floor = {
    together: await readFloor(statements, BENCH_AT, token, ids, { together: true }),
    eachCommits: await readFloor(statements, BENCH_AT, token, ids, { together: false }),
    // The same three statements inside the clinic's own app: its hooks around the floor's route.
    withHooks: await readFloor(statements, BENCH_AT, token, ids, { together: true, inside: hooked }),
  };
  statements.close();
  await hooked.close();
  // Each measure beside this round's hello-world: by the clock, and per CPU-second of the process.
  const vs = (m: { perSecond: number; perCpuSecond: number }) => ({
    perSecond: m.perSecond,
    share: +(m.perSecond / helloWorld.perSecond).toFixed(3),
    shareCpu: +(m.perCpuSecond / helloWorld.perCpuSecond).toFixed(3),
  });
  rounds.push({
    helloWorldPerSecond: helloWorld.perSecond,
    fhirRead: { ...vs(read), refused: read.failed },
    restRead: { ...vs(rest), refused: rest.failed },
    hooksOnly: vs(hooksOnly),
    floor: vs(floor.together),
    floorEachCommits: vs(floor.eachCommits),
    floorWithHooks: vs(floor.withHooks),
    loadAverage: loadavg()[0],
  });
}
console.log(
  JSON.stringify({ database: bench.postgres ? 'postgresql' : 'sqlite', patients: PATIENTS, rounds }, null, 2),
);
await app.close();
await bench.close();
