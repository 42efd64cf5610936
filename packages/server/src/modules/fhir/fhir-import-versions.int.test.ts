import { describe, expect, it } from 'vitest';
import { replaceOutsideObservation } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { advanceClock } from '../../test-support/test-app';
import { countRows, lastAuditId } from '../../test-support/db-rows';
import { expectValidFhir, fhirGet, fhirPost } from '../../test-support/fhir';
import {
  FHIR,
  chartWritesSince,
  outsideResultBundle,
  outsideResultClinic,
} from '../../test-support/outside-result';

/** A patient of another system and one glucose result, as the sender's version of it says. */
const ROSA = {
  fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000971',
  mrn: 'MRN-971',
  family: 'Resent',
  given: 'Rosa',
  birthDate: '1966-03-14',
};
const sent = (result: { status: string; value: number; lastUpdated?: string; issued?: string }) =>
  outsideResultBundle(ROSA, {
    identifier: 'GLU-1',
    name: 'Fasting glucose',
    effective: '2024-06-01T07:30:00Z',
    ...result,
  });

describe.each(TEST_DATABASES)('a result from another system sent again on $name', (kind) => {
  const clinic = outsideResultClinic(kind);
  const { importResult } = clinic;
  let location: string;

  /** The result as the FHIR API serves it (valid R4) and as the chart lists it. */
  const served = async () => {
    const read = await fhirGet(clinic.t, clinic.doc, `${FHIR}/${location}`);
    expect(read.status).toBe(200);
    expectValidFhir(read.body);
    const patient = read.body.subject.reference.replace('Patient/', '');
    const chart = (await clinic.t.call(clinic.doc, 'GET', `/api/patients/${patient}/outside-results`)).body
      .results;
    expect(chart).toHaveLength(1);
    return { fhir: read.body, chart: chart[0], etag: read.res.headers.etag as string };
  };

  it('keeps the same result once, replaces it by a corrected version, and never by an older one', async () => {
    const first = await importResult(
      sent({ status: 'final', value: 5.1, lastUpdated: '2024-06-01T09:00:00Z' }),
    );
    expect(first.status).toBe('201 Created');
    location = first.location;
    const v1 = await served();
    expect(v1.fhir).toMatchObject({ status: 'final', valueQuantity: { value: 5.1 } });

    // The same version again: the same answer, no write, no new version.
    advanceClock(clinic.t, 60_000);
    let since = await lastAuditId(clinic.t);
    const rows = await countRows(clinic.t, 'outside_observations');
    const again = await importResult(
      sent({ status: 'final', value: 5.1, lastUpdated: '2024-06-01T09:00:00Z' }),
    );
    expect(again).toEqual({ status: '200 OK', location });
    expect((await served()).fhir.meta).toEqual(v1.fhir.meta);
    expect(await chartWritesSince(clinic.t, since)).toEqual([]);
    expect(await countRows(clinic.t, 'outside_observations')).toBe(rows);

    // A corrected value, made later by the sender: it replaces the kept one, its version and time moving.
    advanceClock(clinic.t, 60_000);
    since = await lastAuditId(clinic.t);
    const corrected = await importResult(
      sent({ status: 'corrected', value: 5.4, lastUpdated: '2024-06-02T10:00:00Z' }),
    );
    expect(corrected).toEqual({ status: '200 OK', location });
    const v2 = await served();
    expect(v2.fhir).toMatchObject({ id: v1.fhir.id, status: 'corrected', valueQuantity: { value: 5.4 } });
    expect(v2.fhir.meta.versionId).not.toBe(v1.fhir.meta.versionId);
    expect(v2.etag).not.toBe(v1.etag);
    expect(v2.fhir.meta.lastUpdated > v1.fhir.meta.lastUpdated).toBe(true);
    expect(v2.chart).toMatchObject({ status: 'corrected', value: { kind: 'quantity', value: 5.4 } });
    const writes = await chartWritesSince(clinic.t, since);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ outcome: 'allowed' });
    expect(writes[0]!.detail).toContain('a corrected version from');
    expect(await countRows(clinic.t, 'outside_observations')).toBe(rows);

    // The first version arriving late (an earlier time by issued too): kept as is, a warning says why.
    advanceClock(clinic.t, 60_000);
    since = await lastAuditId(clinic.t);
    for (const old of [
      sent({ status: 'final', value: 5.1, lastUpdated: '2024-06-01T09:00:00Z' }),
      sent({ status: 'final', value: 5.1, issued: '2024-06-01T08:00:00+02:00' }),
    ]) {
      const stale = await importResult(old);
      expect(stale).toMatchObject({ status: '200 OK', location });
      expect(stale.outcome.issue[0]).toMatchObject({ severity: 'warning', expression: ['Observation'] });
      expect(stale.outcome.issue[0].diagnostics).toContain(
        'the kept version is newer (2024-06-02T10:00:00Z) than this one',
      );
    }
    // Without a time to tell, a final version does not replace a corrected one either.
    const undated = await importResult(sent({ status: 'final', value: 6.0 }));
    expect(undated.outcome.issue[0].diagnostics).toContain('the kept version is corrected');
    expect((await served()).fhir.meta).toEqual(v2.fhir.meta);
    expect(await chartWritesSince(clinic.t, since)).toEqual([]);
  });

  it('notes a later time of the same version, so a version made between them stays older', async () => {
    // The corrected version sent again with a later time: no new version, its time noted.
    const same = await importResult(
      sent({ status: 'corrected', value: 5.4, lastUpdated: '2024-06-04T10:00:00Z' }),
    );
    expect(same).toEqual({ status: '200 OK', location });
    const kept = await served();
    // An amended value the sender made on 3 June, before the time it last gave the kept one: not recorded.
    const between = await importResult(
      sent({ status: 'amended', value: 5.9, lastUpdated: '2024-06-03T10:00:00Z' }),
    );
    expect(between.outcome.issue[0].diagnostics).toContain('newer (2024-06-04T10:00:00Z)');
    expect((await served()).fhir.meta).toEqual(kept.fhir.meta);

    // An amended value with no time: as far along as corrected, so it replaces it.
    advanceClock(clinic.t, 60_000);
    const amended = await importResult(sent({ status: 'amended', value: 5.7 }));
    expect(amended).toEqual({ status: '200 OK', location });
    const v3 = await served();
    expect(v3.fhir).toMatchObject({ status: 'amended', valueQuantity: { value: 5.7 } });
    expect(v3.fhir.meta.versionId).not.toBe(kept.fhir.meta.versionId);

    // Two imports replacing it at once: the one that read an earlier version finds it moved and changes nothing.
    const row = await clinic.t.handle.db
      .selectFrom('outside_observations')
      .selectAll()
      .where('identifier_value', '=', 'GLU-1')
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(3);
    const next = {
      status: row.status,
      category_json: row.category_json,
      code_json: row.code_json,
      code_text: row.code_text,
      value_kind: row.value_kind,
      value_decimal: '9.9',
      effective: row.effective,
      imported_at: row.imported_at,
      imported_by: row.imported_by,
    };
    expect(await replaceOutsideObservation(clinic.t.handle.db, row.id, row.version - 1, next)).toBe(false);
    expect((await served()).fhir.meta).toEqual(v3.fhir.meta);
  });

  it('refuses a time that is not an instant, naming the element', async () => {
    const r = await fhirPost(
      clinic.t,
      clinic.admin,
      FHIR,
      sent({ status: 'final', value: 5.0, issued: '2024-06-05' }),
    );
    expect(r.status).toBe(400);
    expectValidFhir(r.body);
    expect(r.body.issue[0].expression[0]).toMatch(/^Bundle\.entry\[1\]\.resource\.issued/);
  });
});
