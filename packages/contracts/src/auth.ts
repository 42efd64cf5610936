import { z } from 'zod';
import { PreferredLanguage } from './patients';

export const ROLES = ['physician', 'resident', 'front_desk', 'admin', 'patient'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const PatientSummary = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: z.string(),
  ageLabel: z.string(),
  relationship: z.enum(['self', 'guardian']).optional(),
});
export type PatientSummary = z.infer<typeof PatientSummary>;

export const User = z.object({
  id: z.string(),
  email: z.string(),
  role: Role,
  displayName: z.string(),
  credential: z.string().nullable(),
  /** For a patient login: the patient records it may act for (self and dependants). */
  patients: z.array(PatientSummary),
  /** For a patient login: the language its portal and mails use (its own record's, else its first dependant's). */
  preferredLanguage: PreferredLanguage.optional(),
  /** False for an online sign-up until its email is confirmed: it may log in, but not book. */
  emailVerified: z.boolean(),
});
export type User = z.infer<typeof User>;

/** A session: the bearer token and the user (the cookie is set too). */
export const LoginSession = z.object({
  token: z.string(),
  user: User,
  /** The clinic requires two-factor for this role and it is not on yet: only enrolment is reachable until it is. */
  totpEnrolmentRequired: z.boolean().optional(),
});
export type LoginSession = z.infer<typeof LoginSession>;

/** The password was right and the account has two-factor on: send a code with the pending token (no session yet). */
export const MfaChallenge = z.object({
  status: z.literal('mfa_required'),
  pendingToken: z.string(),
  expiresAt: z.string(),
});
export type MfaChallenge = z.infer<typeof MfaChallenge>;

export const LoginResponse = z.union([LoginSession, MfaChallenge]);
export type LoginResponse = z.infer<typeof LoginResponse>;

/** The second step of a login: a 6-digit code from the authenticator app, or one of the recovery codes. */
export const TotpLoginRequest = z
  .object({
    pendingToken: z.string().trim().min(1).max(200),
    code: z.string().trim().max(20).optional(),
    recoveryCode: z.string().trim().max(40).optional(),
  })
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), {
    message: 'give either the 6-digit code or a recovery code',
    path: ['code'],
  });
export type TotpLoginRequest = z.infer<typeof TotpLoginRequest>;

/** A TOTP secret set up but not yet on: shown once, to put into an authenticator app. */
export const TotpSetupResponse = z.object({
  /** The secret in base32, to type in when the QR code cannot be scanned. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code (an SVG data URL). */
  qrCode: z.string(),
});
export type TotpSetupResponse = z.infer<typeof TotpSetupResponse>;

export const TotpEnableRequest = z.object({ code: z.string().trim().min(1).max(20) });
export type TotpEnableRequest = z.infer<typeof TotpEnableRequest>;

/** The recovery codes, shown this once: each logs in once when the authenticator app is lost. */
export const TotpEnableResponse = z.object({ recoveryCodes: z.array(z.string()) });
export type TotpEnableResponse = z.infer<typeof TotpEnableResponse>;

export const TotpDisableRequest = z.object({
  password: z.string().min(1).max(1000),
  code: z.string().trim().min(1).max(20),
});
export type TotpDisableRequest = z.infer<typeof TotpDisableRequest>;

export const TotpStatusResponse = z.object({
  enabled: z.boolean(),
  /** The clinic requires two-factor for this user's role. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().min(0),
});
export type TotpStatusResponse = z.infer<typeof TotpStatusResponse>;

export const MeResponse = z.object({ user: User });
export type MeResponse = z.infer<typeof MeResponse>;

/** A new password: the server's policy (length 12–256, not common, not one's email or name) names the field. */
const NewPassword = z.string().max(1000);

export const ForgotPasswordRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
});
export type ForgotPasswordRequest = z.infer<typeof ForgotPasswordRequest>;

/** The same answer whether or not the email belongs to an account. */
export const ForgotPasswordResponse = z.object({ ok: z.literal(true), message: z.string() });
export type ForgotPasswordResponse = z.infer<typeof ForgotPasswordResponse>;

export const ResetPasswordRequest = z.object({
  token: z.string().trim().min(1).max(200),
  password: NewPassword,
});
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: NewPassword,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const SessionInfo = z.object({
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SessionsResponse = z.object({ sessions: z.array(SessionInfo) });
export type SessionsResponse = z.infer<typeof SessionsResponse>;

export const LogoutEverywhereRequest = z.object({
  /** Also end the session this request came with (default: keep it). */
  includeCurrent: z.boolean().default(false),
});
export type LogoutEverywhereRequest = z.infer<typeof LogoutEverywhereRequest>;

export const LogoutEverywhereResponse = z.object({ ended: z.number().int().min(0) });
export type LogoutEverywhereResponse = z.infer<typeof LogoutEverywhereResponse>;
