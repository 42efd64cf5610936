import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { DEMO_PASSWORD } from '../seed/demo-clinic';
import { bookFollowUp, openEncounter, patientIdOf } from '../test-support/factories';
import {
  casesFor,
  operationsOf,
  pick,
  seededRandom,
  type FuzzCase,
  type Operation,
} from '../test-support/openapi-fuzz';

/** `FUZZ_SEED=n` repeats a run (each failure names its seed); `FUZZ_CASES=n` draws more cases per route for a deep local run. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = Number(process.env.FUZZ_CASES ?? 0);
const ROLES = [
  'alex@demo.clinic',
  'sam.parent@demo.clinic',
  'frontdesk@demo.clinic',
  'dr.still@demo.clinic',
  'resident@demo.clinic',
  'admin@demo.clinic',
  null,
] as const;
/** SQLite gets every role with more cases per route; PostgreSQL a smaller pass (the handlers are the same code). */
const PASSES = {
  sqlite: { cases: CASES || 3, roles: ROLES },
  postgres: {
    cases: CASES || 2,
    roles: ROLES.filter((r) => r === null || r.startsWith('alex') || r.startsWith('frontdesk')),
  },
};

function hashOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Every route of the OpenAPI document, fuzzed as every role that can reach it: never a 5xx, every 4xx in one shape. */
describe.each(TEST_DATABASES)('OpenAPI fuzz on $name', (kind) => {
  let t: TestApp;
  let ops: Operation[];
  const realIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    ops = operationsOf(JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body));
    // Real ids for some path segments, so broken bodies get past the lookup to the handler's own checks.
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    realIds.appointments = visit.id;
    realIds.encounters = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    realIds.patients = await patientIdOf(t, 'alex@demo.clinic');
    realIds.locations = 'loc-cleveland';
    realIds['visit-types'] = 'omt-follow-up';
    realIds.providers = await t.userId('dr.still@demo.clinic');
    realIds.staff = await t.userId('dr.kim@demo.clinic');
  });
  afterAll(() => t.close());

  const idsFor = (op: Operation) => {
    const segments = op.path.split('/');
    const out: Record<string, string> = {};
    segments.forEach((s, i) => {
      const m = /^\{(\w+)\}$/.exec(s);
      const real = realIds[segments[i - 1] ?? ''];
      if (m && real) out[m[1]!] = real;
    });
    return out;
  };

  it('lists exactly the routes the app serves', () => {
    const missing = ops.filter(
      (op) => !t.app.hasRoute({ method: op.method, url: op.path.replace(/\{(\w+)\}/g, ':$1') }),
    );
    expect(missing.map((op) => `${op.method} ${op.path}`)).toEqual([]);
    expect(ops.length).toBeGreaterThan(100);
  });

  it('refuses a NUL character in a path id, a query value or a body field (400 naming it), never a 500', async () => {
    const cases: [string, 'GET' | 'POST' | 'PUT', string, unknown, string][] = [
      ['alex@demo.clinic', 'GET', '/api/patients/%00/record', undefined, 'id'],
      [
        'frontdesk@demo.clinic',
        'GET',
        `/api/appointments?patientId=${realIds.patients}%00`,
        undefined,
        'patientId',
      ],
      [
        'frontdesk@demo.clinic',
        'POST',
        '/api/waitlist',
        {
          patientId: 'x\u0000',
          visitType: 'consultation',
          notBefore: '2026-06-06T00:00:00Z',
          notAfter: '2026-06-20T00:00:00Z',
        },
        'patientId',
      ],
      [
        'dr.still@demo.clinic',
        'PUT',
        `/api/encounters/${realIds.encounters}/note-text`,
        { version: 0, hpi: 'x\u0000', assessment: '', plan: '', emNote: '' },
        'hpi',
      ],
    ];
    for (const [email, method, url, body, field] of cases) {
      const r = await t.call(await t.login(email), method, url, body);
      expect({ url, status: r.status, field: r.body?.field }).toEqual({ url, status: 400, field });
    }
  });

  it.each(PASSES[kind.name].roles)(
    'as %s: no 5xx, every refusal names its code (and its field when a field was at fault)',
    async (email) => {
      let token = email ? await t.login(email) : null;
      const failures: string[] = [];
      const fuzzed = new Set<string>();
      const statuses = new Map<number, number>();
      const send = (c: FuzzCase, op: Operation) =>
        t.app.inject({
          method: op.method,
          url: c.url,
          headers: {
            accept: 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(c.contentType ? { 'content-type': c.contentType } : {}),
          },
          ...(c.payload !== undefined ? { payload: c.payload } : {}),
        });
      for (const op of ops) {
        const rnd = seededRandom(SEED ^ hashOf(`${email}|${op.method} ${op.path}`));
        const all = casesFor(op, idsFor, rnd);
        // Without a session, a route that needs one is asked once (401); public routes get the whole draw.
        const cases = !email && !op.public ? all.slice(0, 1) : pick(all, PASSES[kind.name].cases, rnd);
        let baseRefusedField = false;
        for (const [i, c] of cases.entries()) {
          let res = await send(c, op);
          // A fuzzed logout may end this role's session: log in again and repeat the case.
          if (res.statusCode === 401 && email && !op.public) {
            token = await relogin(t, email);
            res = await send(c, op);
          }
          fuzzed.add(`${op.method} ${op.path}`);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const label = `${op.method} ${c.url.slice(0, 120)} [${c.what}] seed ${SEED}`;
          if (res.statusCode >= 500) {
            failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 200)}`);
            continue;
          }
          if (res.statusCode < 400) continue;
          let body: { code?: unknown; message?: unknown; field?: unknown };
          try {
            body = JSON.parse(res.body);
          } catch {
            failures.push(`${label} → ${res.statusCode} not JSON: ${res.body.slice(0, 100)}`);
            continue;
          }
          if (typeof body.code !== 'string' || typeof body.message !== 'string' || !body.message)
            failures.push(`${label} → ${res.statusCode} off the error shape: ${res.body.slice(0, 200)}`);
          else if (body.code === 'validation_failed') {
            if (typeof body.field !== 'string' || !body.field)
              failures.push(`${label} → validation_failed without a field`);
            else if (i === 0) baseRefusedField = true;
            else if (c.field && !baseRefusedField && body.field.split('.')[0] !== c.field.split('.')[0])
              failures.push(`${label} → names ${body.field}, not ${c.field}`);
          }
        }
      }
      if (process.env.FUZZ_STATS)
        console.log(email, JSON.stringify(Object.fromEntries([...statuses].sort())));
      expect(failures).toEqual([]);
      // No route is skipped: every operation in the document was asked at least once as this role.
      expect(ops.filter((op) => !fuzzed.has(`${op.method} ${op.path}`))).toEqual([]);
    },
    120_000,
  );
});

/** A fresh session for a role whose token a fuzzed logout ended (the test app caches tokens by email). */
async function relogin(t: TestApp, email: string): Promise<string> {
  const r = await t.call(null, 'POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
  if (r.status !== 200) throw new Error(`login ${email} → ${r.status}`);
  return r.body.token as string;
}
