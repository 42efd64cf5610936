import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';

describe.each(TEST_DATABASES)('staff patient search on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let jose: string;
  let ana: string;
  const names = async (q: string) => {
    const r = await t.call(desk, 'GET', `/api/patients?q=${encodeURIComponent(q)}`);
    expect(r.status).toBe(200);
    return (r.body as { name: string }[]).map((p) => p.name);
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    const register = async (body: object) => {
      const r = await t.call(desk, 'POST', '/api/patients', { sex: 'male', ...body });
      if (r.status !== 201) throw new Error(JSON.stringify(r.body));
      return r.body.id as string;
    };
    jose = await register({
      givenName: 'José',
      familyName: 'Álvarez',
      birthDate: '1975-11-09',
      email: 'Jose.Alvarez@Example.org',
      phone: '+1 (330) 555-0177',
    });
    ana = await register({
      givenName: 'Ana',
      familyName: 'Joseph',
      birthDate: '1988-07-04',
      email: 'ana.j@example.org',
      phone: '330.555.0123',
      sex: 'female',
    });
    await register({ givenName: 'Percent', familyName: 'Underscore', birthDate: '1970-01-01' });
  });
  afterAll(() => t.close());

  it('by name prefix of the given or family name, any case, accents ignored', async () => {
    expect(await names('jos')).toEqual(['José Álvarez', 'Ana Joseph']);
    expect(await names('ALV')).toEqual(['José Álvarez']);
    expect(await names('álvarez')).toEqual(['José Álvarez']);
    expect(await names('riv')).toEqual(['Alex Rivera']);
    expect(await names('vera')).toEqual([]);
  });

  it('by two words, given and family in either order (a comma allowed)', async () => {
    expect(await names('jose alv')).toEqual(['José Álvarez']);
    expect(await names('Joseph, Ana')).toEqual(['Ana Joseph']);
    expect(await names('ana alv')).toEqual([]);
  });

  it('by date of birth as YYYY-MM-DD or the US MM/DD/YYYY', async () => {
    expect(await names('1975-11-09')).toEqual(['José Álvarez']);
    expect(await names('11/09/1975')).toEqual(['José Álvarez']);
    expect(await names('7/4/1988')).toEqual(['Ana Joseph']);
  });

  it('by phone in any formatting', async () => {
    expect(await names('3305550177')).toEqual(['José Álvarez']);
    expect(await names('(330) 555-0177')).toEqual(['José Álvarez']);
    expect(await names('1-330-555-0123')).toEqual(['Ana Joseph']);
    expect((await names('330 555')).sort()).toEqual(['Ana Joseph', 'José Álvarez']);
  });

  it('by email, any case, as a prefix', async () => {
    expect(await names('JOSE.ALVAREZ@example.org')).toEqual(['José Álvarez']);
    expect(await names('ana.j@')).toEqual(['Ana Joseph']);
  });

  it('wildcards typed in the box match nothing more', async () => {
    expect(await names('%')).toHaveLength(3 + 3); // no query left: everyone (3 demo patients, 3 registered here)
    // Taken as wildcards, these would find José and Joseph by "ose" inside their names.
    expect(await names('%ose')).toEqual([]);
    expect(await names('*ose')).toEqual([]);
    expect(await names('_ose')).toEqual([]);
    expect(await names('j*')).toEqual(['José Álvarez', 'Ana Joseph']);
  });

  it('every patient found is an audited read; a patient login may not search', async () => {
    await names('1975-11-09');
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', jose)
      .where('action', '=', 'demographics.read')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect((await t.call(await t.login('alex@demo.clinic'), 'GET', '/api/patients?q=ana')).status).toBe(403);
    expect(ana).toBeTruthy();
  });
});
