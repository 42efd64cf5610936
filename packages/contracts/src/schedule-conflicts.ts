import { z } from 'zod';
import { Appointment } from './appointments';

/** Why a booked visit cannot take place as booked. */
export const ConflictReason = z.object({
  kind: z.enum(['closure', 'time_off', 'inactive_provider', 'outside_hours']),
  /** The closure's or the time off's id; null for an inactive provider. */
  id: z.string().nullable(),
  /** The reason given for the closure or time off; null for an inactive provider. */
  reason: z.string().nullable(),
});
export type ConflictReason = z.infer<typeof ConflictReason>;

export const ScheduleConflict = z.object({ appointment: Appointment, reasons: z.array(ConflictReason) });
export type ScheduleConflict = z.infer<typeof ScheduleConflict>;

export const ScheduleConflictList = z.object({ items: z.array(ScheduleConflict) });
export type ScheduleConflictList = z.infer<typeof ScheduleConflictList>;

/** The upcoming visits a closure, time off or deactivation would leave booked, before it is saved. */
export const BookedVisitsPreview = z.object({
  /** The period as it would be saved (null for a deactivation: from now on). */
  start: z.string().nullable(),
  end: z.string().nullable(),
  appointments: z.array(Appointment),
});
export type BookedVisitsPreview = z.infer<typeof BookedVisitsPreview>;
