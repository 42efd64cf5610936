import { z } from 'zod';

export const StaffRole = z.enum(['physician', 'resident', 'front_desk', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/** The degrees a physician or resident practises under. */
export const Credential = z.enum(['DO', 'MD']);
export type Credential = z.infer<typeof Credential>;

export const StaffStatus = z.enum(['invited', 'active', 'deactivated']);
export type StaffStatus = z.infer<typeof StaffStatus>;

export const StaffMember = z.object({
  id: z.string(),
  email: z.string(),
  role: StaffRole,
  displayName: z.string(),
  /** DO or MD for logins invited here; older logins may carry another label. */
  credential: z.string().nullable(),
  npi: z.string().nullable(),
  supervisor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  locationIds: z.array(z.string()),
  status: StaffStatus,
  /** Two-factor (TOTP) is on: an admin may reset it when the member lost their authenticator. */
  twoFactorOn: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffList = z.object({ items: z.array(StaffMember) });
export type StaffList = z.infer<typeof StaffList>;

/** What an admin sets about a staff member; the rules between fields (credential, NPI, supervisor) are the server's. */
const staffDetails = {
  displayName: z.string().trim().min(1, 'is required').max(120),
  role: StaffRole,
  credential: Credential.nullable().default(null),
  npi: z.string().trim().max(20).nullable().default(null),
  supervisorId: z.string().min(1).max(64).nullable().default(null),
  locationIds: z.array(z.string().min(1).max(64)).max(50).default([]),
};

export const UpdateStaff = z.object(staffDetails).strict();
export type UpdateStaff = z.input<typeof UpdateStaff>;

export const StaffInvitation = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    ...staffDetails,
    /** How long the mailed link works; 7 days unless the clinic chooses otherwise. */
    validityDays: z.number().int().min(1).max(30).default(7),
  })
  .strict();
export type StaffInvitation = z.input<typeof StaffInvitation>;

export const InvitationSent = z.object({ member: StaffMember, expiresAt: z.string() });
export type InvitationSent = z.infer<typeof InvitationSent>;

export const ResendInvitation = z
  .object({ validityDays: z.number().int().min(1).max(30).default(7) })
  .strict();

export const AcceptInvitation = z
  .object({ token: z.string().min(1).max(200), password: z.string().max(1000) })
  .strict();
export type AcceptInvitation = z.infer<typeof AcceptInvitation>;

export const InvitationAccepted = z.object({ email: z.string() });

/** An admin resets a staff member's lost two-factor; the reason is kept in the audit log. */
export const ResetStaffTotp = z
  .object({ reason: z.string().trim().min(1, 'is required: say why two-factor is reset').max(500) })
  .strict();
export type ResetStaffTotp = z.input<typeof ResetStaffTotp>;
