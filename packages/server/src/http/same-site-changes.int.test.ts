import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../test-support/test-app';
import { expectValidFhir, warmFhirValidator } from '../test-support/fhir';
import { DEMO_PASSWORD } from '../seed/demo-clinic';

const FHIR_JSON = 'application/fhir+json';

describe.each(TEST_DATABASES)('changes sent with the session cookie (CSRF) on $name', (kind) => {
  let t: TestApp;
  let deskCookie: string;
  let n = 0;

  /** A new patient as the FHIR API takes it (a fresh MRN each time, so no duplicate is found). */
  const patient = () => ({
    resourceType: 'Patient',
    identifier: [{ system: 'urn:oid:2.16.840.1.113883.3.999.1', value: `csrf-${++n}` }],
    name: [{ use: 'official', family: 'Cookie', given: [`Casey${'x'.repeat(n)}`] }],
    gender: 'female',
    birthDate: '1980-04-02',
  });
  const postPatient = (headers: Record<string, string>, body: unknown = patient()) =>
    t.app.inject({
      method: 'POST',
      url: '/fhir/R4/Patient',
      cookies: { omt_session: deskCookie },
      headers: { accept: FHIR_JSON, ...headers },
      payload: JSON.stringify(body),
    });
  const own = () => t.deps.config.publicUrl;

  beforeAll(async () => {
    t = await startTestApp(kind);
    warmFhirValidator();
    const login = await t.call(null, 'POST', '/api/auth/login', {
      email: 'frontdesk@demo.clinic',
      password: DEMO_PASSWORD,
    });
    deskCookie = login.body.token;
  }, 60_000);
  afterAll(() => t.close());

  it('takes a FHIR write in application/fhir+json from the same origin, as JSON is taken', async () => {
    const sameOrigin: Record<string, string>[] = [
      { 'content-type': FHIR_JSON, 'sec-fetch-site': 'same-origin', origin: own() },
      { 'content-type': `${FHIR_JSON}; charset=utf-8`, origin: own() },
      { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      // Not a browser: no Origin and no Sec-Fetch-Site.
      { 'content-type': FHIR_JSON },
    ];
    for (const headers of sameOrigin) {
      const r = await postPatient(headers);
      expect(r.statusCode, `${JSON.stringify(headers)} ${r.body}`).toBe(201);
      expectValidFhir(r.json());
    }
  });

  it('refuses a FHIR write from another site, whatever its type, and one that is not JSON', async () => {
    const before = await t.handle.db.selectFrom('patients').select('id').execute();
    const refused: Record<string, string>[] = [
      { 'content-type': FHIR_JSON, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'content-type': FHIR_JSON, 'sec-fetch-site': 'same-site', origin: 'https://shop.clinic.example' },
      { 'content-type': FHIR_JSON, origin: 'https://evil.example' },
      { 'content-type': FHIR_JSON, origin: 'null' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'text/plain', 'sec-fetch-site': 'same-origin' },
      { 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of refused) {
      const r = await postPatient(headers);
      expect(r.statusCode, JSON.stringify(headers)).toBe(403);
      expect(r.json().resourceType).toBe('OperationOutcome');
      expectValidFhir(r.json());
    }
    expect(await t.handle.db.selectFrom('patients').select('id').execute()).toHaveLength(before.length);
  });

  it('holds the same rule on /api: a cross-site JSON change with the cookie is refused, a same-origin one taken', async () => {
    const login = await t.call(null, 'POST', '/api/auth/login', {
      email: 'alex@demo.clinic',
      password: DEMO_PASSWORD,
    });
    const logout = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        cookies: { omt_session: login.body.token },
        headers,
        payload: '{}',
      });
    const refused = await logout({ 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/another site/);
    expect((await t.call(login.body.token, 'GET', '/api/me')).status).toBe(200);
    const taken = await logout({
      'content-type': 'application/json',
      'sec-fetch-site': 'same-origin',
      origin: own(),
    });
    expect(taken.statusCode).toBe(200);
    expect((await t.call(login.body.token, 'GET', '/api/me')).status).toBe(401);
  });

  it('asks nothing of a Bearer token, which no other site can send', async () => {
    const token = await t.login('frontdesk@demo.clinic');
    const r = await t.app.inject({
      method: 'POST',
      url: '/fhir/R4/Patient',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': FHIR_JSON,
        'sec-fetch-site': 'cross-site',
        origin: 'https://app.example',
      },
      payload: JSON.stringify(patient()),
    });
    expect(r.statusCode, r.body).toBe(201);
  });
});
