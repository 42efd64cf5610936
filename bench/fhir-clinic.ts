// What the FHIR benchmarks start from: the demo clinic on a fresh bench database (SQLite, or `--postgres`), bulk
// patients and visits inserted in batches, the app on it and a physician's login, and GET latencies through inject.
import type { FastifyInstance } from 'fastify';
import type { Database } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import type { AppDeps } from '../packages/server/src/context';
import { loadConfig } from '../packages/server/src/config';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../packages/server/src/seed/demo-clinic';
import { plainPatientRow } from '../scripts/test-support/patient-rows';
import { openBenchDatabase } from './bench-database';
import { percentile } from './http-load';

export const BENCH_NOW = new Date('2026-06-01T12:00:00Z');
export const benchClock = () => BENCH_NOW;
const PHYSICIAN = 'dr.still@demo.clinic';

/** The demo clinic on a fresh bench database, with its physician and first location (what generated rows name). */
export async function openDemoClinic(label: string) {
  const bench = await openBenchDatabase(label);
  const db = bench.handle.db;
  await seedDemoIfEmpty(db, benchClock);
  const doctor = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', PHYSICIAN)
    .executeTakeFirstOrThrow();
  const location = await db.selectFrom('locations').select('id').orderBy('id').executeTakeFirstOrThrow();
  return { bench, db, doctorId: doctor.id, locationId: location.id };
}

/** The app on `deps` (production config, the bench clock) and a Bearer header of the demo physician's login. */
export async function startAsPhysician(
  deps: Omit<AppDeps, 'config' | 'clock'> & Partial<Pick<AppDeps, 'config' | 'clock'>>,
  options?: Parameters<typeof buildApp>[1],
): Promise<{ app: FastifyInstance; deps: AppDeps; auth: { authorization: string } }> {
  const full: AppDeps = { config: loadConfig({ NODE_ENV: 'production' }), clock: benchClock, ...deps };
  const app = await buildApp(full, options);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: PHYSICIAN, password: DEMO_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login → ${login.statusCode} ${login.body}`);
  return { app, deps: full, auth: { authorization: `Bearer ${login.json<{ token: string }>().token}` } };
}

/** Inserts patients with these ids (plain demographics). */
export async function insertBenchPatients(db: Database, ids: readonly string[]): Promise<void> {
  await db.insertInto('patients').values(ids.map(plainPatientRow)).execute();
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** A completed 30-minute OMT follow-up row starting at `startMs` (epoch ms). */
export function completedVisit(
  id: string,
  patientId: string,
  doctorId: string,
  locationId: string,
  startMs: number,
) {
  return {
    id,
    patient_id: patientId,
    provider_id: doctorId,
    location_id: locationId,
    visit_type: 'omt-follow-up',
    start_at: isoSeconds(startMs),
    end_at: isoSeconds(startMs + 30 * 60_000),
    status: 'completed',
    created_by: 'bench',
    created_at: '2026-01-01T00:00:00Z',
  };
}

const DAY = 86_400_000;
const FIRST_VISIT = Date.parse('2024-01-08T15:00:00Z');

/** The id of the bench's patient number `p`: `<prefix>-` and six digits. */
export const benchPatientId = (prefix: string, p: number) => `${prefix}-${String(p).padStart(6, '0')}`;

/**
 * `visits` completed visits of each patient of a batch (`ids`, the first being patient number `first`): visit n of
 * patient number p about every eight weeks from 2024 on, spread over the week by patient. Each row comes with p + n.
 */
export function eightWeeklyVisits(
  ids: readonly string[],
  first: number,
  visits: number,
  doctorId: string,
  locationId: string,
) {
  return ids.flatMap((id, k) =>
    Array.from({ length: visits }, (_, n) => ({
      visit: completedVisit(
        `${id}-v${n}`,
        id,
        doctorId,
        locationId,
        FIRST_VISIT + (n * 56 + ((first + k) % 42)) * DAY,
      ),
      order: first + k + n,
    })),
  );
}

/**
 * GET `url(i)` through inject `runs` times after `warmup` calls, each answer must be 200: wall-clock and app CPU
 * milliseconds as p50/p95/p99, and `check` of the last answer's body.
 */
export async function timeGets<T>(
  app: FastifyInstance,
  url: (i: number) => string,
  headers: Record<string, string>,
  runs: number,
  warmup = 20,
  check: (body: string) => T = () => undefined as T,
) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let last = '';
  for (let i = 0; i < runs + warmup; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const res = await app.inject({ method: 'GET', url: url(i), headers });
    const c = process.cpuUsage(c0);
    if (i >= warmup) {
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    if (res.statusCode !== 200) throw new Error(`GET ${url(i)} → ${res.statusCode} ${res.body}`);
    last = res.body;
  }
  const ms = (sorted: number[], p: number) => +percentile(sorted, p).toFixed(1);
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: ms(wall, 50),
    p95: ms(wall, 95),
    p99: ms(wall, 99),
    cpuP50: ms(cpu, 50),
    cpuP95: ms(cpu, 95),
    last: check(last),
  };
}

/** Runs `fn`, and when `path` is set writes a CPU profile of it there (node:inspector; open in Chrome's DevTools). */
export async function profiled<T>(path: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!path) return fn();
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  }
}
