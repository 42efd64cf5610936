/**
 * The token endpoint's work: an authorization code (with its PKCE verifier) becomes an access token, once; with
 * `offline_access` also a refresh token, which is replaced at each use (a used one is refused); with `openid` an id
 * token (`id-token.ts`); revoking a token (RFC 7009). Codes and tokens are stored as SHA-256 hashes only.
 */
import {
  claimSmartCode,
  deleteSmartToken,
  findLiveSmartToken,
  findSmartApp,
  findSmartCode,
  findSmartGrant,
  insertSmartToken,
  revokeSmartGrant,
  unitOfWork,
  type SmartGrantRow,
} from '@omt/db';
import type { AppDeps } from '../../context';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { toInstant } from '../../clock';
import { OAuthError } from './oauth-error';
import { s256, VERIFIER } from './pkce';
import { grantScopes } from './scopes';
import { idTokenFor, type IdTokenGrant } from './id-token';
import { recordAudit } from '../../audit/audit';

/** Every app token starts so: a session's token (never so) is not looked up among them. */
export const SMART_TOKEN_PREFIX = 'smart.';

/** How long an access token works. */
export const ACCESS_TOKEN_SECONDS = 3600;
/** How long a refresh token works unused (each use gives a new one; revoking the app ends it at once). */
const REFRESH_TOKEN_DAYS = 90;

export interface TokenAnswer {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  /** The patient of a patient login's grant; absent for a staff login's, which acts as that login. */
  patient?: string;
  refresh_token?: string;
  /** With `openid`: who allowed the app, signed (OpenID Connect). */
  id_token?: string;
}

type Form = Record<string, string | undefined>;

function required(form: Form, name: string): string {
  const value = form[name];
  if (!value) throw new OAuthError('invalid_request', `${name} is required`);
  return value;
}

/** The answer with the grant's id token added when it holds `openid`. */
async function withIdToken(
  deps: AppDeps,
  fhirBase: string,
  answer: TokenAnswer,
  grant: IdTokenGrant,
  nonce: string | null,
): Promise<TokenAnswer> {
  const idToken = await idTokenFor(deps, fhirBase, grant, nonce);
  return idToken ? { ...answer, id_token: idToken } : answer;
}

/** POST /oauth/token: `authorization_code` or `refresh_token`; `fhirBase` is the id token's issuer. */
export async function issueToken(deps: AppDeps, form: Form, fhirBase: string): Promise<TokenAnswer> {
  const grantType = required(form, 'grant_type');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    throw new OAuthError('unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  }
  const clientId = required(form, 'client_id');
  if (grantType === 'refresh_token') {
    const renewed = await refresh(deps, clientId, required(form, 'refresh_token'));
    return withIdToken(deps, fhirBase, renewed.answer, renewed.grant, null);
  }
  const code = required(form, 'code');
  const redirectUri = required(form, 'redirect_uri');
  const verifier = required(form, 'code_verifier');
  if (!(await findSmartApp(deps.db, clientId))) {
    throw new OAuthError('invalid_client', 'client_id is not a registered app');
  }
  const at = toInstant(deps.clock());
  const row = await findSmartCode(deps.db, tokenHash(code));
  if (!row) throw new OAuthError('invalid_grant', 'code is not known for this client');
  const grant = row.grant_id ? await findSmartGrant(deps.db, row.grant_id) : undefined;
  // The login the code was given for, named by the audit row of any refusal below.
  const refused = (description: string) =>
    new OAuthError('invalid_grant', description, grant?.user_id ?? null);
  if (row.client_id !== clientId) throw refused('code is not known for this client');
  if (row.code_used_at) await usedTwice(deps, row.grant_id, at, grant?.user_id ?? null);
  if (!row.code_expires_at || row.code_expires_at <= at) throw refused('code has expired');
  if (row.redirect_uri !== redirectUri) {
    throw refused('redirect_uri is not the one of the authorization request');
  }
  if (!VERIFIER.test(verifier) || s256(verifier) !== row.code_challenge) {
    throw refused('code_verifier does not match the code_challenge');
  }
  if (!grant || grant.revoked_at) throw refused('the access was revoked');
  const answer = await audited(
    deps,
    'app.token',
    grant.id,
    `${clientId}: code exchanged for ${grant.scope}`,
    async () => ((await claimSmartCode(deps.db, row.id, at)) ? tokensFor(deps, grant) : null),
  );
  if (!answer) return usedTwice(deps, grant.id, at, grant.user_id);
  return withIdToken(deps, fhirBase, answer, grant, row.nonce);
}

/** A refresh token (of this client, live, its grant not revoked) for a new access token and a new refresh token. */
async function refresh(
  deps: AppDeps,
  clientId: string,
  token: string,
): Promise<{ answer: TokenAnswer; grant: IdTokenGrant }> {
  const hash = tokenHash(token);
  const row = await findLiveSmartToken(deps.db, hash, 'refresh', toInstant(deps.clock()));
  if (!row || row.client_id !== clientId) {
    throw new OAuthError(
      'invalid_grant',
      'refresh_token is unknown, expired or revoked',
      row?.user_id ?? null,
    );
  }
  const answer = await audited(
    deps,
    'app.token',
    row.grant_id,
    `${clientId}: refreshed ${row.scope}`,
    async () => {
      if (!(await deleteSmartToken(deps.db, hash))) return null;
      return tokensFor(deps, { id: row.grant_id, scope: row.scope, patient_id: row.patient_id });
    },
  );
  if (!answer) throw new OAuthError('invalid_grant', 'refresh_token was already used', row.user_id);
  return { answer, grant: row };
}

/** A new access token for a grant, and a refresh token when the grant holds `offline_access`. */
async function tokensFor(
  deps: AppDeps,
  grant: Pick<SmartGrantRow, 'id' | 'scope' | 'patient_id'>,
): Promise<TokenAnswer> {
  const now = deps.clock();
  const store = async (kind: 'access' | 'refresh', seconds: number) => {
    const { token, hash } = newSecretToken(SMART_TOKEN_PREFIX);
    await insertSmartToken(deps.db, {
      id: hash,
      grant_id: grant.id,
      kind,
      created_at: toInstant(now),
      expires_at: toInstant(new Date(now.getTime() + seconds * 1000)),
    });
    return token;
  };
  const access = await store('access', ACCESS_TOKEN_SECONDS);
  const offline = grantScopes(grant.scope, () => true).offline;
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
    scope: grant.scope,
    ...(grant.patient_id ? { patient: grant.patient_id } : {}),
    ...(offline ? { refresh_token: await store('refresh', REFRESH_TOKEN_DAYS * 86_400) } : {}),
  };
}

/**
 * A change by an app's request, one unit of work with its audit row first (no patient data: the app's later reads
 * are audited each); a work answering null changed nothing, and its row goes with it.
 */
async function audited<T>(
  deps: AppDeps,
  action: string,
  grantId: string,
  detail: string,
  work: () => Promise<T | null>,
): Promise<T | null> {
  return unitOfWork(deps.db, async () => {
    await recordAudit(deps.db, deps.clock, null, {
      action,
      patientId: null,
      resourceType: 'smart.grant',
      resourceId: grantId,
      outcome: 'allowed',
      detail,
    });
    const result = await work();
    if (result === null) throw new NothingDone();
    return result;
  }).catch((error: unknown) => {
    if (error instanceof NothingDone) return null;
    throw error;
  });
}
/** Rolls back an app's change that did nothing (see `audited`). */
class NothingDone extends Error {}

/** RFC 6749 §4.1.2: a code used twice may have leaked, so what it gave is withdrawn. */
async function usedTwice(
  deps: AppDeps,
  grantId: string | null,
  at: string,
  account: string | null,
): Promise<never> {
  if (grantId) {
    await audited(
      deps,
      'app.revoke',
      grantId,
      'a code was used twice: the access it gave is withdrawn',
      async () => (await revokeSmartGrant(deps.db, grantId, at)) || null,
    );
  }
  throw new OAuthError('invalid_grant', 'code was already used', account);
}

/** RFC 7009: an access or refresh token of this client stops working; an unknown token is no error. */
export async function revokeToken(deps: AppDeps, form: Form): Promise<void> {
  const token = required(form, 'token');
  const clientId = required(form, 'client_id');
  const hash = tokenHash(token);
  const now = toInstant(deps.clock());
  const row =
    (await findLiveSmartToken(deps.db, hash, 'access', now)) ??
    (await findLiveSmartToken(deps.db, hash, 'refresh', now));
  if (row && row.client_id === clientId) {
    await audited(
      deps,
      'app.token_revoke',
      row.grant_id,
      `${clientId}: revoked one of its tokens`,
      async () => (await deleteSmartToken(deps.db, hash)) || null,
    );
  }
}
