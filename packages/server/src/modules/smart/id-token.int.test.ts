import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { appTokens, launchRequest, postToken } from '../../test-support/smart-app';

const FHIR = '/fhir/R4';

interface Jwks {
  keys: (JsonWebKey & { kid: string; alg: string; use: string })[];
}

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Verifies a compact JWS against a JWKS with node:crypto; its header and claims when the signature holds, else null. */
function verified(jwt: string, jwks: Jwks) {
  const [header = '', claims = '', signature = ''] = jwt.split('.');
  const head = decode(header) as { alg: string; kid: string; typ: string };
  const jwk = jwks.keys.find((k) => k.kid === head.kid);
  if (!jwk || head.alg !== 'RS256') return null;
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const ok = verify('sha256', Buffer.from(`${header}.${claims}`), key, Buffer.from(signature, 'base64url'));
  return ok ? { head, claims: decode(claims) as Record<string, unknown> } : null;
}

describe.each(TEST_DATABASES)('SMART openid fhirUser (id tokens) on $name', (kind) => {
  let t: TestApp;
  let clientId: string;
  let alexId: string;
  let alexUserId: string;
  const base = () => `${t.deps.config.publicUrl}${FHIR}`;
  const userIdOf = async (email: string) =>
    (await t.handle.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow())
      .id;
  const getJwks = async (): Promise<Jwks> => {
    const config = (await t.app.inject({ method: 'GET', url: '/.well-known/smart-configuration' })).json();
    const res = await t.app.inject({ method: 'GET', url: new URL(config.jwks_uri as string).pathname });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/jwk-set\+json/);
    return res.json();
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const admin = await t.login('admin@demo.clinic');
    const app = await t.call(admin, 'POST', '/api/smart-apps', {
      name: 'Who Am I',
      redirectUris: ['https://whoami.example/cb'],
    });
    expect(app.status).toBe(201);
    clientId = app.body.clientId;
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    alexUserId = await userIdOf('alex@demo.clinic');
  }, 60_000);
  afterAll(() => t.close());

  it('publishes issuer, jwks_uri, sso-openid-connect and the openid and fhirUser scopes', async () => {
    const config = (
      await t.app.inject({ method: 'GET', url: `${FHIR}/.well-known/smart-configuration` })
    ).json();
    expect(config.issuer).toBe(base());
    expect(config.jwks_uri).toBe(`${t.deps.config.publicUrl}/oauth/jwks`);
    expect(config.capabilities).toContain('sso-openid-connect');
    expect(config.scopes_supported).toEqual(expect.arrayContaining(['openid', 'fhirUser']));
    const jwks = await getJwks();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('answers openid fhirUser with an id token signed RS256 that the JWKS verifies, naming the patient', async () => {
    const answer = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'openid fhirUser patient/*.rs', {
      nonce: 'n-0S6_WzA2Mj',
    });
    expect(answer.scope).toBe('openid fhirUser patient/*.rs');
    const token = verified(answer.id_token!, await getJwks());
    expect(token).not.toBeNull();
    expect(token!.head).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const iat = Math.floor(TEST_NOW.getTime() / 1000);
    expect(token!.claims).toEqual({
      iss: base(),
      sub: alexUserId,
      aud: clientId,
      iat,
      exp: iat + 3600,
      fhirUser: `${base()}/Patient/${alexId}`,
      nonce: 'n-0S6_WzA2Mj',
    });
    // The fhirUser is a resource the app may read with its access token.
    const me = await t.app.inject({
      method: 'GET',
      url: `${FHIR}/Patient/${alexId}`,
      headers: { authorization: `Bearer ${answer.access_token}` },
    });
    expect(me.statusCode).toBe(200);
  });

  it('fails verification once a claim is changed, and signs every token with the one kept key', async () => {
    const jwks = await getJwks();
    const answer = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'openid fhirUser patient/*.rs');
    const [header, claims, signature] = answer.id_token!.split('.');
    const forged = { ...decode(claims!), fhirUser: `${base()}/Patient/someone-else` };
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    expect(verified(tampered, jwks)).toBeNull();
    const token = verified(answer.id_token!, jwks);
    expect(token!.claims).not.toHaveProperty('nonce');
    expect((await getJwks()).keys.map((k) => k.kid)).toEqual(jwks.keys.map((k) => k.kid));
  });

  it('gives no id token without openid, and no fhirUser claim without fhirUser', async () => {
    const plain = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'patient/*.rs');
    expect(plain).not.toHaveProperty('id_token');
    const openid = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'openid patient/*.rs');
    const token = verified(openid.id_token!, await getJwks());
    expect(token!.claims.sub).toBe(alexUserId);
    expect(token!.claims).not.toHaveProperty('fhirUser');
  });

  it('names a parent by their RelatedPerson for the child, and gives a new id token with a refreshed access token', async () => {
    const noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
    const answer = await appTokens(
      t,
      'sam.parent@demo.clinic',
      clientId,
      noahId,
      'openid fhirUser offline_access patient/*.rs',
    );
    const jwks = await getJwks();
    const fhirUser = String(verified(answer.id_token!, jwks)!.claims.fhirUser);
    expect(fhirUser.startsWith(`${base()}/RelatedPerson/${noahId}.`)).toBe(true);
    const doc = await t.login('dr.still@demo.clinic');
    const person = await t.app.inject({
      method: 'GET',
      url: fhirUser.replace(t.deps.config.publicUrl, ''),
      headers: { authorization: `Bearer ${doc}` },
    });
    expect(person.statusCode).toBe(200);
    expect(person.json().patient.reference).toBe(`Patient/${noahId}`);
    const renewed = await postToken(t, {
      grant_type: 'refresh_token',
      refresh_token: answer.refresh_token!,
      client_id: clientId,
    });
    expect(renewed.statusCode).toBe(200);
    const again = verified(renewed.json().id_token as string, jwks);
    expect(again!.claims).toMatchObject({ fhirUser, sub: await userIdOf('sam.parent@demo.clinic') });
  });

  it('names a clinician by their Practitioner, and gives the desk an id token without fhirUser', async () => {
    const jwks = await getJwks();
    const doctor = await appTokens(
      t,
      'dr.still@demo.clinic',
      clientId,
      null,
      'openid fhirUser user/Patient.rs',
    );
    const doctorId = await userIdOf('dr.still@demo.clinic');
    expect(verified(doctor.id_token!, jwks)!.claims).toMatchObject({
      sub: doctorId,
      fhirUser: `${base()}/Practitioner/${doctorId}`,
    });
    const practitioner = await t.app.inject({
      method: 'GET',
      url: `${FHIR}/Practitioner/${doctorId}`,
      headers: { authorization: `Bearer ${await t.login('dr.still@demo.clinic')}` },
    });
    expect(practitioner.statusCode).toBe(200);
    const desk = await appTokens(
      t,
      'frontdesk@demo.clinic',
      clientId,
      null,
      'openid fhirUser user/Patient.rs',
    );
    const claims = verified(desk.id_token!, jwks)!.claims;
    expect(claims.sub).toBe(await userIdOf('frontdesk@demo.clinic'));
    expect(claims).not.toHaveProperty('fhirUser');
  });

  it('tells the consent page what the app will learn of who allowed it', async () => {
    const identity = async (email: string, scope: string) => {
      const { handle } = await launchRequest(t, clientId, scope);
      const view = await t.call(await t.login(email), 'GET', `/api/smart/requests/${handle}`);
      expect(view.status).toBe(200);
      return view.body.identity as string;
    };
    expect(await identity('alex@demo.clinic', 'patient/Patient.rs')).toBe('none');
    expect(await identity('alex@demo.clinic', 'openid patient/Patient.rs')).toBe('login');
    expect(await identity('alex@demo.clinic', 'openid fhirUser patient/Patient.rs')).toBe('record');
    expect(await identity('sam.parent@demo.clinic', 'openid fhirUser patient/Patient.rs')).toBe('record');
    expect(await identity('dr.still@demo.clinic', 'openid fhirUser user/Patient.rs')).toBe('record');
    // The desk has no record of its own to name: it is told the login only.
    expect(await identity('frontdesk@demo.clinic', 'openid fhirUser user/Patient.rs')).toBe('login');
  });

  it('sends a bad nonce back to the app as invalid_request', async () => {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: 'https://whoami.example/cb',
      scope: 'openid fhirUser patient/*.rs',
      aud: base(),
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
      nonce: 'has a space',
    });
    const res = await t.app.inject({ method: 'GET', url: `/oauth/authorize?${query.toString()}` });
    expect(res.statusCode).toBe(302);
    const back = new URL(res.headers.location as string);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toMatch(/nonce/);
  });
});
