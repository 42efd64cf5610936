/**
 * OpenID Connect for SMART apps (`openid fhirUser`, capability `sso-openid-connect`): the id token of a token answer,
 * a JWT signed RS256 (`signing-keys.ts`) telling the app who allowed it: `iss` the FHIR base, `sub` the login, `aud`
 * the app, `fhirUser` the resource the login stands for (`fhirUserOf`), and the `nonce` the app sent.
 */
import { sign } from 'node:crypto';
import { fhirPractitionerRows, patientsOfUser, type Database } from '@omt/db';
import { guardianPersonId, type StoredGuardian } from '@omt/fhir';
import type { AppDeps } from '../../context';
import { signingKey, type SigningKey } from './signing-keys';

/** How long an id token is good for (it says who the user is; the access token says what the app may read). */
export const ID_TOKEN_SECONDS = 3600;

export interface IdTokenGrant {
  client_id: string;
  user_id: string;
  patient_id: string | null;
  scope: string;
}

/**
 * The FHIR resource (`Type/id`) the login stands for: a clinician's Practitioner, a patient login's own Patient, or,
 * for a parent without a record of their own, their RelatedPerson for the child the grant is for; null for anyone else.
 */
export async function fhirUserOf(
  db: Database,
  userId: string,
  patientId: string | null,
): Promise<string | null> {
  if ((await fhirPractitionerRows(db, { ids: [userId] })).length) return `Practitioner/${userId}`;
  const records = await patientsOfUser(db, userId);
  const own = records.find((r) => r.relationship === 'self');
  if (own) return `Patient/${own.id}`;
  const child = records.find((r) => r.id === patientId);
  if (!child || !patientId) return null;
  const guardians = (JSON.parse(child.details_json) as { guardians?: StoredGuardian[] }).guardians ?? [];
  return `RelatedPerson/${guardianPersonId(patientId, guardians, userId)}`;
}

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact JWS (RFC 7515) of the claims, RS256 (RSASSA-PKCS1-v1_5 with SHA-256). */
export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${part(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key.privateKey).toString('base64url')}`;
}

/** The id token of a grant holding `openid` (null without it); `fhirUser` only when that scope was granted too. */
export async function idTokenFor(
  deps: AppDeps,
  fhirBase: string,
  grant: IdTokenGrant,
  nonce: string | null,
): Promise<string | null> {
  const scopes = grant.scope.split(' ');
  if (!scopes.includes('openid')) return null;
  const iat = Math.floor(deps.clock().getTime() / 1000);
  const resource = scopes.includes('fhirUser')
    ? await fhirUserOf(deps.db, grant.user_id, grant.patient_id)
    : null;
  return signJwt(await signingKey(deps), {
    iss: fhirBase,
    sub: grant.user_id,
    aud: grant.client_id,
    iat,
    exp: iat + ID_TOKEN_SECONDS,
    ...(resource ? { fhirUser: `${fhirBase}/${resource}` } : {}),
    ...(nonce ? { nonce } : {}),
  });
}
