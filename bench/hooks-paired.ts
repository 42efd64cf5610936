// What every answer's hooks cost, tree against tree in one process: a plain Fastify hello-world, then for each tree in
// TREES its app's `/healthz` (the hooks, no database), its FHIR Patient read (`GET /fhir/R4/Patient/{id}` as the demo
// physician) and the same patient's REST read (`/api/patients/{id}`), all on one SQLite bench database through
// `inject`.
// On a shared 2-core machine the CPU time of a 5-second run moves by a third with the others' load, more than the
// changes measured here. So the measures take turns request by request (one caller; each turn starts with the next
// measure), and each request's CPU time of this process is taken alone: the median of thousands per measure is what
// one answer costs on the CPU when nothing interrupts it, and moves by a few per cent between runs; the mean adds
// garbage collection and interruptions. Ratios to hello-world are of the medians.
// Usage: TREES=/old/checkout,. node --import tsx bench/hooks-paired.ts   (a tree is a checkout's root, `.` this one;
// REQUESTS=6000 per measure after WARMUP=1000, PATIENTS=1000; PROFILE=prefix then writes prefix-healthz.cpuprofile and
// prefix-read.cpuprofile of the last tree, 16 callers for 3 s each)
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { CONCURRENCY } from './throughput';
import { loadConfig } from '../packages/server/src/config';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-clinic';
import { benchClock, insertBenchPatients, openDemoClinic } from './fhir-clinic';

const REQUESTS = Number(process.env.REQUESTS ?? 6000);
const WARMUP = Number(process.env.WARMUP ?? 1000);
const PATIENTS = Number(process.env.PATIENTS ?? 1000);
const TREES = (process.env.TREES ?? '.').split(',').map((tree) => resolve(tree));

const { bench, db } = await openDemoClinic('hooks');
const ids = Array.from({ length: PATIENTS }, (_, i) => `hooks-${String(i).padStart(5, '0')}`);
for (let i = 0; i < ids.length; i += 500) await insertBenchPatients(db, ids.slice(i, i + 500));

interface Measure {
  label: string;
  app: FastifyInstance;
  request: (i: number) => InjectOptions;
  /** CPU µs of each measured request. */
  cpu: number[];
}

const hello = Fastify();
hello.get('/', () => ({ hello: 'world' }));
const measures: Measure[] = [
  { label: 'hello-world', app: hello, request: () => ({ method: 'GET', url: '/' }), cpu: [] },
];
const reads: Measure[] = [];
const restReads: Measure[] = [];
for (const root of TREES) {
  const { buildApp } = (await import(`${root}/packages/server/src/app.ts`)) as {
    buildApp: (typeof import('../packages/server/src/app'))['buildApp'];
  };
  const config = loadConfig({ NODE_ENV: 'production' });
  const app = await buildApp({ config, clock: benchClock, db, dialect: bench.handle.dialect });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'dr.still@demo.clinic', password: DEMO_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login → ${login.statusCode} ${login.body}`);
  const headers = {
    authorization: `Bearer ${login.json<{ token: string }>().token}`,
    accept: 'application/fhir+json',
  };
  measures.push({
    label: `healthz ${root}`,
    app,
    request: () => ({ method: 'GET', url: '/healthz' }),
    cpu: [],
  });
  restReads.push({
    label: `rest ${root}`,
    app,
    request: (i) => ({
      method: 'GET',
      url: `/api/patients/${ids[i % ids.length]}`,
      headers: { authorization: headers.authorization },
    }),
    cpu: [],
  });
  reads.push({
    label: `read ${root}`,
    app,
    request: (i) => ({ method: 'GET', url: `/fhir/R4/Patient/${ids[i % ids.length]}`, headers }),
    cpu: [],
  });
}
measures.push(...reads, ...restReads);

for (let i = 0; i < WARMUP + REQUESTS; i++) {
  for (let k = 0; k < measures.length; k++) {
    const m = measures[(i + k) % measures.length] as Measure;
    const cpu0 = process.cpuUsage();
    const res = await m.app.inject(m.request(i));
    const cpu = process.cpuUsage(cpu0);
    if (res.statusCode !== 200) throw new Error(`${m.label} → ${res.statusCode} ${res.body}`);
    if (i >= WARMUP) m.cpu.push(cpu.user + cpu.system);
  }
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] as number;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const [base] = measures as [Measure];
console.log(
  JSON.stringify(
    {
      requests: REQUESTS,
      loadAverage: +(loadavg()[0] ?? 0).toFixed(1),
      measures: measures.map((m) => ({
        label: m.label,
        cpuMicroseconds: {
          p25: quantile(m.cpu, 0.25),
          median: quantile(m.cpu, 0.5),
          mean: +mean(m.cpu).toFixed(1),
        },
        shareOfHelloWorld: +(quantile(base.cpu, 0.5) / quantile(m.cpu, 0.5)).toFixed(3),
        shareOfHelloWorldByMean: +(mean(base.cpu) / mean(m.cpu)).toFixed(3),
      })),
    },
    null,
    2,
  ),
);

if (process.env.PROFILE) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  for (const m of [measures[TREES.length], reads.at(-1)] as Measure[]) {
    await session.post('Profiler.start');
    const until = performance.now() + 3000;
    let n = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) await m.app.inject(m.request(n++));
      }),
    );
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${process.env.PROFILE}-${m.label.split(' ')[0]}.cpuprofile`, JSON.stringify(profile));
  }
  session.disconnect();
}
for (const app of new Set(measures.map((m) => m.app))) await app.close();
await bench.close();
