import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { lastAuditId } from '../../test-support/db-rows';
import { expectValidFhir, fhirGet } from '../../test-support/fhir';
import {
  FHIR,
  RESULTS,
  chartWritesSince,
  outsideResultBundle,
  outsideResultClinic,
  warningOf,
  type SentResult,
} from '../../test-support/outside-result';

/** A patient of another system whose result's withdrawal reaches the clinic before the result (messages reordered). */
const ADA = {
  fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000973',
  mrn: 'MRN-973',
  family: 'Early',
  given: 'Ada',
  birthDate: '1968-03-14',
};
const TAKEN = '2024-07-01T07:30:00Z';
const sent = (result: Omit<SentResult, 'name'>) => outsideResultBundle(ADA, { name: 'Potassium', ...result });

describe.each(TEST_DATABASES)('a withdrawal received before its result on $name', (kind) => {
  const clinic = outsideResultClinic(kind);
  const { importResult, chart, found } = clinic;
  /** The result served by its id: valid R4. */
  const read = async (location: string) => {
    const r = await fhirGet(clinic.t, clinic.doc, `${FHIR}/${location}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expectValidFhir(r.body);
    return r.body;
  };

  let early: string;

  it('keeps it withdrawn as sent: never among the current results, served as entered-in-error, found only when asked', async () => {
    const since = await lastAuditId(clinic.t);
    const withdrawal = await importResult(
      sent({
        identifier: 'E-1',
        status: 'entered-in-error',
        effective: TAKEN,
        value: 3.1,
        lastUpdated: '2024-07-01T10:00:00Z',
      }),
    );
    expect(withdrawal.status).toBe('201 Created');
    early = withdrawal.location as string;
    const id = early.replace('Observation/', '');
    const writes = await chartWritesSince(clinic.t, since);
    expect(writes.map((w) => w.detail)).toContainEqual(
      expect.stringContaining(
        `import: a result from ${RESULTS} that arrived withdrawn (entered-in-error), kept withdrawn`,
      ),
    );

    expect(await chart()).toEqual({
      results: [],
      withdrawn: [
        expect.objectContaining({
          id: id.replace('ext-', ''),
          name: 'Potassium',
          value: expect.objectContaining({ kind: 'quantity', value: 3.1 }),
          effective: TAKEN,
          withdrawnAs: 'entered-in-error',
          arrivedWithdrawn: true,
          withdrawnAt: '2024-07-01T10:00:00Z',
        }),
      ],
    });
    expect(await read(early)).toMatchObject({
      id,
      status: 'entered-in-error',
      valueQuantity: { value: 3.1 },
      effectiveDateTime: TAKEN,
    });
    expect(await found('')).toEqual([]);
    expect(await found('&status=final')).toEqual([]);
    expect(await found('&status=entered-in-error')).toEqual([id]);
  });

  it('does not record the original arriving after it, older or undated, as current', async () => {
    const before = await chart();
    const since = await lastAuditId(clinic.t);
    const older = await importResult(
      sent({
        identifier: 'E-1',
        status: 'final',
        effective: TAKEN,
        value: 3.1,
        lastUpdated: '2024-07-01T09:00:00Z',
      }),
    );
    expect(older).toMatchObject({ status: '200 OK', location: early });
    expect(warningOf(older)).toBe(
      'the kept version is newer (2024-07-01T10:00:00Z) than this one (2024-07-01T09:00:00Z), which is not recorded',
    );
    const undated = await importResult(
      sent({ identifier: 'E-1', status: 'final', effective: TAKEN, value: 3.1 }),
    );
    expect(warningOf(undated)).toBe(
      'the sender withdrew this result (entered-in-error); this final one, with no later time to show it is ' +
        'newer, is not recorded',
    );
    expect(await chartWritesSince(clinic.t, since)).toEqual([]);
    expect(await chart()).toEqual(before);
    expect(await found('')).toEqual([]);
    expect((await read(early)).status).toBe('entered-in-error');
  });

  it('records a version the sender made after the withdrawal as current; withdrawn again, it was current here', async () => {
    const newer = await importResult(
      sent({
        identifier: 'E-1',
        status: 'corrected',
        effective: TAKEN,
        value: 3.4,
        lastUpdated: '2024-07-01T11:00:00Z',
      }),
    );
    expect(newer).toEqual({ status: '200 OK', location: early });
    const id = early.replace('Observation/', '');
    expect(await chart()).toEqual({
      results: [
        expect.objectContaining({ status: 'corrected', value: expect.objectContaining({ value: 3.4 }) }),
      ],
      withdrawn: [],
    });
    expect(await found('')).toEqual([id]);

    await importResult(
      sent({ identifier: 'E-1', status: 'entered-in-error', lastUpdated: '2024-07-01T12:00:00Z' }),
    );
    const { results, withdrawn } = await chart();
    expect(results).toEqual([]);
    expect(withdrawn).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ value: 3.4 }),
        withdrawnAs: 'entered-in-error',
        arrivedWithdrawn: false,
      }),
    ]);
  });

  it('keeps one that says neither the value nor when it was taken, served valid without them', async () => {
    const withdrawal = await importResult(sent({ identifier: 'E-2', status: 'entered-in-error' }));
    expect(withdrawal.status).toBe('201 Created');
    const served = await read(withdrawal.location as string);
    expect(served).toMatchObject({ status: 'entered-in-error', code: { text: 'Potassium' } });
    expect(served).not.toHaveProperty('valueQuantity');
    expect(served).not.toHaveProperty('effectiveDateTime');
    const listed = (await chart()).withdrawn.find(
      (r: { id: string }) => `Observation/ext-${r.id}` === withdrawal.location,
    );
    expect(listed).toMatchObject({ name: 'Potassium', value: null, effective: null, arrivedWithdrawn: true });

    // Against a withdrawal the sender gave no time, no version can show it is newer: the original is not recorded.
    const original = await importResult(
      sent({
        identifier: 'E-2',
        status: 'final',
        effective: TAKEN,
        value: 4.1,
        lastUpdated: '2024-07-02T08:00:00Z',
      }),
    );
    expect(warningOf(original)).toContain('the sender withdrew this result (entered-in-error)');
    expect((await chart()).results).toEqual([]);
  });
});
