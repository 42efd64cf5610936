import { patientsOfUser, type Database } from '@omt/db';
import type { Role } from '@omt/contracts';

/** The caller of a request, resolved from the session cookie or the bearer token. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  credential: string | null;
  supervisorId: string | null;
  sessionId: string;
  /** For patients: the patient ids this login may act for (self and dependants). */
  patientIds: string[];
  /** False for an online sign-up until its email is confirmed: such a patient login may not book. */
  emailVerified: boolean;
  /** How the request authenticated: the cookie needs CSRF care, the bearer token does not. */
  via: 'cookie' | 'bearer';
  /** Set when a third-party app calls with a SMART access token (FHIR API only): the app and the patient's grant. */
  app?: { clientId: string; name: string; grantId: string };
}

/** The columns of a user row an `AuthUser` is made from. */
interface UserFacts {
  id: string;
  email: string;
  role: string;
  display_name: string;
  credential: string | null;
  supervisor_id: string | null;
  email_verified: number;
}

/** The caller a user row stands for in one session (a patient login with the patients it may act for). */
export async function authUserOf(
  db: Database,
  user: UserFacts,
  session: Pick<AuthUser, 'sessionId' | 'via'>,
): Promise<AuthUser> {
  const role = user.role as Role;
  return {
    id: user.id,
    email: user.email,
    role,
    displayName: user.display_name,
    credential: user.credential,
    supervisorId: user.supervisor_id,
    ...session,
    patientIds: role === 'patient' ? (await patientsOfUser(db, user.id)).map((p) => p.id) : [],
    emailVerified: user.email_verified === 1,
  };
}
