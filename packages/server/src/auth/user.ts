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
