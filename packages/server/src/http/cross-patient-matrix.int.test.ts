import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf } from '../test-support/factories';
import { operationsOf, sampleValid, type Operation } from '../test-support/openapi-fuzz';
import { connectApp } from '../test-support/smart-app';

/**
 * Path segments whose id names a patient's data, and the kind of record it is. A route with an id under any other
 * segment must be listed in NOT_PATIENT_DATA, so a new patient-scoped route cannot slip past the matrix unclassified.
 */
const PATIENT_DATA: Record<string, Kind> = {
  patients: 'patient',
  appointments: 'appointment',
  encounters: 'encounter',
  'care-plans': 'carePlan',
  documents: 'document',
  waitlist: 'waitlist',
  'check-ins': 'checkIn',
  'scheduled-check-ins': 'checkIn',
  'safety-tasks': 'safetyTask',
  exports: 'export',
  'connected-apps': 'grant',
  entries: 'sub',
  treatments: 'sub',
};
/** Body and query fields that name a patient's record. */
const PATIENT_FIELDS: Record<string, Kind> = {
  patientId: 'patient',
  appointmentId: 'appointment',
  encounterId: 'encounter',
};
/** Ids that name no patient's data: the catalogue, staff, schedules, jobs, a calendar feed's secret token. */
const NOT_PATIENT_DATA = new Set([
  'locations',
  'visit-types',
  'rooms',
  'providers',
  'closures',
  'time-off',
  'staff',
  'note-templates',
  'jobs',
  'calendar',
  'licensed-questionnaires',
  'articles',
  'measures',
  // Registered third-party apps, and an app's request for access (the record it names is in the body, patientId).
  'smart-apps',
  'requests',
]);
/** Patient-scoped routes whose success reads no record, so it needs no audited access (with the reason). */
const NO_RECORD_READ: Record<string, string> = {
  'GET /api/audit': 'the audit log itself (admin only): ids and outcomes, no record content',
};

type Kind =
  | 'patient'
  | 'appointment'
  | 'encounter'
  | 'carePlan'
  | 'document'
  | 'waitlist'
  | 'checkIn'
  | 'safetyTask'
  | 'export'
  | 'grant'
  | 'sub';
type Records = Partial<Record<Kind, string>>;

const PATIENT_LOGINS = ['alex@demo.clinic', 'sam.parent@demo.clinic', 'maria@demo.clinic'] as const;
const STAFF = [
  'admin@demo.clinic',
  'frontdesk@demo.clinic',
  'resident@demo.clinic',
  'dr.still@demo.clinic',
] as const;

/** The kinds of patient record an operation names in its path, query or body (empty: not patient-scoped). */
function scopeOf(op: Operation): { kinds: Kind[]; unclassified: string[] } {
  const segments = op.path.split('/');
  const kinds: Kind[] = [];
  const unclassified: string[] = [];
  segments.forEach((s, i) => {
    if (!/^\{\w+\}$/.test(s)) return;
    const before = segments[i - 1] ?? '';
    if (PATIENT_DATA[before]) kinds.push(PATIENT_DATA[before]);
    else if (!NOT_PATIENT_DATA.has(before)) unclassified.push(`${op.method} ${op.path} (${before})`);
  });
  const fields = [...op.query.map((q) => q.name), ...Object.keys(op.body?.properties ?? {})];
  for (const f of fields) if (PATIENT_FIELDS[f]) kinds.push(PATIENT_FIELDS[f]);
  return { kinds, unclassified };
}

/**
 * Every patient-scoped route of the OpenAPI document × every role, on Alex's records and on Noah's (Sam's child):
 * a patient reaches only their own and their children's (anyone else gets 401/403/404, audited), every answer that
 * reads or changes a record passed the audited gate, and no answer to a patient login carries another patient's
 * name, birth date or id.
 */
describe.each(TEST_DATABASES)('cross-patient matrix on $name', (kind) => {
  let t: TestApp;
  let ops: Operation[];
  const records: Record<'alex' | 'noah', Records> = { alex: {}, noah: {} };
  const patients: Record<string, { id: string; name: string; birth: string }> = {};
  const linked: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    ops = operationsOf(JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body));
    for (const p of await t.handle.db
      .selectFrom('patients')
      .select(['id', 'given_name', 'family_name', 'birth_date'])
      .execute())
      patients[p.given_name] = { id: p.id, name: `${p.given_name} ${p.family_name}`, birth: p.birth_date };
    linked['alex@demo.clinic'] = [patients.Alex!.id];
    linked['sam.parent@demo.clinic'] = [patients.Noah!.id];
    linked['maria@demo.clinic'] = [patients.Maria!.id];
    const desk = await t.login('frontdesk@demo.clinic');
    const app = await t.call(await t.login('admin@demo.clinic'), 'POST', '/api/smart-apps', {
      name: 'Matrix App',
      redirectUris: ['https://app.example/cb'],
    });
    for (const [who, email] of [
      ['alex', 'alex@demo.clinic'],
      ['noah', 'sam.parent@demo.clinic'],
    ] as const) {
      const r = records[who];
      r.patient = await patientIdOf(t, email);
      const visit = await bookFollowUp(t, email);
      r.appointment = visit.id;
      r.encounter = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
      const doc = await t.call(desk, 'POST', `/api/patients/${r.patient}/documents`, {
        title: 'MRI report',
        category: 'imaging_report',
        fileName: 'mri.pdf',
        contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
      });
      r.document = doc.body?.id;
      const wait = await t.call(desk, 'POST', '/api/waitlist', {
        patientId: r.patient,
        visitType: 'omt-follow-up',
        notBefore: '2026-07-06T00:00:00Z',
        notAfter: '2026-07-20T00:00:00Z',
      });
      r.waitlist = wait.body?.id;
      const plan = await t.call(
        await t.login('dr.still@demo.clinic'),
        'POST',
        `/api/patients/${r.patient}/care-plans`,
        {
          encounterId: r.encounter,
          diagnoses: ['M99.03'],
          goals: [{ goal: 'Walk 30 minutes without pain', targetDate: '2026-07-15' }],
          everyWeeks: 1,
          visits: 6,
          techniques: ['soft_tissue'],
          measures: [{ measure: 'nrs', due: ['baseline'] }],
          reEvaluationDate: '2026-07-06',
        },
      );
      r.carePlan = plan.body?.id;
      const queued = await t.call(
        await t.login(email),
        'POST',
        `/api/patients/${r.patient}/record/exports`,
        {},
      );
      r.export = queued.body?.id;
      r.grant = await connectApp(t, email, app.body.clientId as string, r.patient);
    }
  });
  afterAll(() => t.close());

  it('classifies every route with an id', () => {
    expect(ops.flatMap((op) => scopeOf(op).unclassified)).toEqual([]);
    expect(ops.filter((op) => scopeOf(op).kinds.length).length).toBeGreaterThan(40);
    // The records the matrix aims at exist, so a refusal is about who asks, not a missing record.
    for (const r of Object.values(records))
      expect(r).toMatchObject({
        document: expect.any(String),
        waitlist: expect.any(String),
        carePlan: expect.any(String),
        export: expect.any(String),
        grant: expect.any(String),
      });
  });

  /** One request naming the target's records everywhere the route takes a patient-scoped id. */
  function requestFor(op: Operation, target: Records) {
    const segments = op.path.split('/');
    const url = segments
      .map((s, i) => {
        if (!/^\{\w+\}$/.test(s)) return s;
        const k = PATIENT_DATA[segments[i - 1] ?? ''];
        return (k && target[k]) || 'nope';
      })
      .join('/');
    const query = op.query
      .filter((q) => q.required || PATIENT_FIELDS[q.name])
      .map((q) => {
        const k = PATIENT_FIELDS[q.name];
        return `${q.name}=${encodeURIComponent(String((k && target[k]) ?? sampleValid(q.schema)))}`;
      });
    const body: unknown = op.body ? sampleValid(op.body) : op.method === 'GET' ? undefined : {};
    if (body && typeof body === 'object' && !Array.isArray(body))
      for (const [field, k] of Object.entries(PATIENT_FIELDS))
        if (op.body?.properties?.[field] && target[k]) (body as Record<string, unknown>)[field] = target[k];
    return { url: url + (query.length ? `?${query.join('&')}` : ''), body };
  }

  /** The audit rows written since the last call (one query per request). */
  let cursor = 0;
  const newAuditRows = async () => {
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['id', 'user_id', 'patient_id', 'outcome'])
      .where('id', '>', cursor)
      .execute();
    for (const r of rows) cursor = Math.max(cursor, Number(r.id));
    return rows;
  };

  /** SQLite meets every role; PostgreSQL (the same handlers, the real driver) the strangers and the most limited staff. */
  const ROLES = {
    sqlite: [null, 'maria@demo.clinic', ...PATIENT_LOGINS.slice(0, 2), ...STAFF],
    postgres: [null, 'maria@demo.clinic', ...PATIENT_LOGINS.slice(0, 2), 'admin@demo.clinic'],
  }[kind.name];

  it('0 leaks: every patient-scoped route × every role', async () => {
    const leaks: string[] = [];
    const scoped = ops.filter((op) => scopeOf(op).kinds.length);
    // Strangers first, so their attempts meet the records as set up; owners and staff may change them after.
    await newAuditRows();
    for (const email of ROLES) {
      const token = email ? await t.login(email) : null;
      const userId = email ? await t.userId(email) : '';
      for (const [name, target] of Object.entries(records)) {
        const entitled =
          email !== null && (STAFF as readonly string[]).includes(email)
            ? true
            : email !== null && (linked[email] ?? []).includes(target.patient!);
        for (const op of scoped) {
          const { url, body } = requestFor(op, target);
          const res = await t.app.inject({
            method: op.method,
            url,
            headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            ...(body !== undefined ? { payload: body as object } : {}),
          });
          const label = `${email ?? 'no session'} → ${op.method} ${op.path} on ${name}'s records → ${res.statusCode}`;
          const rows = (email ? await newAuditRows() : []).filter(
            (r) => r.user_id === userId && r.patient_id === target.patient,
          );
          if (res.statusCode >= 500) leaks.push(`${label} ${res.body.slice(0, 160)}`);
          else if (!entitled) {
            const code = res.statusCode < 400 ? '' : (JSON.parse(res.body) as { code: string }).code;
            if (![401, 403, 404].includes(res.statusCode) && code !== 'validation_failed')
              leaks.push(`${label}: a stranger got past the gate (${code || 'success'})`);
            else if (email && res.statusCode === 403 && !rows.some((r) => r.outcome !== 'allowed')) {
              // Unaudited is right only for a refusal that never looked at the record: a role refusal, the same
              // answer as for a record that does not exist.
              const blind = requestFor(op, {});
              const missing = await t.app.inject({
                method: op.method,
                url: blind.url,
                headers: { accept: 'application/json', authorization: `Bearer ${token}` },
                ...(blind.body !== undefined ? { payload: blind.body as object } : {}),
              });
              if (missing.statusCode !== 403 || missing.body !== res.body)
                leaks.push(`${label}: a refusal that looked at the record is not audited`);
            }
          } else if (
            res.statusCode < 300 &&
            !NO_RECORD_READ[`${op.method} ${op.path}`] &&
            !rows.some((r) => r.outcome === 'allowed')
          )
            leaks.push(`${label}: answered without an audited access`);
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);

  it("no answer to a patient login carries another patient's name, birth date or id", async () => {
    const leaks: string[] = [];
    for (const email of PATIENT_LOGINS) {
      const token = await t.login(email);
      const own = linked[email]!;
      const foreign = Object.values(patients).filter((p) => !own.includes(p.id));
      const mine: Records =
        email === 'sam.parent@demo.clinic'
          ? records.noah
          : email === 'alex@demo.clinic'
            ? records.alex
            : { patient: own[0] };
      for (const op of ops.filter((o) => o.method === 'GET')) {
        const { url } = requestFor(op, mine);
        const res = await t.app.inject({
          method: 'GET',
          url,
          headers: { accept: 'application/json', authorization: `Bearer ${token}` },
        });
        if (res.statusCode >= 300) continue;
        for (const p of foreign)
          for (const mark of [p.id, p.name, p.birth])
            if (res.body.includes(mark))
              leaks.push(
                `${email} GET ${url} carries ${mark === p.id ? 'the id' : mark === p.name ? 'the name' : 'the birth date'} of ${p.name}`,
              );
      }
    }
    expect(leaks).toEqual([]);
  }, 60_000);
});
