// Availability latency (over loopback HTTP, and through inject as before) and booking throughput on the generated
// network, each beside a plain Fastify hello-world measured in the same run on the same machine.
// Usage: node --import tsx bench/run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expandSlots, type OpenSlots } from '@omt/contracts';
import { openDatabase } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { throughput } from './throughput';
import { bookingCeiling } from './ceiling';
import { createBenchDesk } from './bench-database';
import { generateInChild, helloWorldPerSecond, measureAvailability } from './network-run';

const AVAILABILITY_RUNS = 200;

// The network is generated in its own process, so its garbage does not weigh on the measured heap, into a folder of
// this run's own (another run on the machine does not overwrite it).
const dir = mkdtempSync(join(tmpdir(), 'omt-bench-'));
const facts = generateInChild([dir]);
const anchor = new Date(`${facts.anchor}T12:00:00Z`);
const handle = openDatabase({ dataDir: dirname(facts.file) });
const clock = () => anchor;
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
});
const { token, auth } = await createBenchDesk(handle.db, clock, facts.anchor);
// The generated patients have years of history; let follow-ups book without looking for a consultation.
await handle.db.updateTable('visit_types').set({ requires_consultation: 0 }).execute();

const from = anchor.toISOString();
const to = new Date(anchor.getTime() + 56 * 86_400_000).toISOString();
const url = `/api/availability?visitType=omt-follow-up&from=${from}&to=${to}`;
const availability = await measureAvailability(app, url, auth, AVAILABILITY_RUNS);
const { slots } = availability;

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
const bookable = [...slots, ...expandSlots(laterSlots.json<OpenSlots>())];
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
rmSync(dir, { recursive: true, force: true });
const helloWorld = await helloWorldPerSecond();

const result = {
  network: facts,
  availability8Weeks: availability.http,
  availability8WeeksInject: availability.inject,
  bookingRequestsPerSecond: booking.perSecond,
  bookingRefusedMeanwhile: booking.failed,
  bookableSlots: bookable.length,
  helloWorldRequestsPerSecond: helloWorld,
  availabilityP95TimesHelloWorldPer1000: +((availability.http.p95ms * helloWorld) / 1000).toFixed(0),
  bookingShareOfHelloWorld: +(booking.perSecond / helloWorld).toFixed(3),
  ceilingBookingsPerSecond: ceiling.perSecond,
  ceilingRefusedMeanwhile: ceiling.failed,
  ceilingShareOfHelloWorld: +(ceiling.perSecond / helloWorld).toFixed(3),
  bookingShareOfYardstick: +(booking.perSecond / ceiling.perSecond).toFixed(3),
  bookingsPerCpuSecond: booking.perCpuSecond,
  yardstickPerCpuSecond: ceiling.perCpuSecond,
  bookingShareOfYardstickPerCpuSecond: +(booking.perCpuSecond / ceiling.perCpuSecond).toFixed(3),
  loadAverage: loadavg()[0],
};
console.log(JSON.stringify(result, null, 2));
