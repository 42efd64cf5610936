/**
 * `GET /oauth/authorize` (SMART standalone launch): checks the app, its exact redirect URI, PKCE (S256), the audience
 * and the scopes, keeps the request (with an OpenID `nonce`; audited as `app.authorize`) and sends the browser to the
 * consent page. An unknown app or redirect URI is answered here (never redirected); any other fault goes back to the
 * app as `error=` (RFC 6749 §4.1.2.1). Each refusal writes one `denied` row (`oauth-refusal.ts`).
 */
import { findSmartApp, insertSmartAuthorization, unitOfWork } from '@omt/db';
import type { AppDeps } from '../../context';
import { recordAudit } from '../../audit/audit';
import { newSecretToken } from '../../auth/sessions';
import { toInstant } from '../../clock';
import { fhirType } from '../fhir/resource-types';
import { S256_CHALLENGE } from './pkce';
import { grantScopes } from './scopes';
import { auditOAuthRefusal } from './oauth-refusal';

/** OpenID Connect's `nonce`, given back in the id token as sent: kept short and printable. */
const NONCE = /^[\x21-\x7e]{1,255}$/;

/** How long the patient has to log in and answer. */
const REQUEST_MINUTES = 15;

/**
 * The consent page of a request, in the web app (the handle is the only key to it): one address for every login, the
 * page shown is the logged-in role's (a patient's, or a staff member's).
 */
export const CONSENT_PAGE = '/connect/';

export type AuthorizeOutcome = { kind: 'refused'; message: string } | { kind: 'redirect'; location: string };

/** The redirect URI with the answer's parameters added (its own query kept). */
export function redirectWith(uri: string, params: Record<string, string | null | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url.toString();
}

export async function authorize(
  deps: AppDeps,
  query: Record<string, unknown>,
  fhirBase: string,
): Promise<AuthorizeOutcome> {
  const q = (name: string) => (typeof query[name] === 'string' ? query[name] : undefined);
  const clientId = q('client_id');
  // Every refusal is audited first (nobody is logged in yet: the row names the app and why).
  const refused = async <T extends AuthorizeOutcome>(reason: string, outcome: T): Promise<T> => {
    await auditOAuthRefusal(deps, { action: 'app.authorize', clientId, userId: null, reason });
    return outcome;
  };
  const app = clientId ? await findSmartApp(deps.db, clientId) : undefined;
  if (!app) {
    return refused(clientId ? 'client_id is not a registered app' : 'client_id is required', {
      kind: 'refused',
      message: 'This app is not registered with the clinic, so it cannot connect.',
    });
  }
  const redirectUri = q('redirect_uri');
  if (!redirectUri || !(JSON.parse(app.redirect_uris_json) as string[]).includes(redirectUri)) {
    return refused(redirectUri ? 'redirect_uri is not one the app registered' : 'redirect_uri is required', {
      kind: 'refused',
      message: 'The app asked to send you back to an address it has not registered with the clinic.',
    });
  }
  const state = q('state');
  const back = (error: string, description: string, more = '') =>
    refused(`${error}: ${description}${more}`, {
      kind: 'redirect',
      location: redirectWith(redirectUri, { error, error_description: description, state }),
    });
  if (q('response_type') !== 'code') return back('unsupported_response_type', 'response_type must be code');
  const challenge = q('code_challenge');
  if (!challenge) return back('invalid_request', 'code_challenge is required (PKCE)');
  if (q('code_challenge_method') !== 'S256')
    return back('invalid_request', 'code_challenge_method must be S256');
  if (!S256_CHALLENGE.test(challenge)) {
    return back('invalid_request', 'code_challenge must be 43 base64url characters (S256)');
  }
  if (q('aud')?.replace(/\/$/, '') !== fhirBase) return back('invalid_request', `aud must be ${fhirBase}`);
  const nonce = q('nonce');
  if (nonce !== undefined && !NONCE.test(nonce)) {
    return back('invalid_request', 'nonce must be 1 to 255 printable ASCII characters');
  }
  const granted = grantScopes(q('scope') ?? '', (type) => fhirType(type) !== undefined);
  if (!granted.resources.length) {
    return back(
      'invalid_scope',
      'scope must hold patient/ or user/ scopes on served types, e.g. patient/*.rs or user/Patient.rs',
      `; asked for ${JSON.stringify((q('scope') ?? '').slice(0, 200))}`,
    );
  }
  const handle = newSecretToken();
  const now = deps.clock();
  // A GET, so no route's unit of work: its own, with the audit row first, so the request is kept with it or not at
  // all. Nobody is logged in yet (the person does so on the consent page), so the row names the app and the scopes.
  await unitOfWork(deps.db, async () => {
    await recordAudit(deps.db, deps.clock, null, {
      action: 'app.authorize',
      patientId: null,
      resourceType: 'smart.authorization',
      resourceId: handle.hash,
      outcome: 'allowed',
      detail: `${app.name} (${app.client_id}) asked for: ${granted.scope}`,
    });
    await insertSmartAuthorization(deps.db, {
      id: handle.hash,
      client_id: app.client_id,
      redirect_uri: redirectUri,
      scope: granted.scope,
      state: state ?? null,
      nonce: nonce ?? null,
      code_challenge: challenge,
      created_at: toInstant(now),
      expires_at: toInstant(new Date(now.getTime() + REQUEST_MINUTES * 60_000)),
    });
  });
  return { kind: 'redirect', location: `${CONSENT_PAGE}${handle.token}` };
}
