import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { countRows } from '../../test-support/db-rows';
import { fhirPost } from '../../test-support/fhir';
import {
  FHIR,
  RESULTS,
  outsideResultBundle,
  outsideResultClinic,
  type SentResult,
} from '../../test-support/outside-result';

/** A patient of another system whose results name their sender in words, or do not. */
const NORA = {
  fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000975',
  mrn: 'MRN-975',
  family: 'Named',
  given: 'Nora',
  birthDate: '1971-09-02',
};
const VALLEY = 'Valley Medical Laboratory';
const sent = (result: Omit<SentResult, 'name' | 'effective'>) =>
  outsideResultBundle(NORA, { name: 'Potassium', effective: '2024-08-01T07:30:00Z', ...result });

describe.each(TEST_DATABASES)("the sending organisation's name of a result on $name", (kind) => {
  const clinic = outsideResultClinic(kind);
  const { importResult, chart } = clinic;
  /** The name the row keeps for the result the entry response located. */
  const stored = async (location: string) =>
    (
      await clinic.t.handle.db
        .selectFrom('outside_observations')
        .select('source_name')
        .where('id', '=', location.replace('Observation/ext-', ''))
        .executeTakeFirstOrThrow()
    ).source_name;
  const listed = async (identifier: string) => {
    const body = (await chart()) as { results: { id: string }[]; withdrawn: { id: string }[] };
    return [...body.results, ...body.withdrawn].find((r) => r.id === identifier);
  };
  let named: string;

  it('is stored and listed when its identifier names the organisation that issued it; none given, it is null', async () => {
    named = (await importResult(sent({ identifier: 'N-1', status: 'final', value: 4.1, assigner: VALLEY })))
      .location as string;
    const unnamed = (
      await importResult(
        sent({
          identifier: 'N-2',
          status: 'final',
          value: 4.4,
          performer: [{ reference: 'Practitioner/p-1', display: 'Dr. Ortiz' }],
        }),
      )
    ).location as string;
    expect(await stored(named)).toBe(VALLEY);
    expect(await stored(unnamed)).toBeNull();
    const id = (location: string) => location.replace('Observation/ext-', '');
    expect(await listed(id(named))).toMatchObject({ source: RESULTS, sourceName: VALLEY });
    expect(await listed(id(unnamed))).toMatchObject({ source: RESULTS, sourceName: null });
  });

  it('keeps the name when a later version gives none, takes a new one given, and keeps it when withdrawn', async () => {
    const id = named.replace('Observation/ext-', '');
    const corrected = await importResult(
      sent({ identifier: 'N-1', status: 'corrected', value: 4.2, lastUpdated: '2024-08-02T09:00:00Z' }),
    );
    expect(corrected.status).toBe('200 OK');
    expect(await listed(id)).toMatchObject({ value: { value: 4.2 }, sourceName: VALLEY });

    const performer = [{ reference: 'Organization/hill', display: 'Hill Regional Lab' }];
    await importResult(
      sent({
        identifier: 'N-1',
        status: 'amended',
        value: 4.3,
        lastUpdated: '2024-08-03T09:00:00Z',
        performer,
      }),
    );
    expect(await stored(named)).toBe('Hill Regional Lab');

    await importResult(
      sent({ identifier: 'N-1', status: 'entered-in-error', lastUpdated: '2024-08-04T09:00:00Z' }),
    );
    expect(await listed(id)).toMatchObject({
      withdrawnAs: 'entered-in-error',
      sourceName: 'Hill Regional Lab',
    });
  });

  it('refuses a name longer than 500 characters with a 400 naming the element, and saves nothing', async () => {
    const before = await countRows(clinic.t, 'outside_observations');
    const r = await fhirPost(
      clinic.t,
      clinic.admin,
      FHIR,
      sent({ identifier: 'N-3', status: 'final', value: 4.0, assigner: 'L'.repeat(501) }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.issue[0].expression).toEqual(['Bundle.entry[1].resource.identifier[0].assigner.display']);
    expect(r.body.issue[0].diagnostics).toMatch(/at most 500 characters/);
    expect(await countRows(clinic.t, 'outside_observations')).toBe(before);
  });

  it('refuses a malformed performer or assigner with a 400 naming it, never a 500', async () => {
    const malformed = (resource: object) => {
      const bundle = sent({ identifier: 'N-4', status: 'final', value: 4.0 });
      Object.assign(bundle.entry[1]!.resource, resource);
      return fhirPost(clinic.t, clinic.admin, FHIR, bundle);
    };
    for (const [resource, element] of [
      [{ performer: ['Valley'] }, /performer/],
      [{ performer: [null] }, /performer/],
      [{ performer: [{ reference: 'Organization/x', display: 7 }] }, /performer/],
      [{ identifier: [{ system: RESULTS, value: 'N-4', assigner: 'Valley' }] }, /identifier/],
      [{ identifier: [{ system: RESULTS, value: 'N-4', assigner: { display: ['Valley'] } }] }, /identifier/],
    ] as const) {
      const r = await malformed(resource);
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.issue[0].expression[0]).toMatch(element);
    }
  });
});
