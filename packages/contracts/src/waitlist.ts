import { z } from 'zod';
import { Appointment } from './appointments';

export const JoinWaitlist = z.object({
  patientId: z.string().min(1),
  visitType: z.string().min(1),
  locationId: z.string().min(1).optional(),
  providerId: z.string().min(1).optional(),
  /** Offer only times starting inside [notBefore, notAfter]. */
  notBefore: z.iso.datetime({ offset: true }),
  notAfter: z.iso.datetime({ offset: true }),
});
export type JoinWaitlist = z.infer<typeof JoinWaitlist>;

export const WAITLIST_STATUSES = [
  'waiting',
  'offered',
  'booked',
  'declined',
  'expired',
  'cancelled',
] as const;

export const WaitlistEntry = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  visitType: z.string(),
  visitTypeName: z.string(),
  /** The visit type's Spanish name for Spanish readers; null: none written. */
  visitTypeNameEs: z.string().nullable(),
  locationId: z.string().nullable(),
  providerId: z.string().nullable(),
  notBefore: z.string(),
  notAfter: z.string(),
  status: z.enum(WAITLIST_STATUSES),
  /** While offered: the held time, reserved for this patient until offerExpiresAt. */
  offer: Appointment.nullable(),
  offerExpiresAt: z.string().nullable(),
});
export type WaitlistEntry = z.infer<typeof WaitlistEntry>;
