import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { postToken } from '../../test-support/smart-app';
import { s256 } from './pkce';

const FHIR = '/fhir/R4';
const REDIRECT = 'https://app.example/callback';
const VERIFIER = 'v'.repeat(20) + '-0123456789abcdefghijklmnop._~';

describe.each(TEST_DATABASES)('SMART App Launch on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let alex: string;
  let alexId: string;
  let mariaId: string;
  let clientId: string;
  const base = () => `${t.deps.config.publicUrl}${FHIR}`;

  /** GET /oauth/authorize with the usual good parameters, overridden or left out (undefined). */
  const authorize = async (over: Record<string, string | undefined> = {}) => {
    const params: Record<string, string | undefined> = {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: REDIRECT,
      scope: 'launch/patient patient/Patient.rs patient/Appointment.read openid',
      state: 'st-123',
      aud: base(),
      code_challenge: s256(VERIFIER),
      code_challenge_method: 'S256',
      ...over,
    };
    const query = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
    );
    return t.app.inject({ method: 'GET', url: `/oauth/authorize?${query.toString()}` });
  };
  const handleOf = (location: string) => location.replace('/connect/', '');
  /** Authorize, then the patient's answer; returns the redirect the browser is sent to. */
  const consent = async (token: string, allow: boolean, patientId?: string, over = {}) => {
    const res = await authorize(over);
    expect(res.statusCode).toBe(302);
    const handle = handleOf(res.headers.location as string);
    const r = await t.call(token, 'POST', `/api/smart/requests/${handle}/decision`, { allow, patientId });
    expect(r.status).toBe(200);
    return new URL(r.body.redirectTo as string);
  };
  const exchange = (form: Record<string, string>) => postToken(t, form);
  const codeForm = (code: string, over: Record<string, string> = {}) => ({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    client_id: clientId,
    code_verifier: VERIFIER,
    ...over,
  });
  /** A fresh access token of Alex's for the scopes asked. */
  const tokenFor = async (scope: string, who = alex, patientId = alexId) => {
    const back = await consent(who, true, patientId, { scope });
    const res = await exchange(codeForm(back.searchParams.get('code')!));
    expect(res.statusCode).toBe(200);
    return res.json<{ access_token: string; scope: string; patient: string; refresh_token?: string }>();
  };
  const fhirGet = (token: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const auditRows = (action: string) =>
    t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    const r = await t.call(admin, 'POST', '/api/smart-apps', {
      name: 'Pain Diary',
      redirectUris: [REDIRECT, 'http://localhost:5555/cb'],
    });
    expect(r.status).toBe(201);
    clientId = r.body.clientId;
  }, 60_000);
  afterAll(() => t.close());

  it('publishes its SMART configuration and the CapabilityStatement security', async () => {
    for (const url of ['/.well-known/smart-configuration', `${FHIR}/.well-known/smart-configuration`]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json();
      expect(body.authorization_endpoint).toBe(`${t.deps.config.publicUrl}/oauth/authorize`);
      expect(body.token_endpoint).toBe(`${t.deps.config.publicUrl}/oauth/token`);
      expect(body.code_challenge_methods_supported).toEqual(['S256']);
      expect(body.capabilities).toEqual(
        expect.arrayContaining([
          'launch-standalone',
          'client-public',
          'context-standalone-patient',
          'permission-v2',
        ]),
      );
      expect(body.grant_types_supported).toEqual(['authorization_code', 'refresh_token']);
      expect(body.scopes_supported).toContain('offline_access');
    }
    const meta = (await t.app.inject({ method: 'GET', url: `${FHIR}/metadata` })).json();
    const security = meta.rest[0].security;
    expect(security.service[0].coding[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
      code: 'SMART-on-FHIR',
    });
    const uris = security.extension.find(
      (e: { url: string }) =>
        e.url === 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
    );
    expect(uris.extension).toContainEqual({
      url: 'token',
      valueUri: `${t.deps.config.publicUrl}/oauth/token`,
    });
  });

  it('answers an unknown app or an unregistered redirect URI itself, never redirecting', async () => {
    for (const res of [
      await authorize({ client_id: 'no-such-app' }),
      await authorize({ client_id: undefined }),
      await authorize({ redirect_uri: 'https://app.example/other' }),
      await authorize({ redirect_uri: `${REDIRECT}/` }),
    ]) {
      expect(res.statusCode).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.body).toContain('This app cannot connect');
    }
  });

  it.each([
    [{ code_challenge: undefined }, 'invalid_request', 'code_challenge'],
    [{ code_challenge_method: 'plain' }, 'invalid_request', 'S256'],
    [{ code_challenge_method: undefined }, 'invalid_request', 'S256'],
    [{ code_challenge: 'short' }, 'invalid_request', 'code_challenge'],
    [{ aud: 'https://elsewhere.example/fhir' }, 'invalid_request', 'aud'],
    [{ response_type: 'token' }, 'unsupported_response_type', 'code'],
    [{ scope: 'system/*.read openid' }, 'invalid_scope', 'user/'],
  ])('sends a faulty request %j back to the app with error=%s', async (over, error, words) => {
    const res = await authorize(over);
    expect(res.statusCode).toBe(302);
    const back = new URL(res.headers.location as string);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('error')).toBe(error);
    expect(back.searchParams.get('error_description')).toContain(words);
    expect(back.searchParams.get('state')).toBe('st-123');
  });

  it('names on the consent page only the types the login could let the app read', async () => {
    const view = async (token: string, scope: string) => {
      const handle = handleOf((await authorize({ scope })).headers.location as string);
      return (await t.call(token, 'GET', `/api/smart/requests/${handle}`)).body.access.read as string[];
    };
    const patient = await view(alex, 'patient/*.rs');
    expect(patient).toEqual(expect.arrayContaining(['Patient', 'Observation', 'AllergyIntolerance']));
    // The audit log and the locations' patient lists are staff's: a patient's app would be refused them.
    expect(patient).not.toContain('AuditEvent');
    expect(patient).not.toContain('Group');
    const desk = await view(await t.login('frontdesk@demo.clinic'), 'user/*.rs');
    expect(desk).toEqual(expect.arrayContaining(['Patient', 'Appointment', 'Group']));
    expect(desk).not.toContain('Observation');
    expect(desk).not.toContain('AuditEvent');
    expect(await view(await t.login('admin@demo.clinic'), 'user/*.rs')).toContain('AuditEvent');
  });

  it('shows the consent page what the app may read, and a denial goes back as access_denied', async () => {
    const res = await authorize();
    const handle = handleOf(res.headers.location as string);
    expect(res.headers.location).toMatch(/^\/connect\/[A-Za-z0-9_-]{43}$/);
    const view = await t.call(alex, 'GET', `/api/smart/requests/${handle}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      appName: 'Pain Diary',
      redirectOrigin: 'https://app.example',
      access: {
        read: ['Patient', 'Appointment'],
        change: [],
      },
      offline: false,
      patients: [{ id: alexId, name: 'Alex Rivera' }],
    });
    // A staff login answers as itself: the patient/ scopes (all this app asked for) are left out.
    const staff = await t.call(await t.login('dr.still@demo.clinic'), 'GET', `/api/smart/requests/${handle}`);
    expect(staff.status).toBe(200);
    expect(staff.body).toMatchObject({
      access: { read: [], change: [] },
      patients: [],
      leftOut: ['launch/patient', 'patient/Patient.rs', 'patient/Appointment.read'],
    });
    const denied = await t.call(alex, 'POST', `/api/smart/requests/${handle}/decision`, { allow: false });
    const back = new URL(denied.body.redirectTo);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('st-123');
    expect(back.searchParams.get('code')).toBeNull();
    expect((await t.call(alex, 'GET', `/api/smart/requests/${handle}`)).status).toBe(404);
  });

  it('audits each request it keeps with the app and the scopes asked (nobody is logged in yet); a refused one keeps nothing', async () => {
    const requests = () => t.handle.db.selectFrom('smart_authorizations').select(['id', 'scope']).execute();
    // A refused request's denied row: authorize-refusals.int.test.ts.
    const allowedRows = async () => (await auditRows('app.authorize')).filter((r) => r.outcome === 'allowed');
    const kept = (await requests()).length;
    const audited = (await allowedRows()).length;
    expect((await authorize({ code_challenge_method: 'plain' })).statusCode).toBe(302);
    expect((await authorize({ client_id: 'no-such-app' })).statusCode).toBe(400);
    expect(await requests()).toHaveLength(kept);
    expect(await allowedRows()).toHaveLength(audited);

    const handle = handleOf((await authorize()).headers.location as string);
    const rows = await allowedRows();
    expect(rows).toHaveLength(audited + 1);
    const row = rows.at(-1)!;
    const request = (await requests()).find((r) => r.id === row.resource_id);
    expect(request?.scope).toContain('patient/Patient.rs');
    expect(row).toMatchObject({
      user_id: null,
      role: null,
      patient_id: null,
      resource_type: 'smart.authorization',
      outcome: 'allowed',
      detail: `Pain Diary (${clientId}) asked for: ${request?.scope}`,
    });
    // The answer's row names the same request.
    await t.call(alex, 'POST', `/api/smart/requests/${handle}/decision`, { allow: false });
    expect((await auditRows('app.decline')).at(-1)).toMatchObject({ resource_id: row.resource_id });
  });

  it('refuses to allow for a patient the login may not act for (audited), or without naming one', async () => {
    const res = await authorize();
    const handle = handleOf(res.headers.location as string);
    const none = await t.call(alex, 'POST', `/api/smart/requests/${handle}/decision`, { allow: true });
    expect(none.status).toBe(400);
    expect(none.body.field).toBe('patientId');
    const other = await t.call(alex, 'POST', `/api/smart/requests/${handle}/decision`, {
      allow: true,
      patientId: mariaId,
    });
    expect(other.status).toBe(403);
    const denied = (await auditRows('app.connect')).filter((r) => r.outcome === 'denied');
    expect(denied.at(-1)).toMatchObject({ patient_id: mariaId, user_id: await t.userId('alex@demo.clinic') });
  });

  it('exchanges a code once, with its verifier, for a token of the granted scopes and patient', async () => {
    const back = await consent(alex, true, alexId);
    expect(back.searchParams.get('state')).toBe('st-123');
    const code = back.searchParams.get('code')!;
    const wrong = await exchange(codeForm(code, { code_verifier: 'w'.repeat(50) }));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringContaining('code_verifier'),
    });
    const otherUri = await exchange(codeForm(code, { redirect_uri: 'http://localhost:5555/cb' }));
    expect(otherUri.json().error).toBe('invalid_grant');
    const missing = await exchange({
      grant_type: 'authorization_code',
      code,
      client_id: clientId,
      redirect_uri: REDIRECT,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({
      error: 'invalid_request',
      error_description: 'code_verifier is required',
    });
    expect((await exchange(codeForm(code, { grant_type: 'password' }))).json().error).toBe(
      'unsupported_grant_type',
    );
    const stranger = await exchange(codeForm(code, { client_id: 'no-such-app' }));
    expect(stranger.statusCode).toBe(401);
    expect(stranger.json().error).toBe('invalid_client');

    const ok = await exchange(codeForm(code));
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    const token = ok.json();
    expect(token).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'launch/patient patient/Patient.rs patient/Appointment.read openid',
      patient: alexId,
    });
    // openid asked: an id token too (its claims and signature: id-token.int.test.ts).
    expect(token.id_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await fhirGet(token.access_token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(200);

    // Used twice: refused, and the token the code gave is withdrawn (RFC 6749 §4.1.2).
    const again = await exchange(codeForm(code));
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: 'code was already used',
    });
    expect((await fhirGet(token.access_token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(401);
  });

  it('refuses a code after it expired', async () => {
    const back = await consent(alex, true, alexId);
    t.clock.now = new Date(TEST_NOW.getTime() + 3 * 60_000);
    try {
      const late = await exchange(codeForm(back.searchParams.get('code')!));
      expect(late.statusCode).toBe(400);
      expect(late.json()).toMatchObject({ error: 'invalid_grant', error_description: 'code has expired' });
    } finally {
      t.clock.now = TEST_NOW;
    }
  });

  it("reads only the granted patient's data, only the types and interactions of the scopes, audited with the app", async () => {
    const { access_token: token } = await tokenFor('patient/Patient.rs patient/Appointment.rs');
    const alexUser = await t.userId('alex@demo.clinic');
    const own = await fhirGet(token, `${FHIR}/Patient/${alexId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(alexId);
    const read = (await auditRows('demographics.read')).at(-1);
    expect(read).toMatchObject({
      patient_id: alexId,
      user_id: alexUser,
      outcome: 'allowed',
      resource_id: alexId,
    });
    expect(read?.detail).toContain(`app Pain Diary (${clientId})`);

    const search = await fhirGet(token, `${FHIR}/Patient`);
    expect(search.json().entry.map((e: { resource: { id: string } }) => e.resource.id)).toEqual([alexId]);

    const other = await fhirGet(token, `${FHIR}/Patient/${mariaId}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().resourceType).toBe('OperationOutcome');
    const refused = (await auditRows('demographics.read')).at(-1);
    expect(refused).toMatchObject({ patient_id: mariaId, outcome: 'denied' });
    expect(refused?.detail).toContain('Pain Diary');
    expect((await fhirGet(token, `${FHIR}/Appointment?patient=${mariaId}`)).statusCode).toBe(403);

    const outside = await fhirGet(token, `${FHIR}/Encounter?patient=${alexId}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().issue[0].diagnostics).toContain('patient/Encounter.s');
    expect((await auditRows('app.scope')).at(-1)).toMatchObject({
      patient_id: alexId,
      resource_type: 'fhir.Encounter',
      outcome: 'denied',
    });
    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}/$everything`)).statusCode).toBe(403);
    expect((await fhirGet(token, `${FHIR}/Patient?_revinclude=Encounter:patient`)).statusCode).toBe(403);

    const write = await t.app.inject({
      method: 'PUT',
      url: `${FHIR}/Patient/${alexId}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
      payload: { resourceType: 'Patient', id: alexId },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().issue[0].diagnostics).toContain('update Patient');

    // A browser app on its own origin may read the answers (no credentials) after a preflight.
    expect(own.headers['access-control-allow-origin']).toBe('*');
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: `${FHIR}/Patient/${alexId}`,
      headers: { origin: 'https://app.example', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    // A SMART token is not a session: the REST API does not know it.
    const rest = await t.call(token, 'GET', '/api/me');
    expect(rest.status).toBe(401);
    expect(rest.res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await t.call(token, 'GET', `/api/patients/${alexId}/record`)).status).toBe(401);
  });

  it("lets a parent connect an app to a child's data only", async () => {
    const sam = await t.login('sam.parent@demo.clinic');
    const noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
    const res = await authorize();
    const view = await t.call(sam, 'GET', `/api/smart/requests/${handleOf(res.headers.location as string)}`);
    expect(view.body.patients).toEqual([{ id: noahId, name: expect.stringContaining('Noah') }]);
    const { access_token: token, patient } = await tokenFor('patient/*.rs', sam, noahId);
    expect(patient).toBe(noahId);
    expect((await fhirGet(token, `${FHIR}/Patient/${noahId}`)).statusCode).toBe(200);
    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(403);
  });

  it('lists connected apps and stops their tokens at once when revoked', async () => {
    const { access_token: token } = await tokenFor('patient/*.read');
    const list = await t.call(alex, 'GET', '/api/smart/connected-apps');
    expect(list.status).toBe(200);
    const mine = list.body.apps.find((a: { access: { read: string[] } }) =>
      a.access.read.includes('Encounter'),
    );
    expect(mine).toMatchObject({ appName: 'Pain Diary', patientId: alexId, patientName: 'Alex Rivera' });
    const sam = await t.login('sam.parent@demo.clinic');
    expect((await t.call(sam, 'DELETE', `/api/smart/connected-apps/${mine.id}`)).status).toBe(404);

    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(200);
    const revoke = await t.call(alex, 'DELETE', `/api/smart/connected-apps/${mine.id}`);
    expect(revoke.status).toBe(200);
    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(401);
    const after = await t.call(alex, 'GET', '/api/smart/connected-apps');
    expect(after.body.apps.map((a: { id: string }) => a.id)).not.toContain(mine.id);
    expect((await auditRows('app.connect')).at(-1)).toMatchObject({
      resource_id: mine.id,
      outcome: 'allowed',
    });
  });

  it('revokes a token at the revocation endpoint (RFC 7009), only for its own client', async () => {
    const { access_token: token } = await tokenFor('patient/Patient.rs');
    const revoke = (client: string) =>
      t.app.inject({
        method: 'POST',
        url: '/oauth/revoke',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ token, client_id: client }).toString(),
      });
    expect((await revoke('another-client')).statusCode).toBe(200);
    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(200);
    expect((await revoke(clientId)).statusCode).toBe(200);
    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(401);
  });

  it('gives a refresh token for offline_access, replaced at each use and ended by revoking the app', async () => {
    const first = await tokenFor('patient/Patient.rs offline_access');
    expect(first.scope).toBe('patient/Patient.rs offline_access');
    expect(first).toHaveProperty('refresh_token');
    const refresh = (token: string, client = clientId) =>
      postToken(t, { grant_type: 'refresh_token', refresh_token: token, client_id: client });
    const old = first.refresh_token!;
    expect((await refresh(old, 'another-client')).json().error).toBe('invalid_grant');
    const second = await refresh(old);
    expect(second.statusCode).toBe(200);
    const renewed = second.json();
    expect(renewed).toMatchObject({ token_type: 'Bearer', patient: alexId, scope: first.scope });
    expect(renewed.refresh_token).not.toBe(old);
    expect((await fhirGet(renewed.access_token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(200);
    expect((await refresh(old)).json()).toMatchObject({ error: 'invalid_grant' });
    // Without offline_access no refresh token is given.
    expect(await tokenFor('patient/Patient.rs')).not.toHaveProperty('refresh_token');

    // Disconnecting the app in the portal ends its refresh token too.
    const grants = (await t.call(alex, 'GET', '/api/smart/connected-apps')).body.apps as { id: string }[];
    for (const g of grants) {
      expect((await t.call(alex, 'DELETE', `/api/smart/connected-apps/${g.id}`)).status).toBe(200);
    }
    expect((await refresh(renewed.refresh_token)).json().error).toBe('invalid_grant');
  });

  it('lets only an admin register and remove apps; a removed app can neither start nor keep access', async () => {
    expect((await t.call(alex, 'GET', '/api/smart-apps')).status).toBe(403);
    const bad = await t.call(admin, 'POST', '/api/smart-apps', {
      name: 'Plain',
      redirectUris: ['http://app.example/cb'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('redirectUris.0');
    const taken = await t.call(admin, 'POST', '/api/smart-apps', {
      name: 'Copy',
      clientId,
      redirectUris: [REDIRECT],
    });
    expect(taken.status).toBe(409);
    const { access_token: token } = await tokenFor('patient/Patient.rs');
    expect((await t.call(admin, 'DELETE', `/api/smart-apps/${clientId}`)).status).toBe(200);
    expect((await fhirGet(token, `${FHIR}/Patient/${alexId}`)).statusCode).toBe(401);
    expect((await authorize()).statusCode).toBe(400);
    const apps = await t.call(admin, 'GET', '/api/smart-apps');
    expect(apps.body.apps.map((a: { clientId: string }) => a.clientId)).not.toContain(clientId);
  });
});
