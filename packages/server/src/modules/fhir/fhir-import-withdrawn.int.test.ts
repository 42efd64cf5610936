import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { advanceClock } from '../../test-support/test-app';
import { countRows, lastAuditId } from '../../test-support/db-rows';
import { expectValidFhir, fhirGet } from '../../test-support/fhir';
import {
  FHIR,
  RESULTS,
  chartWritesSince,
  outsideResultBundle,
  outsideResultClinic,
  warningOf,
} from '../../test-support/outside-result';

/** A patient of another system and a potassium result, as the sender's version of it says. */
const WANDA = {
  fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000972',
  mrn: 'MRN-972',
  family: 'Withdrawn',
  given: 'Wanda',
  birthDate: '1971-09-02',
};
const sent = (result: { identifier: string; status: string; value?: number; lastUpdated?: string }) =>
  outsideResultBundle(WANDA, { name: 'Potassium', effective: '2024-07-01T07:30:00Z', ...result });

describe.each(TEST_DATABASES)('a result its sending system withdraws on $name', (kind) => {
  const clinic = outsideResultClinic(kind);
  const { importResult, chart, found } = clinic;

  it('withdraws a kept result: served as entered-in-error, listed apart on the chart, found only when asked for', async () => {
    const first = await importResult(
      sent({ identifier: 'K-1', status: 'final', value: 6.8, lastUpdated: '2024-07-01T09:00:00Z' }),
    );
    expect(first.status).toBe('201 Created');
    const location = first.location as string;
    const id = location.replace('Observation/', '');
    const before = await fhirGet(clinic.t, clinic.doc, `${FHIR}/${location}`);
    expect(await found('')).toEqual([id]);

    // A withdrawal the sender made before the kept version: the kept one stays.
    const stale = await importResult(
      sent({ identifier: 'K-1', status: 'entered-in-error', lastUpdated: '2024-07-01T08:00:00Z' }),
    );
    expect(warningOf(stale)).toContain('the kept version is newer (2024-07-01T09:00:00Z)');
    expect((await chart()).results).toHaveLength(1);

    // A withdrawal with no time and no value: it wins, the row kept with what it said.
    advanceClock(clinic.t, 120_000);
    const since = await lastAuditId(clinic.t);
    const rows = await countRows(clinic.t, 'outside_observations');
    const withdrawal = await importResult(sent({ identifier: 'K-1', status: 'entered-in-error' }));
    expect(withdrawal).toEqual({ status: '200 OK', location });
    expect(await countRows(clinic.t, 'outside_observations')).toBe(rows);
    const writes = await chartWritesSince(clinic.t, since);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.detail).toContain(`${RESULTS} withdraws it (entered-in-error), replacing version 1`);

    const read = await fhirGet(clinic.t, clinic.doc, `${FHIR}/${location}`);
    expect(read.status).toBe(200);
    expectValidFhir(read.body);
    expect(read.body).toMatchObject({ id, status: 'entered-in-error', valueQuantity: { value: 6.8 } });
    expect(read.body.meta.versionId).not.toBe(before.body.meta.versionId);
    expect(read.body.meta.lastUpdated > before.body.meta.lastUpdated).toBe(true);

    const listed = await chart();
    expect(listed.results).toEqual([]);
    expect(listed.withdrawn).toEqual([
      expect.objectContaining({
        id: id.replace('ext-', ''),
        name: 'Potassium',
        value: expect.objectContaining({ value: 6.8 }),
        withdrawnAs: 'entered-in-error',
        arrivedWithdrawn: false,
        withdrawnAt: read.body.meta.lastUpdated,
      }),
    ]);
    expect(listed.withdrawn[0]).not.toHaveProperty('status');

    // Searches leave it out unless their status asks for entered-in-error; $everything keeps it, withdrawn.
    expect(await found('')).toEqual([]);
    expect(await found(`&_id=${id}`)).toEqual([]);
    expect(await found('&status=final')).toEqual([]);
    expect(await found('&status=entered-in-error')).toEqual([id]);
    expect(await found('&status=final,entered-in-error')).toEqual([id]);
    const everything = await clinic.everything();
    expect(everything.status).toBe(200);
    expect(everything.body.entry.map((e: { resource: object }) => e.resource)).toEqual([
      expect.objectContaining({ id, status: 'entered-in-error' }),
    ]);
  });

  it('keeps it withdrawn: the withdrawal again adds nothing, and a copy of the old version is not recorded', async () => {
    const before = (await chart()).withdrawn;
    const since = await lastAuditId(clinic.t);
    const again = await importResult(sent({ identifier: 'K-1', status: 'entered-in-error' }));
    expect(again.status).toBe('200 OK');
    expect(again.outcome).toBeUndefined();
    const replay = await importResult(
      sent({ identifier: 'K-1', status: 'final', value: 6.8, lastUpdated: '2024-07-01T09:00:00Z' }),
    );
    expect(warningOf(replay)).toBe(
      'the sender withdrew this result (entered-in-error); this final one, with no later time to show it is ' +
        'newer, is not recorded',
    );
    expect(await chartWritesSince(clinic.t, since)).toEqual([]);
    expect(await chart()).toEqual({ results: [], withdrawn: before });
  });

  it('says in the CapabilityStatement how a withdrawn result is found', async () => {
    const r = await fhirGet(clinic.t, clinic.doc, `${FHIR}/metadata`);
    const observation = r.body.rest[0].resource.find((x: { type: string }) => x.type === 'Observation');
    const status = observation.searchParam.find((p: { name: string }) => p.name === 'status');
    expect(status.documentation).toContain(
      '(entered-in-error) or cancelled (cancelled) is found only by asking for that status',
    );
  });
});
