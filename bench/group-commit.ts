// Booking throughput on SQLite with group commit and without it, in one run on one generated network:
// passes alternate (on, off, on, off), each on its own quarter of the open slots, then the yardstick.
// Usage: node --import tsx bench/group-commit.ts
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { openDatabase } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { createSession } from '../packages/server/src/auth/sessions';
import type { NetworkFacts } from './generate';
import { throughput, THROUGHPUT_SECONDS } from './throughput';
import { bookingCeiling } from './ceiling';

const PASSES = [true, false, false, true, true, false];

const generated = execFileSync(
  process.execPath,
  ['--import', 'tsx', resolve(import.meta.dirname, 'generate.ts')],
  {
    encoding: 'utf8',
  },
);
const facts = JSON.parse(generated.trim().split('\n').at(-1) ?? '{}') as NetworkFacts;
const anchor = new Date(`${facts.anchor}T12:00:00Z`);
const clock = () => anchor;
const dataDir = dirname(facts.file);

const open = async (groupCommit: boolean) => {
  const handle = openDatabase({ dataDir, groupCommit });
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    config: loadConfig({ NODE_ENV: 'production' }),
    clock,
  });
  return { handle, app };
};

// Setup: a desk user and session, follow-ups bookable without a consultation, 16 weeks of open slots.
const setup = await open(true);
await setup.handle.db
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
await setup.handle.db.updateTable('visit_types').set({ requires_consultation: 0 }).execute();
const token = await createSession(setup.handle.db, clock, 'desk', 24);
const auth = { authorization: `Bearer ${token}` };
const slots: { start: string; providerId: string; locationId: string }[] = [];
for (const weeks of [0, 8]) {
  const search = new URLSearchParams({
    visitType: 'omt-follow-up',
    from: new Date(anchor.getTime() + weeks * 7 * 86_400_000).toISOString(),
    to: new Date(anchor.getTime() + (weeks + 8) * 7 * 86_400_000).toISOString(),
  });
  const res = await setup.app.inject({
    method: 'GET',
    url: `/api/availability?${search.toString()}`,
    headers: auth,
  });
  if (res.statusCode !== 200) throw new Error(`availability → ${res.statusCode} ${res.body}`);
  slots.push(...res.json<typeof slots>());
}
const patients = await setup.handle.db.selectFrom('patients').select('id').execute();
await setup.app.close();
await setup.handle.close();

const quarter = Math.floor(slots.length / (PASSES.length + 1)); // each pass books its own share
const bookingOf = (i: number, slot = slots[i % slots.length]!) => ({
  patientId: patients[i % patients.length]!.id,
  visitType: 'omt-follow-up',
  providerId: slot.providerId,
  locationId: slot.locationId,
  start: slot.start,
});

// Besides bookings per second, bookings per CPU-second of this process (user + system, the checkpoint thread
// included): a figure that other work on a shared machine barely moves.
const passes: { groupCommit: boolean; perSecond: number; perCpuSecond: number; refused: number }[] = [];
for (const [p, groupCommit] of PASSES.entries()) {
  const { handle, app } = await open(groupCommit);
  const offset = p * quarter;
  const cpu = process.cpuUsage();
  const run = await throughput(app, (i) => ({
    method: 'POST',
    url: '/api/appointments',
    headers: auth,
    payload: bookingOf(offset + (i % quarter)),
  }));
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const perCpuSecond = Math.round((run.perSecond * THROUGHPUT_SECONDS) / cpuSeconds);
  passes.push({ groupCommit, perSecond: run.perSecond, perCpuSecond, refused: run.failed });
  await app.close();
  await handle.close();
}
const ceiling = await bookingCeiling(facts.file, anchor.toISOString(), token, (i) =>
  bookingOf(PASSES.length * quarter + (i % quarter)),
);

const mean = (on: boolean, of: 'perSecond' | 'perCpuSecond') => {
  const xs = passes.filter((p) => p.groupCommit === on).map((p) => p[of]);
  return Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
};
const withGroup = mean(true, 'perSecond');
const without = mean(false, 'perSecond');
console.log(
  JSON.stringify(
    {
      bookableSlots: slots.length,
      passes,
      withGroupCommit: withGroup,
      withoutGroupCommit: without,
      gain: +(withGroup / without - 1).toFixed(3),
      withGroupCommitPerCpuSecond: mean(true, 'perCpuSecond'),
      withoutGroupCommitPerCpuSecond: mean(false, 'perCpuSecond'),
      gainPerCpuSecond: +(mean(true, 'perCpuSecond') / mean(false, 'perCpuSecond') - 1).toFixed(3),
      yardstick: ceiling.perSecond,
      withGroupShareOfYardstick: +(withGroup / ceiling.perSecond).toFixed(3),
      withoutShareOfYardstick: +(without / ceiling.perSecond).toFixed(3),
    },
    null,
    2,
  ),
);
