import { z } from 'zod';
import { Role } from './auth';

/** A redirect URI an app may be sent back to: https, or http on this computer (a developer's app). */
const RedirectUri = z
  .string()
  .max(500)
  .url()
  .refine((u) => !u.includes('#'), 'must not hold a fragment (#)')
  .refine(
    (u) => u.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(u),
    'must be https (http only for localhost)',
  );

/** A third-party app registered for SMART App Launch (a public client: PKCE, no secret). */
export const SmartAppView = z.object({
  clientId: z.string(),
  name: z.string(),
  redirectUris: z.array(z.string()),
  createdAt: z.string(),
});
export type SmartAppView = z.infer<typeof SmartAppView>;

export const SmartAppList = z.object({ apps: z.array(SmartAppView) });

export const RegisterSmartApp = z
  .object({
    name: z.string().trim().min(2).max(100),
    redirectUris: z.array(RedirectUri).min(1).max(5),
    /** Left out: the server picks one. */
    clientId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{3,64}$/, 'must be 3 to 64 letters, digits, dots, dashes or underscores')
      .optional(),
  })
  .strict();
export type RegisterSmartApp = z.infer<typeof RegisterSmartApp>;

export const ClientIdParam = z.object({ clientId: z.string().min(1).max(64) });

/**
 * What an app may do: the FHIR resource types it may read, and those it may also change (a patient login's app: of
 * one patient's data; a staff login's: of every patient the staff member's role may see, as them).
 */
export const SmartAccess = z.object({
  /** Types it may read or search, e.g. `Appointment` (the page names each in the reader's words). */
  read: z.array(z.string()),
  /** Types it may also create, update or delete. */
  change: z.array(z.string()),
});

/** An app's request waiting on the consent page. */
export const SmartRequestView = z.object({
  appName: z.string(),
  clientId: z.string(),
  /** Where the answer goes (scheme, host and port of the redirect URI). */
  redirectOrigin: z.string(),
  access: SmartAccess,
  /** The app asked to keep its access (`offline_access`): it may read until disconnected, not only for an hour. */
  offline: z.boolean(),
  /**
   * What the app will be told about who allowed it (`openid`; with `fhirUser` also the record that login stands for):
   * `none`, `login` (an opaque id of the login, to sign in with), or `record` (that id and a link to the login's own
   * Patient, RelatedPerson or Practitioner resource).
   */
  identity: z.enum(['none', 'login', 'record']),
  /** Whose data the login may share: the patient, or a parent's children (none for a staff login: no patient is chosen). */
  patients: z.array(z.object({ id: z.string(), name: z.string() })),
  /**
   * Scopes the app asked for that this login cannot allow, left out of the grant: for a staff login, those tied to one
   * patient (`patient/…`, `launch/patient`). When nothing else is left, the app can only be sent back.
   */
  leftOut: z.array(z.string()),
  expiresAt: z.string(),
});
export type SmartRequestView = z.infer<typeof SmartRequestView>;

export const SmartDecision = z
  .object({
    allow: z.boolean(),
    /** Whose data the app may read; needed for a patient login to allow, refused from a staff login. */
    patientId: z.string().min(1).max(64).optional(),
  })
  .strict();

/** Where the browser goes next: back to the app, with a code or with access_denied. */
export const SmartDecisionAnswer = z.object({ redirectTo: z.string() });

export const ConnectedApp = z.object({
  id: z.string(),
  appName: z.string(),
  clientId: z.string(),
  /** The patient whose data it reads; null for an app a staff login allowed (it acts as them). */
  patientId: z.string().nullable(),
  patientName: z.string().nullable(),
  /** The role a staff login allowed it as (it stops if the login's role changes); null for a patient's app. */
  staffRole: Role.nullable(),
  access: SmartAccess,
  connectedAt: z.string(),
});
export type ConnectedApp = z.infer<typeof ConnectedApp>;

export const ConnectedAppList = z.object({ apps: z.array(ConnectedApp) });
