// Availability latency and booking throughput on the generated network, each beside a plain Fastify
// hello-world measured in the same run on the same machine. Usage: node --import tsx bench/run.ts
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import Fastify from 'fastify';
import { openDatabase } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { createSession } from '../packages/server/src/auth/sessions';
import type { NetworkFacts } from './generate';
import { throughput } from './throughput';
import { bookingCeiling } from './ceiling';

const AVAILABILITY_RUNS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

// The network is generated in its own process, so its garbage does not weigh on the measured heap.
const generated = execFileSync(
  process.execPath,
  ['--import', 'tsx', resolve(import.meta.dirname, 'generate.ts')],
  {
    encoding: 'utf8',
  },
);
const facts = JSON.parse(generated.trim().split('\n').at(-1) ?? '{}') as NetworkFacts;
const anchor = new Date(`${facts.anchor}T12:00:00Z`);
const handle = openDatabase({ dataDir: dirname(facts.file) });
const clock = () => anchor;
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
});
await handle.db
  .insertInto('users')
  .values({
    id: 'desk',
    email: 'desk@bench.clinic',
    password_hash: 'x',
    role: 'front_desk',
    display_name: 'Desk',
    credential: null,
    supervisor_id: null,
    created_at: facts.anchor,
  })
  .execute();
// The generated patients have years of history; let follow-ups book without looking for a consultation.
await handle.db.updateTable('visit_types').set({ requires_consultation: 0 }).execute();
const token = await createSession(handle.db, clock, 'desk', 24);
const auth = { authorization: `Bearer ${token}` };

const from = anchor.toISOString();
const to = new Date(anchor.getTime() + 56 * 86_400_000).toISOString();
const url = `/api/availability?visitType=omt-follow-up&from=${from}&to=${to}`;
const latencies: number[] = [];
/** The app's own CPU time per search (user + system): what a busy shared machine moves least. */
const cpuTimes: number[] = [];
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
let slots: { start: string; providerId: string; locationId: string }[] = [];
for (let i = 0; i < AVAILABILITY_RUNS + 10; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const res = await app.inject({ method: 'GET', url, headers: auth });
  if (i >= 10) latencies.push(performance.now() - t0);
  if (i >= 10) cpuTimes.push(cpuMs(process.cpuUsage(c0)));
  if (res.statusCode !== 200) throw new Error(`availability → ${res.statusCode} ${res.body}`);
  if (i === AVAILABILITY_RUNS + 9) slots = res.json(); // parsed once: the harness's own garbage stays out of the timings
}
latencies.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);

// Booking needs more open slots than the busy first eight weeks hold: add the (still empty) eight after them.
const later = new URLSearchParams({
  visitType: 'omt-follow-up',
  from: to,
  to: new Date(anchor.getTime() + 112 * 86_400_000).toISOString(),
});
const laterSlots = await app.inject({
  method: 'GET',
  url: `/api/availability?${later.toString()}`,
  headers: auth,
});
const bookable = [...slots, ...laterSlots.json<typeof slots>()];
const patients = await handle.db.selectFrom('patients').select('id').execute();
/** The i-th booking: slots from the front of the list, patients in turn. The yardstick books from the back. */
const bookingOf = (i: number, slot = bookable[i % bookable.length]!) => ({
  patientId: patients[i % patients.length]!.id,
  visitType: 'omt-follow-up',
  providerId: slot.providerId,
  locationId: slot.locationId,
  start: slot.start,
});
const booking = await throughput(app, (i) => ({
  method: 'POST',
  url: '/api/appointments',
  headers: auth,
  payload: bookingOf(i),
}));
await app.close();
await handle.close();
const ceiling = await bookingCeiling(facts.file, anchor.toISOString(), token, (i) =>
  bookingOf(i, bookable[bookable.length - 1 - (i % bookable.length)]),
);
const hello = Fastify();
hello.get('/', () => ({ hello: 'world' }));
const helloWorld = await throughput(hello, () => ({ method: 'GET', url: '/' }));

const result = {
  network: facts,
  availability8Weeks: {
    slotsReturned: slots.length,
    p50ms: +percentile(latencies, 50).toFixed(1),
    p95ms: +percentile(latencies, 95).toFixed(1),
    p99ms: +percentile(latencies, 99).toFixed(1),
    cpuP50ms: +percentile(cpuTimes, 50).toFixed(1),
    cpuP95ms: +percentile(cpuTimes, 95).toFixed(1),
  },
  bookingRequestsPerSecond: booking.perSecond,
  bookingRefusedMeanwhile: booking.failed,
  bookableSlots: bookable.length,
  helloWorldRequestsPerSecond: helloWorld.perSecond,
  bookingShareOfHelloWorld: +(booking.perSecond / helloWorld.perSecond).toFixed(3),
  ceilingBookingsPerSecond: ceiling.perSecond,
  ceilingRefusedMeanwhile: ceiling.failed,
  ceilingShareOfHelloWorld: +(ceiling.perSecond / helloWorld.perSecond).toFixed(3),
  bookingShareOfYardstick: +(booking.perSecond / ceiling.perSecond).toFixed(3),
  bookingsPerCpuSecond: booking.perCpuSecond,
  yardstickPerCpuSecond: ceiling.perCpuSecond,
  bookingShareOfYardstickPerCpuSecond: +(booking.perCpuSecond / ceiling.perCpuSecond).toFixed(3),
  loadAverage: loadavg()[0],
};
console.log(JSON.stringify(result, null, 2));
