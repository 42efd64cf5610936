import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { countRows, lastAuditId } from '../../test-support/db-rows';
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

/** A patient of another system whose result the sender cancels (FHIR R4: never completed, its value unavailable). */
const CORA = {
  fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000974',
  mrn: 'MRN-974',
  family: 'Cancelled',
  given: 'Cora',
  birthDate: '1980-11-23',
};
const TAKEN = '2024-08-05T06:45:00Z';
const sent = (result: Omit<SentResult, 'name' | 'effective'>) =>
  outsideResultBundle(CORA, { name: 'Potassium', effective: TAKEN, ...result });

describe.each(TEST_DATABASES)('a result its sending system cancels on $name', (kind) => {
  const clinic = outsideResultClinic(kind);
  const { importResult, chart, found } = clinic;

  let location: string;

  it('withdraws a kept result: listed apart as cancelled, served as cancelled, found only when asked', async () => {
    const first = await importResult(
      sent({ identifier: 'C-1', status: 'final', value: 5.9, lastUpdated: '2024-08-05T09:00:00Z' }),
    );
    expect(first.status).toBe('201 Created');
    location = first.location as string;
    const id = location.replace('Observation/', '');
    expect(await found('')).toEqual([id]);

    // A cancellation the sender made before the kept version: the kept one stays current.
    const stale = await importResult(
      sent({ identifier: 'C-1', status: 'cancelled', lastUpdated: '2024-08-05T08:00:00Z' }),
    );
    expect(warningOf(stale)).toContain('the kept version is newer (2024-08-05T09:00:00Z)');
    expect((await chart()).results).toHaveLength(1);

    // Sent without its value, as a cancellation may be: it wins, the row keeping what the result said.
    const since = await lastAuditId(clinic.t);
    const rows = await countRows(clinic.t, 'outside_observations');
    const cancelled = await importResult(
      sent({ identifier: 'C-1', status: 'cancelled', lastUpdated: '2024-08-05T10:00:00Z' }),
    );
    expect(cancelled).toEqual({ status: '200 OK', location });
    expect(await countRows(clinic.t, 'outside_observations')).toBe(rows);
    expect((await chartWritesSince(clinic.t, since)).map((w) => w.detail)).toEqual([
      expect.stringContaining(`import: ${RESULTS} cancels it (cancelled), replacing version 1`),
    ]);

    const read = await fhirGet(clinic.t, clinic.doc, `${FHIR}/${location}`);
    expect(read.status).toBe(200);
    expectValidFhir(read.body);
    expect(read.body).toMatchObject({ id, status: 'cancelled', valueQuantity: { value: 5.9 } });

    const listed = await chart();
    expect(listed.results).toEqual([]);
    expect(listed.withdrawn).toEqual([
      expect.objectContaining({
        id: id.replace('ext-', ''),
        value: expect.objectContaining({ value: 5.9 }),
        withdrawnAs: 'cancelled',
        arrivedWithdrawn: false,
        withdrawnAt: '2024-08-05T10:00:00Z',
      }),
    ]);

    expect(await found('')).toEqual([]);
    expect(await found('&status=final')).toEqual([]);
    expect(await found('&status=entered-in-error')).toEqual([]);
    expect(await found('&status=cancelled')).toEqual([id]);
    const everything = await clinic.everything();
    expect(everything.status).toBe(200);
    expectValidFhir(everything.body);
    expect(everything.body.entry.map((e: { resource: object }) => e.resource)).toEqual([
      expect.objectContaining({ id, status: 'cancelled' }),
    ]);
  });

  it('keeps it cancelled against an undated copy of the original; a version made after it is current again', async () => {
    const replay = await importResult(sent({ identifier: 'C-1', status: 'final', value: 5.9 }));
    expect(warningOf(replay)).toBe(
      'the sender cancelled this result (cancelled); this final one, with no later time to show it is newer, ' +
        'is not recorded',
    );
    expect((await chart()).results).toEqual([]);

    const redone = await importResult(
      sent({ identifier: 'C-1', status: 'corrected', value: 4.6, lastUpdated: '2024-08-06T08:00:00Z' }),
    );
    expect(redone).toEqual({ status: '200 OK', location });
    expect(await chart()).toEqual({
      results: [
        expect.objectContaining({ status: 'corrected', value: expect.objectContaining({ value: 4.6 }) }),
      ],
      withdrawn: [],
    });
  });

  it('keeps a cancellation received before its result cancelled, so the original after it is not current', async () => {
    const first = await importResult(
      sent({ identifier: 'C-2', status: 'cancelled', lastUpdated: '2024-08-07T10:00:00Z' }),
    );
    expect(first.status).toBe('201 Created');
    const original = await importResult(
      sent({ identifier: 'C-2', status: 'preliminary', value: 6.2, lastUpdated: '2024-08-07T09:00:00Z' }),
    );
    expect(warningOf(original)).toContain('the kept version is newer (2024-08-07T10:00:00Z)');
    const { results, withdrawn } = await chart();
    expect(results.map((r: { value: { value: number } }) => r.value.value)).toEqual([4.6]);
    expect(withdrawn).toEqual([
      expect.objectContaining({
        value: null,
        effective: TAKEN,
        withdrawnAs: 'cancelled',
        arrivedWithdrawn: true,
        withdrawnAt: '2024-08-07T10:00:00Z',
      }),
    ]);
  });
});
