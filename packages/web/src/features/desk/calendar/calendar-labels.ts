import type { Appointment } from '@omt/contracts';

type AppointmentStatus = Appointment['status'];

/** Statuses as the front desk says them (the portal's "Held for you" speaks to the patient). */
export const STATUS_NAMES: Record<AppointmentStatus, string> = {
  held: 'held for the waitlist',
  booked: 'booked',
  checked_in: 'checked in',
  completed: 'completed',
  cancelled: 'cancelled',
  no_show: 'a no-show',
};

/** The short status text on a calendar visit. */
export const STATUS_TAGS: Record<AppointmentStatus, string> = {
  held: 'Waitlist hold',
  booked: 'Booked',
  checked_in: 'Checked in',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};
