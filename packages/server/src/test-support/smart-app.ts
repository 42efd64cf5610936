import { createHash } from 'node:crypto';
import type { TestApp } from './test-app';

/** The PKCE verifier of the test launches, and its S256 challenge. */
export const TEST_VERIFIER = 'test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
export const TEST_CHALLENGE = createHash('sha256').update(TEST_VERIFIER).digest('base64url');

/** An app's form POST to the token endpoint (a code's exchange, a refresh). */
export function postToken(t: TestApp, form: Record<string, string>) {
  return t.app.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
  });
}

/** An admin registers an app (a public client): its client id. */
export async function registerSmartApp(t: TestApp, name: string, redirectUris: string[]): Promise<string> {
  const admin = await t.login('admin@demo.clinic');
  const r = await t.call(admin, 'POST', '/api/smart-apps', { name, redirectUris });
  if (r.status !== 201) throw new Error(`register → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.clientId as string;
}

/** The first redirect URI an app registered. */
async function redirectUriOf(t: TestApp, clientId: string): Promise<string> {
  const app = await t.handle.db
    .selectFrom('smart_apps')
    .select('redirect_uris_json')
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  return (JSON.parse(app.redirect_uris_json) as string[])[0]!;
}

/**
 * An app's `/oauth/authorize` request as a browser makes it, with good parameters (its first redirect URI) changed
 * by `over`, or left out where `over` gives undefined: the answer.
 */
export async function authorizeRequest(
  t: TestApp,
  clientId: string,
  scope: string,
  over: Record<string, string | undefined> = {},
) {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: await redirectUriOf(t, clientId),
    scope,
    aud: `${t.deps.config.publicUrl}/fhir/R4`,
    code_challenge: TEST_CHALLENGE,
    code_challenge_method: 'S256',
    ...over,
  };
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return t.app.inject({ method: 'GET', url: `/oauth/authorize?${query.toString()}` });
}

/** An app's launch (`/oauth/authorize`) as a browser makes it: the request's handle for the consent page. */
export async function launchRequest(
  t: TestApp,
  clientId: string,
  scope: string,
  extra: Record<string, string> = {},
): Promise<{ handle: string; redirectUri: string }> {
  const redirectUri = extra.redirect_uri ?? (await redirectUriOf(t, clientId));
  const launch = await authorizeRequest(t, clientId, scope, extra);
  return { handle: String(launch.headers.location).replace('/connect/', ''), redirectUri };
}

/**
 * A login allows a registered app's launch (authorize, consent): a patient login for one of its patients, a staff
 * login (`patientId` null) as itself; returns the redirect the browser is sent back with (its `code`), the redirect
 * URI used and the login's token.
 */
export async function allowLaunch(
  t: TestApp,
  email: string,
  clientId: string,
  patientId: string | null,
  scope: string,
  extra: Record<string, string> = {},
) {
  const { handle, redirectUri } = await launchRequest(t, clientId, scope, extra);
  const login = await t.login(email);
  const answer = await t.call(
    login,
    'POST',
    `/api/smart/requests/${handle}/decision`,
    patientId ? { allow: true, patientId } : { allow: true },
  );
  if (answer.status !== 200) throw new Error(`consent → ${answer.status} ${JSON.stringify(answer.body)}`);
  return { back: new URL(answer.body.redirectTo as string), redirectUri, login };
}

/** A patient login connects a registered app to one of its patients (launch, consent); returns the grant's id. */
export async function connectApp(
  t: TestApp,
  email: string,
  clientId: string,
  patientId: string,
  scope = 'patient/*.rs',
): Promise<string> {
  const { login } = await allowLaunch(t, email, clientId, patientId, scope);
  const grants = await t.call(login, 'GET', '/api/smart/connected-apps');
  return (grants.body.apps as { id: string; patientId: string }[]).find((g) => g.patientId === patientId)!.id;
}

/**
 * A login connects a registered app (launch, consent; a staff login with `patientId` null) and the app exchanges the
 * code: the token endpoint's answer as JSON. `extra` adds authorize parameters (a `nonce`).
 */
export async function appTokens(
  t: TestApp,
  email: string,
  clientId: string,
  patientId: string | null,
  scope = 'patient/*.rs',
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const { back, redirectUri } = await allowLaunch(t, email, clientId, patientId, scope, extra);
  const res = await postToken(t, {
    grant_type: 'authorization_code',
    code: back.searchParams.get('code') ?? '',
    redirect_uri: redirectUri,
    client_id: clientId,
    code_verifier: TEST_VERIFIER,
  });
  if (res.statusCode !== 200) throw new Error(`token → ${res.statusCode} ${res.body}`);
  return res.json();
}
