import { z } from 'zod';
import { PhoneNumber } from './patients';

/** A logo as a data URL (`data:image/png;base64,...` or `image/jpeg`); the server checks its bytes and size. */
const LogoDataUrl = z
  .string()
  .max(400_000, 'must be at most 200 KB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a PNG or JPEG image');

/** What the admin saves about the clinic; the NPI's check digit and the logo's bytes are checked by the server. */
export const ClinicProfileInput = z.strictObject({
  name: z.string().trim().min(2, 'name the clinic (2–120 characters)').max(120, 'at most 120 characters'),
  address: z.string().trim().min(5, 'give the street address').max(300, 'at most 300 characters'),
  phone: PhoneNumber,
  /** The clinic's own (type 2, organisation) NPI; empty or null when it has none yet. */
  npi: z.string().trim().max(20, 'at most 20 characters').nullable().default(null),
  /** The employer identification number, NN-NNNNNNN. */
  taxId: z.string().trim().max(20, 'at most 20 characters').nullable().default(null),
  /** The logo as a data URL; null removes it. */
  logoDataUrl: LogoDataUrl.nullable().default(null),
  /** The version the edit was made from (409 `stale_clinic_profile` when someone saved since). */
  version: z.number().int().min(0),
});
export type ClinicProfileInput = z.infer<typeof ClinicProfileInput>;

export const ClinicProfile = z.object({
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  npi: z.string().nullable(),
  taxId: z.string().nullable(),
  logoDataUrl: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type ClinicProfile = z.infer<typeof ClinicProfile>;

/** What anyone may see (login page, prints): no NPI or tax id. */
export const PublicClinicProfile = ClinicProfile.pick({
  name: true,
  address: true,
  phone: true,
  logoDataUrl: true,
});
export type PublicClinicProfile = z.infer<typeof PublicClinicProfile>;

export const SetupStepKey = z.enum(['clinic_profile', 'location_hours', 'staff', 'visit_types']);
export type SetupStepKey = z.infer<typeof SetupStepKey>;

/** The first-run checklist, each step done or not from the clinic's real data. */
export const SetupStatus = z.object({
  steps: z.array(z.object({ key: SetupStepKey, done: z.boolean(), detail: z.string() })),
  complete: z.boolean(),
});
export type SetupStatus = z.infer<typeof SetupStatus>;
