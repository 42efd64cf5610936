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
