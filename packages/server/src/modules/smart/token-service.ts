/**
 * The token endpoint's work: an authorization code (with its PKCE verifier) becomes an access token, once; revoking a
 * token (RFC 7009). Codes and tokens are stored as SHA-256 hashes only.
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
} from '@omt/db';
import type { AppDeps } from '../../context';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { toInstant } from '../../clock';
import { OAuthError } from './oauth-error';
import { s256, VERIFIER } from './pkce';

/** How long an access token works. */
export const ACCESS_TOKEN_SECONDS = 3600;

export interface TokenAnswer {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  patient: string;
}

type Form = Record<string, string | undefined>;

function required(form: Form, name: string): string {
  const value = form[name];
  if (!value) throw new OAuthError('invalid_request', `${name} is required`);
  return value;
}

export async function exchangeCode(deps: AppDeps, form: Form): Promise<TokenAnswer> {
  const grantType = required(form, 'grant_type');
  if (grantType !== 'authorization_code') {
    throw new OAuthError('unsupported_grant_type', 'grant_type must be authorization_code');
  }
  const code = required(form, 'code');
  const redirectUri = required(form, 'redirect_uri');
  const clientId = required(form, 'client_id');
  const verifier = required(form, 'code_verifier');
  if (!(await findSmartApp(deps.db, clientId))) {
    throw new OAuthError('invalid_client', 'client_id is not a registered app');
  }
  const now = deps.clock();
  const at = toInstant(now);
  const row = await findSmartCode(deps.db, tokenHash(code));
  if (!row || row.client_id !== clientId)
    throw new OAuthError('invalid_grant', 'code is not known for this client');
  if (row.code_used_at) await usedTwice(deps, row.grant_id, at);
  if (!row.code_expires_at || row.code_expires_at <= at)
    throw new OAuthError('invalid_grant', 'code has expired');
  if (row.redirect_uri !== redirectUri) {
    throw new OAuthError('invalid_grant', 'redirect_uri is not the one of the authorization request');
  }
  if (!VERIFIER.test(verifier) || s256(verifier) !== row.code_challenge) {
    throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge');
  }
  const grant = row.grant_id ? await findSmartGrant(deps.db, row.grant_id) : undefined;
  if (!grant || grant.revoked_at) throw new OAuthError('invalid_grant', 'the access was revoked');
  const { token, hash } = newSecretToken();
  const claimed = await unitOfWork(deps.db, async () => {
    if (!(await claimSmartCode(deps.db, row.id, at))) return false;
    await insertSmartToken(deps.db, {
      id: hash,
      grant_id: grant.id,
      kind: 'access',
      created_at: at,
      expires_at: toInstant(new Date(now.getTime() + ACCESS_TOKEN_SECONDS * 1000)),
    });
    return true;
  });
  if (!claimed) await usedTwice(deps, grant.id, at);
  return {
    access_token: token,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_SECONDS,
    scope: grant.scope,
    patient: grant.patient_id,
  };
}

/** RFC 6749 §4.1.2: a code used twice may have leaked, so what it gave is withdrawn. */
async function usedTwice(deps: AppDeps, grantId: string | null, at: string): Promise<never> {
  if (grantId) await revokeSmartGrant(deps.db, grantId, at);
  throw new OAuthError('invalid_grant', 'code was already used');
}

/** RFC 7009: an access token of this client stops working; an unknown token is no error. */
export async function revokeToken(deps: AppDeps, form: Form): Promise<void> {
  const token = required(form, 'token');
  const clientId = required(form, 'client_id');
  const hash = tokenHash(token);
  const row = await findLiveSmartToken(deps.db, hash, 'access', toInstant(deps.clock()));
  if (row && row.client_id === clientId) await deleteSmartToken(deps.db, hash);
}
