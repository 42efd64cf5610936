// A soak of mixed traffic against the real server (packages/server/src/main.ts, production mode, over HTTP) on the
// generated network in SQLite: availability searches, patient reads, appointment lists, bookings and their
// cancellations, at a steady pace for SOAK_MINUTES (default 30). Every minute it samples the server's RSS
// (/proc/<pid>/status) and heap (/metrics) and the minute's latencies, and prints a table row.
// With --postgres the network is copied into a throwaway PostgreSQL database (bench/network-postgres.ts) and the
// server runs WORKERS=2 app processes: RSS is then the primary's and its workers' together, the heap one worker's
// (whichever answers /metrics), and a column counts the database's connections (pg_stat_activity).
// Usage: node --import tsx bench/soak.ts [--postgres]
//   (SOAK_MINUTES=2 for a short check; SOAK_RATE requests/s, default 60; SOAK_LOG=file keeps the server's output;
//   SOAK_NEW_CONNECTIONS=1 opens a connection per request: node:cluster hands out connections, not requests, so over
//   kept-alive connections one worker of two answers nearly everything)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { expandSlots, type OpenSlots } from '@omt/contracts';
import { openDatabase } from '@omt/db';
import { systemClock } from '../packages/server/src/clock';
import { freePort } from '../packages/server/src/test-support/clinic-process';
import { createBenchDesk } from './bench-database';
import { generateNetwork } from './generate';
import { percentile, residentMb, sameProgramTree, waitUntilReady } from './http-load';
import { networkOnPostgres } from './network-postgres';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const RATE = Number(process.env.SOAK_RATE ?? 60); // requests per second, all callers together
const CALLERS = 6;
const POSTGRES = process.argv.includes('--postgres');
const WORKERS = 2; // on PostgreSQL

const dir = mkdtempSync(join(tmpdir(), 'omt-soak-'));
const today = new Date().toISOString().slice(0, 10);
const facts = await generateNetwork(join(dir, 'omt-clinic.sqlite'), today);
const postgres = POSTGRES ? await networkOnPostgres(facts.file) : null;
const setup = openDatabase(postgres ? { url: postgres.url } : { dataDir: dir });
const { token } = await createBenchDesk(setup.db, systemClock, today);
await setup.db.updateTable('visit_types').set({ requires_consultation: 0 }).execute();
const patients = (await setup.db.selectFrom('patients').select('id').execute()).map((p) => p.id);
const locations = (await setup.db.selectFrom('locations').select('id').execute()).map((l) => l.id);
await setup.close();
/** On PostgreSQL, a connection of its own that counts the server's connections to the database (pools and listeners). */
const counter = postgres ? new pg.Client({ connectionString: postgres.url }) : null;
await counter?.connect();
const dbConnections = async () =>
  counter
    ? (
        await counter.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        )
      ).rows[0]!.n
    : NaN;

const port = await freePort();
/** The server's stdout (a JSON line per request) and stderr, kept in SOAK_LOG when it names a file. */
const serverLog = process.env.SOAK_LOG ? openSync(process.env.SOAK_LOG, 'w') : null;
const server = spawn(
  process.execPath,
  ['--import', 'tsx', resolve(import.meta.dirname, '../packages/server/src/main.ts')],
  {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SECRET_KEY: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info', // as in production: one JSON line per request (discarded unless SOAK_LOG names a file)
      ...(postgres ? { DATABASE_URL: postgres.url, WORKERS: String(WORKERS) } : {}),
    },
    stdio: serverLog === null ? ['ignore', 'ignore', 'inherit'] : ['ignore', serverLog, serverLog],
  },
);
// Whatever happens, leave no server running behind (the PostgreSQL cluster stops itself at exit).
process.on('exit', () => server.kill('SIGKILL'));
const base = `http://127.0.0.1:${port}`;
await waitUntilReady(`${base}/readyz`);
const NEW_CONNECTIONS = process.env.SOAK_NEW_CONNECTIONS === '1';
const headers = {
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
  ...(NEW_CONNECTIONS && { connection: 'close' }),
};

/** The server's processes: on PostgreSQL the primary and its workers (looked up again each minute). */
const serverPids = () => (postgres ? sameProgramTree(server.pid!) : [server.pid!]);
const rssMb = () => residentMb(serverPids());
const heapMb = async () => {
  const text = await fetch(`${base}/metrics`).then((r) => r.text());
  const used = text.match(/^nodejs_heap_size_used_bytes\s+([\d.e+]+)/m);
  return used ? Number(used[1]) / 2 ** 20 : NaN;
};

const DAY = 86_400_000;
const start0 = Date.now() + DAY;
const iso = (ms: number) => new Date(ms).toISOString();
/** Open times to book from (the next two weeks, every location); a cancelled one goes back in the pool. */
const pool = expandSlots(
  (await fetch(
    `${base}/api/availability?visitType=omt-follow-up&from=${iso(start0)}&to=${iso(start0 + 14 * DAY)}`,
    { headers },
  ).then((r) => r.json())) as OpenSlots,
).map(({ start, providerId, locationId }) => ({ start, providerId, locationId }));

type Kind =
  | 'availability 1 week, 1 location'
  | 'availability 8 weeks, all'
  | 'patient read'
  | 'appointment list'
  | 'book'
  | 'cancel';
let minute: { kind: Kind; ms: number }[] = [];
const byKind = new Map<Kind, number[]>();
let errors = 0;
let refused = 0;
let n = 0;

async function timed(kind: Kind, path: string, init: RequestInit = {}) {
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`, { headers, ...init });
  const body = await res.text();
  const ms = performance.now() - t0;
  minute.push({ kind, ms });
  const all = byKind.get(kind) ?? [];
  if (!byKind.has(kind)) byKind.set(kind, all);
  all.push(ms);
  if (res.status >= 500) errors++;
  else if (res.status >= 400) refused++;
  return { status: res.status, body };
}

async function oneRequest() {
  const i = n++;
  const patient = patients[i % patients.length]!;
  const pick = i % 50;
  if (pick === 0) {
    await timed(
      'availability 8 weeks, all',
      `/api/availability?visitType=omt-follow-up&from=${iso(start0)}&to=${iso(start0 + 56 * DAY)}`,
    );
  } else if (pick < 20) {
    const from = start0 + (i % 7) * DAY;
    const loc = locations[i % locations.length]!;
    await timed(
      'availability 1 week, 1 location',
      `/api/availability?visitType=omt-follow-up&location=${loc}&from=${iso(from)}&to=${iso(from + 7 * DAY)}`,
    );
  } else if (pick < 32) {
    await timed('patient read', `/api/patients/${patient}`);
  } else if (pick < 40) {
    await timed(
      'appointment list',
      `/api/appointments?patientId=${patient}&from=${iso(start0)}&to=${iso(start0 + 56 * DAY)}`,
    );
  } else {
    const slot = pool.shift();
    if (!slot) return;
    const res = await timed('book', '/api/appointments', {
      method: 'POST',
      body: JSON.stringify({ patientId: patient, visitType: 'omt-follow-up', ...slot }),
    });
    if (res.status !== 201) return void pool.push(slot);
    const { id } = JSON.parse(res.body) as { id: string };
    await timed('cancel', `/api/appointments/${id}/cancel`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'soak test' }),
    });
    pool.push(slot);
  }
}

const rows: {
  minute: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rss: number;
  heap: number;
  load: number;
  processes: number;
  dbConnections: number;
}[] = [];
const until = Date.now() + MINUTES * 60_000;
const interval = (1000 * CALLERS) / RATE;
console.log(
  `soak: ${MINUTES} min, ${RATE} req/s target, ${CALLERS} callers, ${facts.appointments} appointments, ${pool.length} open times in the pool${NEW_CONNECTIONS ? ', a new connection per request' : ''}`,
);
if (postgres) {
  console.log(
    `PostgreSQL, WORKERS=${WORKERS}: RSS MB is the primary's and its workers' together (processes), heap MB one worker's (whichever answers /metrics), db conns the server's connections to the database`,
  );
  console.log(
    '| minute | requests | p50 ms | p95 ms | p99 ms | RSS MB | processes | heap MB (one worker) | db conns | load avg | 5xx | 4xx |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
} else {
  console.log('| minute | requests | p50 ms | p95 ms | p99 ms | RSS MB | heap MB | load avg | 5xx | 4xx |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
}
const sampler = setInterval(() => {
  void (async () => {
    const batch = minute;
    minute = [];
    const ms = batch.map((b) => b.ms).sort((a, b) => a - b);
    const row = {
      minute: rows.length + 1,
      requests: ms.length,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      p99: percentile(ms, 99),
      rss: rssMb(),
      processes: serverPids().length,
      heap: await heapMb(),
      dbConnections: await dbConnections(),
      load: loadavg()[0]!,
    };
    rows.push(row);
    const memory = postgres
      ? `${row.rss.toFixed(1)} | ${row.processes} | ${row.heap.toFixed(1)} | ${row.dbConnections}`
      : `${row.rss.toFixed(1)} | ${row.heap.toFixed(1)}`;
    console.log(
      `| ${row.minute} | ${row.requests} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${memory} | ${row.load.toFixed(1)} | ${errors} | ${refused} |`,
    );
  })();
}, 60_000);
await Promise.all(
  Array.from({ length: CALLERS }, async (_, c) => {
    let next = Date.now() + (c * interval) / CALLERS;
    while (Date.now() < until) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      next += interval;
      await oneRequest().catch(() => void errors++);
    }
  }),
);
await new Promise((r) => setTimeout(r, 1000));
clearInterval(sampler);
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
await counter?.end();
postgres?.stop();
rmSync(dir, { recursive: true, force: true });

for (const [kind, all] of byKind) {
  const ms = all.sort((a, b) => a - b);
  console.log(
    `${kind}: ${ms.length} requests, p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms`,
  );
}
// The first minute holds the start-up (the caches filling, the JIT warming): growth counts from the second.
const first = rows[1] ?? rows[0];
const last = rows.at(-1);
if (first && last) {
  const p95s = rows.map((r) => r.p95);
  console.log(
    JSON.stringify({
      minutes: rows.length,
      rssAfterWarmUpMb: +first.rss.toFixed(1),
      rssLastMinuteMb: +last.rss.toFixed(1),
      rssGrowthPercent: +((100 * (last.rss - first.rss)) / first.rss).toFixed(1),
      rssMaxMb: +Math.max(...rows.map((r) => r.rss)).toFixed(1),
      p95AfterWarmUpMs: +first.p95.toFixed(1),
      p95LastMs: +last.p95.toFixed(1),
      p95MinMs: +Math.min(...p95s).toFixed(1),
      p95MaxMs: +Math.max(...p95s).toFixed(1),
      serverErrors: errors,
      refusals: refused,
      ...(postgres && {
        database: 'postgresql',
        workers: WORKERS,
        heapOfOneWorker: true,
        dbConnectionsMax: Math.max(...rows.map((r) => r.dbConnections)),
      }),
    }),
  );
}
