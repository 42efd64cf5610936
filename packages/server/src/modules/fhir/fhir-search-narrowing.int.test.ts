import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { fhirGet } from '../../test-support/fhir';
import { bookFollowUp, openEncounter, submitIntake, treatRegions } from '../../test-support/factories';
import { fhirType, paramsOf } from './resource-types';
import { compileParam } from './search-params';

const FHIR = '/fhir/R4';

/** Types whose readers narrow `date` (and Appointment's `status`) in SQL, and the date each resource is found by. */
const NARROWED: Record<string, (r: any) => string> = {
  Appointment: (r) => r.start,
  Encounter: (r) => r.period.start,
  Procedure: (r) => r.performedDateTime,
  Observation: (r) => r.effectiveDateTime,
};

describe.each(TEST_DATABASES)('FHIR date and status narrowed in SQL, results unchanged, on $name', (kind) => {
  let t: TestApp;
  let doc: string;

  /** Every resource a search finds, following its `next` links. */
  const found = async (url: string) => {
    const all: { id: string }[] = [];
    let next: string | undefined = url;
    while (next) {
      const r = await fhirGet(t, doc, next);
      expect(r.status, next).toBe(200);
      all.push(...(r.body.entry ?? []).map((e: { resource: { id: string } }) => e.resource));
      next = r.body.link.find((l: { relation: string }) => l.relation === 'next')?.url;
    }
    return all;
  };
  const ids = async (url: string) => (await found(url)).map((r) => r.id).sort();
  /** Every resource of the type, unnarrowed. */
  const everything = (type: string) => found(`${FHIR}/${type}?_count=100`);
  /** What matching every resource in memory (the search's own predicates, as before any narrowing) gives. */
  const inMemory = (type: string, all: { id: string }[], query: [string, string][]) => {
    const def = fhirType(type)!;
    const tests = query.map(([name, value]) =>
      compileParam(
        paramsOf(def).find((p) => p.name === name)!,
        value,
      ),
    );
    return all
      .filter((r) => tests.every((test) => test(r as never)))
      .map((r) => r.id)
      .sort();
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    doc = await t.login('dr.still@demo.clinic');
    const alex = await t.login('alex@demo.clinic');
    for (const regions of [['lumbar'], ['lumbar', 'cervical']] as const) {
      const visit = await bookFollowUp(t, 'alex@demo.clinic');
      expect((await submitIntake(t, alex, visit.id)).status).toBe(201);
      const encounter = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
      await treatRegions(t, 'dr.still@demo.clinic', encounter, [...regions]);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('answers date searches exactly as matching every resource does, at and around each stored instant', async () => {
    for (const [type, dateOf] of Object.entries(NARROWED)) {
      const all = await everything(type);
      expect(all.length, `${type} has data`).toBeGreaterThan(0);
      const instant = dateOf(all[0]);
      const day = instant.slice(0, 10);
      const queries: [string, string][][] = [
        [['date', instant]],
        [['date', `gt${instant}`]],
        [['date', `ge${instant}`]],
        [['date', `lt${instant}`]],
        [['date', `le${instant}`]],
        [['date', day]],
        [['date', instant.slice(0, 7)]],
        [
          ['date', `ge${day}`],
          ['date', `lt${day}T23:59:59Z`],
        ],
        [['date', `lt2000-01-01,ge${day}`]],
        [['date', 'le9999-12-31']],
        [['date', 'ge1000']],
      ];
      for (const query of queries) {
        const url = `${FHIR}/${type}?${query.map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('&')}`;
        expect(await ids(url), url).toEqual(inMemory(type, all, query));
      }
    }
  });

  it('answers Observation _lastUpdated searches (with date too) exactly as matching every resource does', async () => {
    const all = await everything('Observation');
    const instant = (all[0] as unknown as { meta: { lastUpdated: string } }).meta.lastUpdated;
    const queries: [string, string][][] = [
      [['_lastUpdated', instant]],
      [['_lastUpdated', `gt${instant}`]],
      [['_lastUpdated', `ge${instant}`]],
      [['_lastUpdated', `lt${instant}`]],
      [['_lastUpdated', `le${instant.slice(0, 10)}`]],
      [
        ['_lastUpdated', `ge${instant.slice(0, 7)}`],
        ['date', `lt${instant}`],
      ],
    ];
    for (const query of queries) {
      const url = `${FHIR}/Observation?${query.map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('&')}`;
      expect(await ids(url), url).toEqual(inMemory('Observation', all, query));
    }
  });

  it('answers Appointment status searches exactly as matching every resource does', async () => {
    const all = await everything('Appointment');
    const statuses = new Set(all.map((a) => (a as unknown as { status: string }).status));
    expect(statuses.size).toBeGreaterThan(1);
    const queries: [string, string][][] = [
      [['status', 'booked']],
      [['status', 'fulfilled,cancelled']],
      [
        ['status', 'booked,pending'],
        ['status', 'pending'],
      ],
      [['status', '|booked']],
      [['status', 'noshow']],
      [
        ['status', 'booked'],
        ['date', 'ge2026-01-01'],
      ],
    ];
    for (const query of queries) {
      const url = `${FHIR}/Appointment?${query.map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('&')}`;
      expect(await ids(url), url).toEqual(inMemory('Appointment', all, query));
    }
  });
});
