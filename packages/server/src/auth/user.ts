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
  /** How the request authenticated: the cookie needs CSRF care, the bearer token does not. */
  via: 'cookie' | 'bearer';
}
