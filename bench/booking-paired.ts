// Booking throughput of two versions of the clinic in one process, the machine's load shared alike: each version on
// its own copy of one generated network, 16 callers in bursts that alternate between them (the order flips every
// round), the same bookings in the same order on each. A shared machine's load moves too much between separate runs
// to compare them (bench/README.md).
// Usage: node --import tsx bench/booking-paired.ts <tree A> [tree B = this tree]
//   A tree is a checkout of the repository with node_modules whose @omt/* entries point at its own packages, e.g.
//   `git archive <commit> | tar -x -C DIR`, then links to this tree's node_modules except @omt.
//   NETWORK=<file> reuses a network from bench/generate.ts; ROUNDS (default 8) and BURST_MS (default 1000).
//   Each clinic's copy is migrated by its own tree, so a version that adds a migration (an index a booking writes)
//   is measured with it; run it from the older tree, which generates the network at its own schema.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expandSlots, type OpenSlots } from '@omt/contracts';
import { migrateToLatest, openDatabase, SQLITE_FILE_NAME } from '@omt/db';
import { loadConfig } from '../packages/server/src/config';
import { createBenchDesk } from './bench-database';
import { generateInChild } from './network-run';
import { CONCURRENCY } from './throughput';

type Slot = { start: string; providerId: string; locationId: string };

const ROUNDS = Number(process.env.ROUNDS ?? 8);
const BURST_MS = Number(process.env.BURST_MS ?? 1000);
const trees = [resolve(process.argv[2] ?? '.'), resolve(process.argv[3] ?? '.')];

const work = mkdtempSync(join(tmpdir(), 'omt-booking-paired-'));
const facts = process.env.NETWORK
  ? { file: process.env.NETWORK, anchor: '2026-06-01' }
  : generateInChild([join(work, 'net')]);
const anchor = new Date(`${facts.anchor}T12:00:00Z`);
const clock = () => anchor;

interface Clinic {
  tree: string;
  app: FastifyInstance;
  auth: { authorization: string };
  close(): Promise<void>;
  sent: number;
  done: number;
  failed: number;
  /** Refusals by status and code. */
  refusals: Record<string, number>;
  cpuMs: number;
  wallMs: number;
}

/** The clinic of `tree` on its own copy of the network. */
async function startClinic(tree: string, label: string): Promise<Clinic> {
  const dir = join(work, label);
  mkdirSync(dir, { recursive: true });
  copyFileSync(facts.file, join(dir, SQLITE_FILE_NAME));
  const { buildApp } = (await import(join(tree, 'packages/server/src/app.ts'))) as {
    buildApp: typeof import('../packages/server/src/app').buildApp;
  };
  const db = (await import(join(tree, 'node_modules/@omt/db/src/index.ts'))) as {
    openDatabase: typeof openDatabase;
    migrateToLatest: typeof migrateToLatest;
  };
  const handle = db.openDatabase({ dataDir: dir });
  await db.migrateToLatest(handle);
  const app = await buildApp({
    db: handle.db,
    dialect: handle.dialect,
    config: loadConfig({ NODE_ENV: 'production' }),
    clock,
  });
  const { auth } = await createBenchDesk(handle.db, clock, facts.anchor);
  await handle.db.updateTable('visit_types').set({ requires_consultation: 0 }).execute();
  return {
    tree,
    app,
    auth,
    async close() {
      await app.close();
      await handle.close();
    },
    sent: 0,
    done: 0,
    failed: 0,
    refusals: {},
    cpuMs: 0,
    wallMs: 0,
  };
}

const clinics = [await startClinic(trees[0]!, 'a'), await startClinic(trees[1]!, 'b')];
const first = clinics[0]!;

/** Open follow-up slots over 16 weeks, as bench/run.ts books them. */
async function bookableSlots(): Promise<Slot[]> {
  const slots: Slot[] = [];
  for (const [fromDay, toDay] of [
    [0, 56],
    [56, 112],
  ] as const) {
    const q = new URLSearchParams({
      visitType: 'omt-follow-up',
      from: new Date(anchor.getTime() + fromDay * 86_400_000).toISOString(),
      to: new Date(anchor.getTime() + toDay * 86_400_000).toISOString(),
    });
    const res = await first.app.inject({ url: `/api/availability?${q.toString()}`, headers: first.auth });
    // Grouped by provider, location and visit type since 2026-12-01; a tree from before answers a list of slots.
    const open = res.json<OpenSlots | Slot[]>();
    slots.push(...(Array.isArray(open) ? open : expandSlots(open)));
  }
  return slots;
}
const slots = await bookableSlots();
const handle = openDatabase({ dataDir: join(work, 'a') });
const patients = await handle.db.selectFrom('patients').select('id').execute();
await handle.close();

const bookingOf = (i: number) => {
  const slot = slots[i % slots.length]!;
  return {
    patientId: patients[i % patients.length]!.id,
    visitType: 'omt-follow-up',
    providerId: slot.providerId,
    locationId: slot.locationId,
    start: slot.start,
  };
};

/** One burst of CONCURRENCY callers on one clinic. */
async function burst(c: Clinic): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const until = t0 + BURST_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const res = await c.app.inject({
          method: 'POST',
          url: '/api/appointments',
          headers: c.auth,
          payload: bookingOf(c.sent++),
        });
        if (res.statusCode < 400) {
          c.done++;
        } else {
          c.failed++;
          const why = `${res.statusCode} ${res.json<{ code?: string }>().code ?? ''}`;
          c.refusals[why] = (c.refusals[why] ?? 0) + 1;
        }
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  c.cpuMs += (cpu.user + cpu.system) / 1000;
  c.wallMs += performance.now() - t0;
}

// Two uncounted rounds first: the JIT, the caches and SQLite's pages warm up.
for (let round = -2; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? clinics : [...clinics].reverse();
  for (const c of order) await burst(c);
  if (round === -1)
    for (const c of clinics) Object.assign(c, { done: 0, failed: 0, refusals: {}, cpuMs: 0, wallMs: 0 });
}
const result = clinics.map((c) => ({
  tree: c.tree,
  bookingsPerSecond: Math.round((c.done / c.wallMs) * 1000),
  bookingsPerCpuSecond: Math.round((c.done / c.cpuMs) * 1000),
  cpuMsPerBooking: +(c.cpuMs / c.done).toFixed(3),
  refused: c.refusals,
}));
for (const c of clinics) await c.close();
rmSync(work, { recursive: true, force: true });
console.log(
  JSON.stringify(
    {
      rounds: ROUNDS,
      burstMs: BURST_MS,
      clinics: result,
      bRelativeToA: +(result[1]!.bookingsPerCpuSecond / result[0]!.bookingsPerCpuSecond).toFixed(3),
      loadAverage: loadavg()[0],
    },
    null,
    2,
  ),
);
