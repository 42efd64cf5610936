/** Table types of SMART App Launch (migration 0047): registered apps, authorization requests, grants and tokens. */
import type { Selectable } from 'kysely';

/** A third-party app an admin registered: a public client (PKCE), sent back only to its exact redirect URIs. */
export interface SmartAppTable {
  client_id: string;
  name: string;
  /** The registered redirect URIs, a JSON array of absolute URLs. */
  redirect_uris_json: string;
  created_by: string;
  created_at: string;
  /** Set when an admin removes the app: its requests and tokens stop working. */
  retired_at: string | null;
}

/**
 * What a login allowed an app, until revoked: a patient login one patient's data; a staff login (`user/` scopes, no
 * patient, migration 0054) what its role may reach, while it keeps that role.
 */
export interface SmartGrantTable {
  id: string;
  client_id: string;
  /** The login that allowed it (the patient, a parent for a child, or a staff member). */
  user_id: string;
  /** The patient whose data it reaches; null for a staff grant. */
  patient_id: string | null;
  /** A staff grant's role when it was allowed (the app stops if the login's role changes); null for a patient's. */
  staff_role: string | null;
  /** The granted scopes, space-separated as in OAuth. */
  scope: string;
  created_at: string;
  revoked_at: string | null;
}

/** An app's request for access, answered on the consent page; allowed, it holds the one-time code and its grant. */
export interface SmartAuthorizationTable {
  /** SHA-256 of the request's handle (the handle is in the consent page's address). */
  id: string;
  client_id: string;
  redirect_uri: string;
  /** The scopes the app asked for, space-separated. */
  scope: string;
  state: string | null;
  /** The PKCE S256 challenge the code's verifier must match. */
  code_challenge: string;
  created_at: string;
  /** The request must be answered before this instant. */
  expires_at: string;
  /** SHA-256 of the one-time code, set when the patient allows. */
  code_hash: string | null;
  code_expires_at: string | null;
  code_used_at: string | null;
  grant_id: string | null;
  /** The app's `nonce` (OpenID Connect), given back in the id token (migration 0053). */
  nonce: string | null;
}

/** A key id tokens are signed with (RS256, migration 0053). */
export interface SmartSigningKeyTable {
  /** The key's RFC 7638 thumbprint, the JWT header's `kid`. */
  kid: string;
  /** The private key (PKCS #8 PEM), sealed with SECRET_KEY. */
  private_key: string;
  /** The public key as a JWK (kty, n, e), published in the JWKS. */
  public_jwk_json: string;
  created_at: string;
}

/** A grant's access (or refresh) token: only its SHA-256 is stored. */
export interface SmartTokenTable {
  id: string;
  grant_id: string;
  kind: 'access' | 'refresh';
  created_at: string;
  expires_at: string;
}

export type SmartAppRow = Selectable<SmartAppTable>;
export type SmartGrantRow = Selectable<SmartGrantTable>;
export type SmartAuthorizationRow = Selectable<SmartAuthorizationTable>;
export type SmartSigningKeyRow = Selectable<SmartSigningKeyTable>;
