import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { plainPatientRow } from '../../../../scripts/test-support/patient-rows';
import type { DatabaseHandle } from '../connection';
import { sql } from 'kysely';
import { insertAudit } from './audit';
import { lastDemographicChange } from './fhir';
import { fhirPatientRecords } from './fhir-patients';
import { insertPatientIdentifiers } from './patient-identifiers';

const audit = (patientId: string, action: string, at: string, outcome = 'allowed') => ({
  at,
  user_id: null,
  role: 'front_desk',
  action,
  patient_id: patientId,
  resource_type: 'patient',
  resource_id: patientId,
  outcome,
});

describe.each(TEST_DATABASES)("a FHIR Patient's rows on $name", (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await kind.open();
    await handle.db.insertInto('patients').values(['none', 'one', 'three'].map(plainPatientRow)).execute();
    await insertPatientIdentifiers(
      handle.db,
      'one',
      [{ system: 'urn:b', value: '1' }],
      '2026-01-02T00:00:00Z',
    );
    await insertPatientIdentifiers(
      handle.db,
      'three',
      [
        { system: 'urn:b', value: '2' },
        { system: 'urn:a', value: '9' },
        { system: 'urn:b', value: '10' },
      ],
      '2026-01-02T00:00:00Z',
    );
    await insertAudit(handle.db, [
      audit('three', 'demographics.write', '2026-02-01T00:00:00Z'),
      audit('three', 'language.write', '2026-03-01T00:00:00Z'),
      // Neither a read, nor a refused write, nor another patient's write moves the last change.
      audit('three', 'demographics.read', '2026-04-01T00:00:00Z'),
      audit('three', 'demographics.write', '2026-05-01T00:00:00Z', 'denied'),
      audit('one', 'demographics.write', '2026-06-01T00:00:00Z'),
    ]);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('reads one patient by id in one statement as a search reads it: identifiers in order, last allowed write', async () => {
    const all = await fhirPatientRecords(handle.db, { ids: ['none', 'one', 'three'] });
    expect(all.map((r) => [r.row.id, r.changedAt, r.identifiers])).toEqual([
      ['none', null, []],
      ['one', '2026-06-01T00:00:00Z', [{ system: 'urn:b', value: '1' }]],
      [
        'three',
        '2026-03-01T00:00:00Z',
        [
          { system: 'urn:a', value: '9' },
          { system: 'urn:b', value: '10' },
          { system: 'urn:b', value: '2' },
        ],
      ],
    ]);
    for (const record of all) {
      expect(await fhirPatientRecords(handle.db, { ids: [record.row.id] })).toEqual([record]);
    }
    expect(await fhirPatientRecords(handle.db, { ids: ['nobody'] })).toEqual([]);
  });

  it("reads a patient's last change from the index of writes, not through every audit row of the patient", async () => {
    const { sql: text, parameters } = handle.db
      .selectFrom('patients')
      .select(lastDemographicChange)
      .where('patients.id', '=', 'three')
      .compile();
    const query = parameters.reduce<string>(
      (q, p, i) => q.replace(i === 0 && q.includes('$1') ? '$1' : '?', `'${String(p)}'`),
      text,
    );
    if (handle.dialect === 'postgres') await sql`set enable_seqscan = off`.execute(handle.db);
    const explain = handle.dialect === 'postgres' ? 'explain ' : 'explain query plan ';
    const plan = JSON.stringify((await sql.raw(explain + query).execute(handle.db)).rows);
    expect(plan).toContain('audit_demographic_change_idx');
  });
});
