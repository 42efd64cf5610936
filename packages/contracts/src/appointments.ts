import { z } from 'zod';
import { UrgentFlagMark } from './intake';

/** `held`: reserved for a waitlisted patient until they accept or the hold runs out. */
export const APPOINTMENT_STATUSES = [
  'held',
  'booked',
  'checked_in',
  'completed',
  'cancelled',
  'no_show',
] as const;
export const AppointmentStatus = z.enum(APPOINTMENT_STATUSES);

export const CreateAppointment = z.object({
  patientId: z.string().min(1),
  visitType: z.string().min(1),
  providerId: z.string().min(1),
  locationId: z.string().min(1),
  start: z.iso.datetime({ offset: true }),
  /** Staff only: book even though the provider is busy (a deliberate, audited double booking). */
  override: z
    .object({ reason: z.string().trim().min(5, 'give a reason of at least 5 characters').max(500) })
    .optional(),
});
export type CreateAppointment = z.infer<typeof CreateAppointment>;

export const Appointment = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  /** YYYY-MM-DD, as the desk's printed day list shows it beside the name. */
  patientBirthDate: z.string(),
  visitType: z.string(),
  visitTypeName: z.string(),
  /** The visit type's Spanish name for Spanish readers; null: none written. */
  visitTypeNameEs: z.string().nullable(),
  providerId: z.string(),
  providerName: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  timeZone: z.string(),
  start: z.string(),
  end: z.string(),
  status: AppointmentStatus,
  intakeSubmitted: z.boolean(),
  encounterId: z.string().nullable(),
  encounterStatus: z.enum(['draft', 'awaiting_cosign', 'signed']).nullable(),
  cancelReason: z.string().nullable(),
  /** Cancelled within the clinic's late-cancellation window. */
  lateCancel: z.boolean(),
  /** Set when staff booked over a busy provider on purpose. */
  overrideReason: z.string().nullable(),
  /** The treatment room (table) the visit holds, where the location has rooms. */
  roomName: z.string().nullable(),
  /** Emergency or urgent red flags the intake raised, each with its action, emergencies first. */
  urgentFlags: z.array(UrgentFlagMark),
});
export type Appointment = z.infer<typeof Appointment>;

export const AppointmentListQuery = z.object({
  patientId: z.string().min(1).optional(),
  providerId: z.string().min(1).optional(),
  locationId: z.string().min(1).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AppointmentListQuery = z.infer<typeof AppointmentListQuery>;

export const CancelAppointment = z.object({
  reason: z.string().trim().min(3, 'say why the visit is cancelled').max(500),
});
export type CancelAppointment = z.infer<typeof CancelAppointment>;

export const RescheduleAppointment = z.object({
  start: z.iso.datetime({ offset: true }),
  providerId: z.string().min(1).optional(),
  locationId: z.string().min(1).optional(),
});
export type RescheduleAppointment = z.infer<typeof RescheduleAppointment>;

export const BookSeries = CreateAppointment.omit({ override: true }).extend({
  /** How many visits, the first at `start` (a plan of care, e.g. weekly × 6). */
  count: z.number().int().min(2, 'a series has at least 2 visits').max(26, 'at most 26 visits'),
  everyWeeks: z.number().int().min(1).max(4).default(1),
});
export type BookSeries = z.infer<typeof BookSeries>;

/** In a 409 `series_conflicts` error's `details`: each visit that cannot be booked, and why. */
export const SeriesConflict = z.object({
  index: z.number(),
  start: z.string(),
  code: z.string(),
  message: z.string(),
});
export type SeriesConflict = z.infer<typeof SeriesConflict>;
