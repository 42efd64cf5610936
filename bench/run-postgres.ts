// The network benchmark on PostgreSQL: availability latency over loopback HTTP and through inject (as bench/run.ts on
// SQLite), with a hello-world in the same run, then booking
// throughput over HTTP against the real server with WORKERS app processes (default 2), beside the durable-write
// yardstick (bench/ceiling-pg.ts) run the same way with as many processes, in the same run.
// Usage: node --import tsx bench/run-postgres.ts      (a throwaway PostgreSQL cluster, or BENCH_PG_URL)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { systemClock } from '../packages/server/src/clock';
import { freePort } from '../packages/server/src/test-support/clinic-process';
import { createBenchDesk } from './bench-database';
import { networkOnPostgres } from './network-postgres';
import { httpThroughput, processTreeCpuSeconds, waitUntilReady } from './http-load';
import { expandSlots, type OpenSlots, type Slot } from '@omt/contracts';
import { generateInChild, helloWorldPerSecond, measureAvailability } from './network-run';

const AVAILABILITY_RUNS = 200;
const WORKERS = Number(process.env.WORKERS ?? 2);
const DAY = 86_400_000;

const servers = new Set<ChildProcess>();
// Whatever happens, leave no server running behind (the cluster stops itself at exit).
process.on('exit', () => {
  for (const child of servers) child.kill('SIGKILL');
});

// The network is generated in its own process (its garbage stays out of the measured heap), anchored today: the
// real server below books on the system clock.
const dir = mkdtempSync(join(tmpdir(), 'omt-bench-pg-'));
const today = new Date().toISOString().slice(0, 10);
const facts = generateInChild([dir, today]);
const { url, copied, copySeconds } = await networkOnPostgres(facts.file);
rmSync(dir, { recursive: true, force: true });
const handle = openDatabase({ url });

const { auth } = await createBenchDesk(handle.db, systemClock, today);
// The generated patients have years of history; let follow-ups book without looking for a consultation.
await handle.db.updateTable('visit_types').set({ requires_consultation: 0 }).execute();

const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock: systemClock,
});
const fromMs = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const search = `/api/availability?visitType=omt-follow-up&from=${iso(fromMs)}&to=${iso(fromMs + 56 * DAY)}`;
const availability = await measureAvailability(app, search, auth, AVAILABILITY_RUNS);
const { slots } = availability;
const later = await app.inject({
  method: 'GET',
  url: `/api/availability?visitType=omt-follow-up&from=${iso(fromMs + 56 * DAY)}&to=${iso(fromMs + 112 * DAY)}`,
  headers: auth,
});
const bookable = [...slots, ...expandSlots(later.json<OpenSlots>())];
const patients = await handle.db.selectFrom('patients').select('id').execute();
await app.close();
await handle.close();
const helloWorld = await helloWorldPerSecond();

/** The i-th booking: the clinic books from the front of the list, the yardstick from the back. */
const bookingOf = (i: number, slot: Slot) => ({
  patientId: patients[i % patients.length]!.id,
  visitType: 'omt-follow-up',
  providerId: slot.providerId,
  locationId: slot.locationId,
  start: slot.start,
});

async function serve(
  script: string,
  env: Record<string, string>,
  ready: string,
): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env, PORT: String(port), DATABASE_URL: url, WORKERS: String(WORKERS) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  servers.add(child);
  child.once('exit', () => servers.delete(child));
  const base = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${base}${ready}`);
  return { base, child };
}
const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

let offset = 0;
/** A warm-up second (not counted), then the measured 5 s; also per CPU-second of the server's processes. */
async function measure(
  server: { base: string; child: ChildProcess },
  path: string,
  slotOf: (i: number) => Slot,
) {
  const { base } = server;
  const run = (seconds: number) =>
    httpThroughput(
      base,
      (i) => ({ path, body: bookingOf(offset + i, slotOf(offset + i)), headers: auth }),
      seconds,
    ).then((r) => {
      offset += Math.round(r.perSecond * seconds) + r.failed;
      return r;
    });
  await run(1);
  const cpu0 = processTreeCpuSeconds(server.child.pid!);
  const measured = await run(5);
  const cpuSeconds = processTreeCpuSeconds(server.child.pid!) - cpu0;
  return { ...measured, perServerCpuSecond: Math.round((measured.perSecond * 5) / cpuSeconds) };
}

const clinic = await serve(
  resolve(import.meta.dirname, '../packages/server/src/main.ts'),
  {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    SECRET_KEY: randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  },
  '/readyz',
);
const booking = await measure(clinic, '/api/appointments', (i) => bookable[i % bookable.length]!);
await stop(clinic.child);
offset = 0;
const yard = await serve(resolve(import.meta.dirname, 'ceiling-pg.ts'), {}, '/ready');
const ceiling = await measure(yard, '/book', (i) => bookable[bookable.length - 1 - (i % bookable.length)]!);
await stop(yard.child);

console.log(
  JSON.stringify(
    {
      network: { ...facts, file: undefined, copiedRows: copied, copySeconds },
      availability8Weeks: availability.http,
      availability8WeeksInject: availability.inject,
      helloWorldRequestsPerSecond: helloWorld,
      availabilityP95TimesHelloWorldPer1000: +((availability.http.p95ms * helloWorld) / 1000).toFixed(0),
      workers: WORKERS,
      bookingsPerSecond: booking.perSecond,
      bookingRefusedMeanwhile: booking.failed,
      yardstickBookingsPerSecond: ceiling.perSecond,
      yardstickRefusedMeanwhile: ceiling.failed,
      bookingShareOfYardstick: +(booking.perSecond / ceiling.perSecond).toFixed(3),
      bookingsPerServerCpuSecond: booking.perServerCpuSecond,
      yardstickPerServerCpuSecond: ceiling.perServerCpuSecond,
      bookingShareOfYardstickPerServerCpuSecond: +(
        booking.perServerCpuSecond / ceiling.perServerCpuSecond
      ).toFixed(3),
      loadAverage: loadavg()[0],
    },
    null,
    2,
  ),
);
