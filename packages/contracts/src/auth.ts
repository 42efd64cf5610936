import { z } from 'zod';

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
});
export type User = z.infer<typeof User>;

export const LoginResponse = z.object({ token: z.string(), user: User });
export type LoginResponse = z.infer<typeof LoginResponse>;

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
