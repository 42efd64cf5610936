import type { Database } from '../connection';
import type { SmartAuthorizationRow, SmartGrantRow, SmartSigningKeyRow } from '../schema-smart';

// Registered apps.

export async function insertSmartApp(
  db: Database,
  row: {
    client_id: string;
    name: string;
    redirect_uris_json: string;
    created_by: string;
    created_at: string;
  },
): Promise<void> {
  await db
    .insertInto('smart_apps')
    .values({ ...row, retired_at: null })
    .execute();
}

/** The registered apps still in use, by name. */
export function listSmartApps(db: Database) {
  return db
    .selectFrom('smart_apps')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('name')
    .orderBy('client_id')
    .execute();
}

/** A registered app still in use, or undefined (unknown or removed). */
export function findSmartApp(db: Database, clientId: string) {
  return db
    .selectFrom('smart_apps')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}

/** Whether a client id was ever registered (a removed app's id is not given again). */
export async function smartClientIdTaken(db: Database, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('smart_apps')
    .select('client_id')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes an app from use (its grants' tokens stop at once); false when it was not in use. */
export async function retireSmartApp(db: Database, clientId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('smart_apps')
    .set({ retired_at: now })
    .where('client_id', '=', clientId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Authorization requests and their one-time codes.

export async function insertSmartAuthorization(
  db: Database,
  row: Pick<
    SmartAuthorizationRow,
    'id' | 'client_id' | 'redirect_uri' | 'scope' | 'state' | 'code_challenge' | 'created_at' | 'expires_at'
  > & { nonce?: string | null },
): Promise<void> {
  await db
    .insertInto('smart_authorizations')
    .values({
      ...row,
      nonce: row.nonce ?? null,
      code_hash: null,
      code_expires_at: null,
      code_used_at: null,
      grant_id: null,
    })
    .execute();
}

/** A request still waiting for the patient's answer at `now`, with its app's name. */
export function findOpenSmartAuthorization(db: Database, id: string, now: string) {
  return db
    .selectFrom('smart_authorizations')
    .innerJoin('smart_apps', 'smart_apps.client_id', 'smart_authorizations.client_id')
    .selectAll('smart_authorizations')
    .select('smart_apps.name as app_name')
    .where('smart_authorizations.id', '=', id)
    .where('smart_authorizations.expires_at', '>', now)
    .where('smart_authorizations.code_hash', 'is', null)
    .where('smart_apps.retired_at', 'is', null)
    .executeTakeFirst();
}

/** Turns an open request into a one-time code for its grant; false when it was answered meanwhile. */
export async function allowSmartAuthorization(
  db: Database,
  id: string,
  code: { code_hash: string; code_expires_at: string; grant_id: string },
): Promise<boolean> {
  const result = await db
    .updateTable('smart_authorizations')
    .set(code)
    .where('id', '=', id)
    .where('code_hash', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A refused request is forgotten; false when it was answered meanwhile. */
export async function deleteOpenSmartAuthorization(db: Database, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('smart_authorizations')
    .where('id', '=', id)
    .where('code_hash', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The request a code was issued for (used or not), or undefined. */
export function findSmartCode(db: Database, codeHash: string) {
  return db
    .selectFrom('smart_authorizations')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
}

/** Marks a code used; false when another exchange used it first (a code works once). */
export async function claimSmartCode(db: Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('smart_authorizations')
    .set({ code_used_at: now })
    .where('id', '=', id)
    .where('code_used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// Grants and their tokens.

/** Stores a grant: a patient login's names its patient; a staff login's names none and gives `staff_role`. */
export async function insertSmartGrant(
  db: Database,
  row: Omit<SmartGrantRow, 'revoked_at' | 'staff_role'> & { staff_role?: string | null },
): Promise<void> {
  await db
    .insertInto('smart_grants')
    .values({ ...row, staff_role: row.staff_role ?? null, revoked_at: null })
    .execute();
}

export function findSmartGrant(db: Database, id: string) {
  return db.selectFrom('smart_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A login's grants not revoked, newest first, with the app's and the patient's names (none for a staff grant). */
export function listSmartGrantsOfUser(db: Database, userId: string) {
  return db
    .selectFrom('smart_grants')
    .innerJoin('smart_apps', 'smart_apps.client_id', 'smart_grants.client_id')
    .leftJoin('patients', 'patients.id', 'smart_grants.patient_id')
    .selectAll('smart_grants')
    .select(['smart_apps.name as app_name', 'patients.given_name', 'patients.family_name'])
    .where('smart_grants.user_id', '=', userId)
    .where('smart_grants.revoked_at', 'is', null)
    .where('smart_apps.retired_at', 'is', null)
    .orderBy('smart_grants.created_at', 'desc')
    .orderBy('smart_grants.id')
    .execute();
}

/** Revokes a grant and deletes its tokens; false when it was already revoked. */
export async function revokeSmartGrant(db: Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('smart_grants')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  await db.deleteFrom('smart_tokens').where('grant_id', '=', id).execute();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Revokes the apps a staff login allowed to act as it (grants naming no patient) and deletes their tokens: its role
 * changed or it was deactivated, so what it allowed as that person in that role ends for good. Returns how many.
 */
export async function revokeStaffGrantsOfUser(db: Database, userId: string, now: string): Promise<number> {
  const grants = db
    .selectFrom('smart_grants')
    .select('id')
    .where('user_id', '=', userId)
    .where('patient_id', 'is', null);
  await db.deleteFrom('smart_tokens').where('grant_id', 'in', grants).execute();
  const result = await db
    .updateTable('smart_grants')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('patient_id', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertSmartToken(
  db: Database,
  row: { id: string; grant_id: string; kind: 'access' | 'refresh'; created_at: string; expires_at: string },
): Promise<void> {
  await db.insertInto('smart_tokens').values(row).execute();
}

/** Deletes a token; false when it was gone already (a refresh token used twice at once: one wins). */
export async function deleteSmartToken(db: Database, id: string): Promise<boolean> {
  const result = await db.deleteFrom('smart_tokens').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * A live token of `kind` at `now`: its grant not revoked, its app not removed, the login active and either a patient
 * login still linked to the grant's patient, or (a staff grant, no patient) a staff login still of the role it was
 * allowed as. Returns the grant, the app's name and the login.
 */
export function findLiveSmartToken(db: Database, id: string, kind: 'access' | 'refresh', now: string) {
  return db
    .selectFrom('smart_tokens')
    .innerJoin('smart_grants', 'smart_grants.id', 'smart_tokens.grant_id')
    .innerJoin('smart_apps', 'smart_apps.client_id', 'smart_grants.client_id')
    .innerJoin('users', 'users.id', 'smart_grants.user_id')
    .leftJoin('patient_access', (join) =>
      join
        .onRef('patient_access.user_id', '=', 'smart_grants.user_id')
        .onRef('patient_access.patient_id', '=', 'smart_grants.patient_id'),
    )
    .select([
      'smart_grants.id as grant_id',
      'smart_grants.client_id',
      'smart_grants.patient_id',
      'smart_grants.scope',
      'smart_apps.name as app_name',
      'users.id as user_id',
      'users.email',
      'users.role',
      'users.display_name',
      'users.credential',
      'users.supervisor_id',
      'users.email_verified',
    ])
    .where('smart_tokens.id', '=', id)
    .where('smart_tokens.kind', '=', kind)
    .where('smart_tokens.expires_at', '>', now)
    .where('smart_grants.revoked_at', 'is', null)
    .where('smart_apps.retired_at', 'is', null)
    .where('users.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb.and([eb('users.role', '=', 'patient'), eb('patient_access.patient_id', 'is not', null)]),
        eb.and([
          eb('smart_grants.patient_id', 'is', null),
          eb('users.role', '!=', 'patient'),
          eb('smart_grants.staff_role', '=', eb.ref('users.role')),
        ]),
      ]),
    )
    .executeTakeFirst();
}

/**
 * Forgets what can no longer be used: tokens past their expiry, requests never answered in time, and codes expired
 * before `codesBefore` (a code is kept a while after it expires, so a replay is still seen as one and revokes).
 */
export async function purgeExpiredSmart(
  db: Database,
  now: string,
  codesBefore: string,
): Promise<{ tokens: number; requests: number }> {
  const tokens = await db.deleteFrom('smart_tokens').where('expires_at', '<=', now).executeTakeFirst();
  const requests = await db
    .deleteFrom('smart_authorizations')
    .where((eb) =>
      eb.or([
        eb.and([eb('code_hash', 'is', null), eb('expires_at', '<=', now)]),
        eb('code_expires_at', '<=', codesBefore),
      ]),
    )
    .executeTakeFirst();
  return { tokens: Number(tokens.numDeletedRows), requests: Number(requests.numDeletedRows) };
}

// Keys id tokens are signed with.

/** The signing key in use: the first one made (every instance signs with the same). */
export function findSmartSigningKey(db: Database) {
  return db
    .selectFrom('smart_signing_keys')
    .selectAll()
    .orderBy('created_at')
    .orderBy('kid')
    .limit(1)
    .executeTakeFirst();
}

/** Every signing key kept, oldest first: the JWKS publishes them all. */
export function listSmartSigningKeys(db: Database) {
  return db.selectFrom('smart_signing_keys').selectAll().orderBy('created_at').orderBy('kid').execute();
}

/** Replaces a signing key's sealed private half (the key itself, and so its kid, stay). */
export async function replaceSmartSigningKeySeal(
  db: Database,
  kid: string,
  privateKey: string,
): Promise<void> {
  await db
    .updateTable('smart_signing_keys')
    .set({ private_key: privateKey })
    .where('kid', '=', kid)
    .execute();
}

/** Stores a new signing key; whichever instance stored one first, all sign with the oldest (`findSmartSigningKey`). */
export async function insertSmartSigningKey(db: Database, row: SmartSigningKeyRow): Promise<void> {
  await db
    .insertInto('smart_signing_keys')
    .values(row)
    .onConflict((oc) => oc.column('kid').doNothing())
    .execute();
}
