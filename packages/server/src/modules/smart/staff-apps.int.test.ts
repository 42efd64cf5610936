import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { fhirGet } from '../../test-support/fhir';
import { appTokens, TEST_CHALLENGE } from '../../test-support/smart-app';

const REDIRECT = 'https://chart-helper.example/cb';

/** SMART `user/` scopes: a staff login lets an app act as them; a patient login's user/ scopes stay on one patient. */
describe.each(TEST_DATABASES)('SMART apps allowed by a staff login on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let clientId: string;
  let alexId: string;
  let mariaId: string;

  const auditRows = (action: string) =>
    t.handle.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
  /** Sends an authorization request as the app; the consent page's handle. */
  const request = async (scope: string) => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: REDIRECT,
      scope,
      state: 'st-9',
      aud: `${t.deps.config.publicUrl}/fhir/R4`,
      code_challenge: TEST_CHALLENGE,
      code_challenge_method: 'S256',
    });
    const res = await t.app.inject({ method: 'GET', url: `/oauth/authorize?${query.toString()}` });
    expect(res.statusCode).toBe(302);
    return String(res.headers.location).replace('/connect/', '');
  };
  /** The apps a staff login allowed to act as it that are not revoked. */
  const liveStaffGrants = async (userId: string) =>
    (
      await t.handle.db
        .selectFrom('smart_grants')
        .select('id')
        .where('user_id', '=', userId)
        .where('patient_id', 'is', null)
        .where('revoked_at', 'is', null)
        .execute()
    ).length;
  const staffToken = async (email: string, scope: string) =>
    (await appTokens(t, email, clientId, null, scope)).access_token!;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    const r = await t.call(admin, 'POST', '/api/smart-apps', {
      name: 'Chart Helper',
      redirectUris: [REDIRECT],
    });
    expect(r.status).toBe(201);
    clientId = r.body.clientId;
  }, 60_000);
  afterAll(() => t.close());

  it('advertises user/ scopes and permission-user', async () => {
    const body = (await t.app.inject({ method: 'GET', url: '/.well-known/smart-configuration' })).json();
    expect(body.scopes_supported).toEqual(expect.arrayContaining(['user/*.rs', 'user/*.read']));
    expect(body.capabilities).toContain('permission-user');
    // One page for managing apps, whoever allowed them (the web moves each login on to its own list).
    expect(body.management_endpoint).toBe(`${t.deps.config.publicUrl}/connected-apps`);
  });

  it('shows a staff login what it may allow, leaving out scopes tied to one patient', async () => {
    const handle = await request('launch/patient patient/Encounter.rs user/Patient.rs user/Observation.read');
    const still = await t.login('dr.still@demo.clinic');
    const view = await t.call(still, 'GET', `/api/smart/requests/${handle}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      appName: 'Chart Helper',
      access: { read: ['Patient', 'Observation'], change: [] },
      patients: [],
      leftOut: ['launch/patient', 'patient/Encounter.rs'],
      offline: false,
    });
    const onePatient = await t.call(still, 'POST', `/api/smart/requests/${handle}/decision`, {
      allow: true,
      patientId: alexId,
    });
    expect(onePatient.status).toBe(400);
    expect(onePatient.body.field).toBe('patientId');
  });

  it('sends the app invalid_scope when a staff login is asked only for patient/ scopes', async () => {
    const handle = await request('launch/patient patient/*.rs');
    const desk = await t.login('frontdesk@demo.clinic');
    const view = await t.call(desk, 'GET', `/api/smart/requests/${handle}`);
    expect(view.body.access).toEqual({ read: [], change: [] });
    const answer = await t.call(desk, 'POST', `/api/smart/requests/${handle}/decision`, { allow: true });
    const back = new URL(answer.body.redirectTo as string);
    expect(back.searchParams.get('error')).toBe('invalid_scope');
    expect(back.searchParams.get('error_description')).toContain('user/');
    expect(back.searchParams.get('state')).toBe('st-9');
    expect(back.searchParams.get('code')).toBeNull();
    expect((await t.call(desk, 'GET', `/api/smart/requests/${handle}`)).status).toBe(404);
  });

  it("lets a physician's app read any patient's data as the physician, within the user/ scopes, audited with the app", async () => {
    const answer = await appTokens(
      t,
      'dr.still@demo.clinic',
      clientId,
      null,
      'user/Patient.rs user/Observation.rs',
    );
    expect(answer.scope).toBe('user/Patient.rs user/Observation.rs');
    expect(answer).not.toHaveProperty('patient');
    const token = answer.access_token!;
    const stillId = await t.userId('dr.still@demo.clinic');

    for (const id of [alexId, mariaId]) {
      const read = await fhirGet(t, token, `/fhir/R4/Patient/${id}`);
      expect(read.status).toBe(200);
      expect(read.body.id).toBe(id);
      const row = (await auditRows('demographics.read')).at(-1);
      expect(row).toMatchObject({ patient_id: id, user_id: stillId, role: 'physician', outcome: 'allowed' });
      expect(row?.detail).toContain(`app Chart Helper (${clientId})`);
    }
    const search = await fhirGet(t, token, '/fhir/R4/Patient');
    const ids = (search.body.entry as { resource: { id: string } }[]).map((e) => e.resource.id);
    expect(ids).toEqual(expect.arrayContaining([alexId, mariaId]));
    expect((await fhirGet(t, token, `/fhir/R4/Observation?patient=${mariaId}`)).status).toBe(200);

    const encounter = await fhirGet(t, token, `/fhir/R4/Encounter?patient=${alexId}`);
    expect(encounter.status).toBe(403);
    expect(encounter.body.issue[0].diagnostics).toContain('user/Encounter.s');
    expect((await auditRows('app.scope')).at(-1)).toMatchObject({
      user_id: stillId,
      patient_id: null,
      resource_type: 'fhir.Encounter',
      outcome: 'denied',
    });
    // Not a session: the REST API does not know the token.
    expect((await t.call(token, 'GET', '/api/me')).status).toBe(401);
  });

  it("refuses a front desk login's app the clinical types its role may not read, whatever its scopes", async () => {
    const token = await staffToken('frontdesk@demo.clinic', 'user/*.rs');
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(200);
    for (const url of [`/fhir/R4/Observation?patient=${alexId}`, `/fhir/R4/Condition?patient=${alexId}`]) {
      const refused = await fhirGet(t, token, url);
      expect(refused.status).toBe(403);
      expect(refused.body.issue[0].diagnostics).toContain('your role may not read');
    }
  });

  it('lists a staff login its own apps, and revoking one stops its token at once (audited)', async () => {
    const token = await staffToken('resident@demo.clinic', 'user/Patient.rs offline_access');
    const resident = await t.login('resident@demo.clinic');
    const list = await t.call(resident, 'GET', '/api/smart/connected-apps');
    expect(list.status).toBe(200);
    expect(list.body.apps).toHaveLength(1);
    const [app] = list.body.apps;
    expect(app).toMatchObject({
      appName: 'Chart Helper',
      patientId: null,
      patientName: null,
      staffRole: 'resident',
      access: { read: ['Patient'], change: [] },
    });
    // Another login, staff or patient, neither sees nor revokes it.
    const still = await t.login('dr.still@demo.clinic');
    expect((await t.call(still, 'GET', '/api/smart/connected-apps')).body.apps).not.toContainEqual(
      expect.objectContaining({ id: app.id }),
    );
    expect((await t.call(still, 'DELETE', `/api/smart/connected-apps/${app.id}`)).status).toBe(404);
    const alex = await t.login('alex@demo.clinic');
    expect((await t.call(alex, 'DELETE', `/api/smart/connected-apps/${app.id}`)).status).toBe(404);

    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(200);
    expect((await t.call(resident, 'DELETE', `/api/smart/connected-apps/${app.id}`)).status).toBe(200);
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(401);
    expect((await t.call(resident, 'GET', '/api/smart/connected-apps')).body.apps).toEqual([]);
    expect((await auditRows('app.connect')).slice(-2)).toMatchObject([
      {
        resource_id: app.id,
        outcome: 'allowed',
        patient_id: null,
        detail: expect.stringContaining('allowed'),
      },
      {
        resource_id: app.id,
        outcome: 'allowed',
        patient_id: null,
        detail: expect.stringContaining('revoked'),
      },
    ]);
  });

  it("stops a staff login's tokens when the login is deactivated", async () => {
    const token = await staffToken('dr.kim@demo.clinic', 'user/Patient.rs');
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(200);
    const kimId = await t.userId('dr.kim@demo.clinic');
    expect((await t.call(admin, 'POST', `/api/staff/${kimId}/deactivate`)).status).toBe(200);
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(401);
    expect(await liveStaffGrants(kimId)).toBe(0);
  });

  it("stops a staff login's tokens when an admin changes the login's role", async () => {
    const token = await staffToken('frontdesk@demo.clinic', 'user/Patient.rs');
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(200);
    const deskId = await t.userId('frontdesk@demo.clinic');
    const desk = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (s: { id: string }) => s.id === deskId,
    );
    const changed = await t.call(admin, 'PUT', `/api/staff/${deskId}`, {
      displayName: desk.displayName,
      role: 'admin',
      credential: null,
      npi: null,
      supervisorId: null,
      locationIds: desk.locationIds,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(401);
    // Revoked, not only stopped: changing the role back does not bring the app back.
    expect(await liveStaffGrants(deskId)).toBe(0);
    const back = await t.call(admin, 'PUT', `/api/staff/${deskId}`, {
      displayName: desk.displayName,
      role: 'front_desk',
      credential: null,
      npi: null,
      supervisorId: null,
      locationIds: desk.locationIds,
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect((await fhirGet(t, token, `/fhir/R4/Patient/${alexId}`)).status).toBe(401);
  });

  it("keeps a patient login's user/ scopes on the chosen patient", async () => {
    const answer = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'user/Patient.rs');
    expect(answer).toMatchObject({ scope: 'user/Patient.rs', patient: alexId });
    expect((await fhirGet(t, answer.access_token!, `/fhir/R4/Patient/${alexId}`)).status).toBe(200);
    expect((await fhirGet(t, answer.access_token!, `/fhir/R4/Patient/${mariaId}`)).status).toBe(403);
    const search = await fhirGet(t, answer.access_token!, '/fhir/R4/Patient');
    expect((search.body.entry as { resource: { id: string } }[]).map((e) => e.resource.id)).toEqual([alexId]);
  });
});
