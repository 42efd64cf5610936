// What checking each answer against its zod contract costs on hot reads (define-route.ts parses every 2xx JSON
// body with the endpoint's response schema): the mean of N requests through app.inject (routing, session, audit,
// handler, the check, serialization), and in the same run the mean of the check alone on the same bodies.
// Demo clinic on SQLite in memory. Usage: node --import tsx bench/response-contract.ts
import { API } from '@omt/contracts';
import { migrateToLatest, openDatabase } from '@omt/db';
import type { z } from 'zod';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { createSession } from '../packages/server/src/auth/sessions';
import { seedDemoIfEmpty } from '../packages/server/src/seed/demo-clinic';

const RUNS = 400;
const WARMUP = 40;

const handle = openDatabase({ dataDir: ':memory:' });
await migrateToLatest(handle);
const clock = () => new Date('2026-06-01T12:00:00Z');
await seedDemoIfEmpty(handle.db, clock);
const app = await buildApp({
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
});
const user = (email: string) =>
  handle.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
const desk = await createSession(handle.db, clock, (await user('frontdesk@demo.clinic')).id, 24);
const patient = await handle.db.selectFrom('patients').select('id').executeTakeFirstOrThrow();

const cases: { name: string; url: string; schema: z.ZodType }[] = [
  {
    name: 'availability, 2 weeks, every provider',
    url: '/api/availability?visitType=omt-follow-up&from=2026-06-02T00:00:00Z&to=2026-06-16T00:00:00Z',
    schema: API.availability.response,
  },
  { name: 'patient read', url: `/api/patients/${patient.id}`, schema: API.getPatient.response },
];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const c of cases) {
  const times: number[] = [];
  let body: unknown = null;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const res = await app.inject({ url: c.url, headers: { authorization: `Bearer ${desk}` } });
    if (i >= WARMUP) times.push(performance.now() - t0);
    if (res.statusCode !== 200) throw new Error(`${c.url} → ${res.statusCode} ${res.body}`);
    body = res.json();
  }
  const checks: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    if (!c.schema.safeParse(body).success) throw new Error(`${c.name}: the body fails its contract`);
    if (i >= WARMUP) checks.push(performance.now() - t0);
  }
  const request = mean(times);
  const check = mean(checks);
  console.log(
    `${c.name}: ${JSON.stringify(body).length} bytes; request ${request.toFixed(3)} ms with the check, ` +
      `check alone ${check.toFixed(3)} ms = ${((100 * check) / (request - check)).toFixed(1)} % over the request without it`,
  );
}
await app.close();
await handle.close();
