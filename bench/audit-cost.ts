// What the audit costs on a patient read: GET /api/patients/:id through app.inject (session, policy, the audit row
// in its own transaction, presenting), with the audit on and off in alternating passes of the same run. "Off" is
// this benchmark's own replacement of the gate (`RequestContext.accessEach`): the same policy check and refusal, no
// audit row and so no transaction. The clinic itself has no switch for it. SQLite by default; `--postgres` runs on
// a throwaway PostgreSQL cluster (or BENCH_PG_URL).
// Usage: node --import tsx bench/audit-cost.ts [--postgres]
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { mayAccessPatient } from '../packages/server/src/auth/policy';
import { patientRefusal } from '../packages/server/src/auth/refusal-words';
import { RequestContext } from '../packages/server/src/context';
import { fail } from '../packages/server/src/errors';
import { createBenchDesk, openBenchDatabase } from './bench-database';
import { percentile } from './http-load';

const PATIENTS = 10_000;
const READS_PER_PASS = 1600;
const CALLERS = 16;
const ORDER = ['on', 'off', 'off', 'on', 'on', 'off', 'off', 'on'] as const;

const bench = await openBenchDatabase('audit');
const { handle } = bench;
for (let start = 0; start < PATIENTS; start += 500) {
  await handle.db
    .insertInto('patients')
    .values(
      Array.from({ length: 500 }, (_, k) => ({
        id: `p${start + k}`,
        given_name: 'Pat',
        family_name: `Bench${start + k}`,
        birth_date: '1980-01-01',
        sex: 'female',
        factors_json: '{}',
        summary: '',
        created_at: '2026-01-01T00:00:00Z',
      })),
    )
    .execute();
}
const clock = () => new Date('2026-06-01T12:00:00Z');
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
});
const { auth } = await createBenchDesk(handle.db, clock, '2026-01-01T00:00:00Z');

// eslint-disable-next-line @typescript-eslint/unbound-method -- put back on the prototype, never called alone
const audited = RequestContext.prototype.accessEach;
/** The gate without its audit row: the policy and the refusal only. */
async function unaudited(
  this: RequestContext,
  items: { patientId: string; resourceId: string | null }[],
  action: Parameters<RequestContext['accessEach']>[1],
): Promise<void> {
  await Promise.resolve();
  if (items.some((i) => !mayAccessPatient(this.user.role, action, i.patientId, this.user.patientIds))) {
    throw fail.forbidden(patientRefusal(action));
  }
}

let n = 0;
const readOne = async () => {
  const res = await app.inject({ method: 'GET', url: `/api/patients/p${n++ % PATIENTS}`, headers: auth });
  if (res.statusCode !== 200) throw new Error(`read → ${res.statusCode} ${res.body}`);
};
/** One caller after the other (latency), then 16 at once (reads per second); the app's CPU per read for both. */
async function pass(): Promise<{ ms: number[]; cpuUs: number; perSecond: number; concurrentCpuUs: number }> {
  const ms: number[] = [];
  let cpu0 = process.cpuUsage();
  for (let i = 0; i < READS_PER_PASS; i++) {
    const t0 = performance.now();
    await readOne();
    ms.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      for (let i = 0; i < READS_PER_PASS / CALLERS; i++) await readOne();
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const concurrent = process.cpuUsage(cpu0);
  return {
    ms,
    cpuUs: cpu.user + cpu.system,
    perSecond: READS_PER_PASS / seconds,
    concurrentCpuUs: concurrent.user + concurrent.system,
  };
}

await pass(); // warm-up, audited
const empty = () => ({ ms: [] as number[], cpuUs: 0, perSecond: [] as number[], concurrentCpuUs: 0 });
const totals = { on: empty(), off: empty() };
for (const mode of ORDER) {
  RequestContext.prototype.accessEach = mode === 'on' ? audited : unaudited;
  const result = await pass();
  totals[mode].ms.push(...result.ms);
  totals[mode].cpuUs += result.cpuUs;
  totals[mode].perSecond.push(result.perSecond);
  totals[mode].concurrentCpuUs += result.concurrentCpuUs;
}
RequestContext.prototype.accessEach = audited;
const auditRows = await handle.db
  .selectFrom('audit_log')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();

const figures = (mode: 'on' | 'off') => {
  const t = totals[mode];
  const ms = t.ms.sort((a, b) => a - b);
  const reads = ms.length;
  return {
    mean: ms.reduce((a, b) => a + b, 0) / reads,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    cpuUs: t.cpuUs / reads,
    perSecond: t.perSecond.reduce((a, b) => a + b, 0) / t.perSecond.length,
    concurrentCpuUs: t.concurrentCpuUs / reads,
  };
};
const on = figures('on');
const off = figures('off');
const pct = (a: number, b: number) => `${(100 * (a / b - 1)).toFixed(1)} %`;
console.log(
  `${handle.dialect}: ${ORDER.length} passes (${ORDER.join(', ')}) of ${READS_PER_PASS} reads one after the other, then ${READS_PER_PASS} by ${CALLERS} callers at once; ${Number(auditRows.n)} audit rows written`,
);
console.log(
  '| audit | one at a time: mean ms | p50 ms | p95 ms | CPU µs per read | 16 at once: reads/s | CPU µs per read |',
);
console.log('|---|---|---|---|---|---|---|');
for (const [mode, f] of [
  ['on', on],
  ['off', off],
] as const) {
  console.log(
    `| ${mode} | ${f.mean.toFixed(3)} | ${f.p50.toFixed(3)} | ${f.p95.toFixed(3)} | ${f.cpuUs.toFixed(0)} | ${f.perSecond.toFixed(0)} | ${f.concurrentCpuUs.toFixed(0)} |`,
  );
}
console.log(
  `| cost | ${pct(on.mean, off.mean)} | ${pct(on.p50, off.p50)} | ${pct(on.p95, off.p95)} | ${pct(on.cpuUs, off.cpuUs)} | ${pct(off.perSecond, on.perSecond)} | ${pct(on.concurrentCpuUs, off.concurrentCpuUs)} |`,
);
await app.close();
await bench.close();
