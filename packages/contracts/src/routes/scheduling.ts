import { z } from 'zod';
import {
  Appointment,
  AppointmentListQuery,
  BookSeries,
  CancelAppointment,
  CreateAppointment,
  RescheduleAppointment,
} from '../appointments';
import {
  AvailabilityQuery,
  Closure,
  CreateClosure,
  CreateExtraHours,
  CreateTimeOff,
  ExtraHours,
  Slot,
  TimeOff,
} from '../catalog';
import { JoinWaitlist, WaitlistEntry } from '../waitlist';
import { endpoint, IdParam } from './endpoint';

/** The scheduling endpoints. */
export const SCHEDULING_API = {
  listClosures: endpoint({
    method: 'GET',
    path: '/api/locations/:id/closures',
    summary: 'Days or hours a location is closed (holidays)',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: z.array(Closure),
  }),
  addClosure: endpoint({
    method: 'POST',
    path: '/api/locations/:id/closures',
    summary: 'Close a location (admin); booked visits then are reported, not moved',
    tag: 'scheduling',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: CreateClosure,
    response: z.object({ closure: Closure, conflictingAppointmentIds: z.array(z.string()) }),
  }),
  listExtraHours: endpoint({
    method: 'GET',
    path: '/api/providers/:id/extra-hours',
    summary: "A provider's one-off extra hours",
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: z.array(ExtraHours),
  }),
  addExtraHours: endpoint({
    method: 'POST',
    path: '/api/providers/:id/extra-hours',
    summary: 'Add one-off extra hours at a location (admin, or the provider)',
    tag: 'scheduling',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: CreateExtraHours,
    response: ExtraHours,
  }),
  listTimeOff: endpoint({
    method: 'GET',
    path: '/api/providers/:id/time-off',
    summary: "A provider's time off (staff)",
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: z.array(TimeOff),
  }),

  addTimeOff: endpoint({
    method: 'POST',
    path: '/api/providers/:id/time-off',
    summary: "Block a provider's time (admin, or the provider); existing bookings are reported, not moved",
    tag: 'scheduling',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: CreateTimeOff,
    response: z.object({ timeOff: TimeOff, conflictingAppointmentIds: z.array(z.string()) }),
  }),

  availability: endpoint({
    method: 'GET',
    path: '/api/availability',
    summary: 'Open slots for a visit type',
    tag: 'scheduling',
    auth: 'user',
    query: AvailabilityQuery,
    response: z.array(Slot),
  }),

  listAppointments: endpoint({
    method: 'GET',
    path: '/api/appointments',
    summary: 'Appointments visible to the caller',
    tag: 'scheduling',
    auth: 'user',
    query: AppointmentListQuery,
    response: z.array(Appointment),
  }),

  createAppointment: endpoint({
    method: 'POST',
    path: '/api/appointments',
    summary: 'Book a slot',
    tag: 'scheduling',
    auth: 'user',
    status: 201,
    body: CreateAppointment,
    response: Appointment,
  }),

  bookSeries: endpoint({
    method: 'POST',
    path: '/api/appointments/series',
    summary:
      'Book a weekly series at once; if any visit cannot be booked, nothing is, and each conflict is listed (409 series_conflicts, details)',
    tag: 'scheduling',
    auth: 'user',
    status: 201,
    body: BookSeries,
    response: z.array(Appointment),
  }),

  getAppointment: endpoint({
    method: 'GET',
    path: '/api/appointments/:id',
    summary: 'One appointment',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: Appointment,
  }),

  cancelAppointment: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/cancel',
    summary: 'Cancel with a reason (late cancellations are flagged); frees the time at once',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    body: CancelAppointment,
    response: Appointment,
  }),

  rescheduleAppointment: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/reschedule',
    summary: 'Move to another open slot, atomically',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    body: RescheduleAppointment,
    response: Appointment,
  }),

  noShowAppointment: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/no-show',
    summary: 'Front desk marks a missed visit',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: Appointment,
  }),

  checkInAppointment: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/check-in',
    summary: 'Front desk checks the patient in',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: Appointment,
  }),

  calendarFeedUrl: endpoint({
    method: 'POST',
    path: '/api/me/calendar-feed',
    summary: "Create (or replace) the caller's private calendar-feed URL (providers)",
    tag: 'scheduling',
    auth: 'user',
    response: z.object({ url: z.string() }),
  }),

  calendarFeed: endpoint({
    method: 'GET',
    path: '/api/calendar/:token',
    summary: "A provider's visits as an iCalendar feed; the secret token in the URL is the only credential",
    tag: 'scheduling',
    auth: 'public',
    params: z.object({ token: z.string().min(20).max(100) }),
    produces: 'text/calendar',
    response: z.string(),
  }),

  listWaitlist: endpoint({
    method: 'GET',
    path: '/api/waitlist',
    summary: "Waitlist entries the caller may see (a patient: their own and dependants')",
    tag: 'scheduling',
    auth: 'user',
    response: z.array(WaitlistEntry),
  }),

  joinWaitlist: endpoint({
    method: 'POST',
    path: '/api/waitlist',
    summary: 'Ask for an earlier or specific time; a freed slot is held for the first match',
    tag: 'scheduling',
    auth: 'user',
    status: 201,
    body: JoinWaitlist,
    response: WaitlistEntry,
  }),

  leaveWaitlist: endpoint({
    method: 'POST',
    path: '/api/waitlist/:id/cancel',
    summary: 'Leave the waitlist (releases any held time)',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: WaitlistEntry,
  }),

  acceptWaitlistOffer: endpoint({
    method: 'POST',
    path: '/api/waitlist/:id/accept',
    summary: 'Take the held time: it becomes a booking',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: WaitlistEntry,
  }),

  declineWaitlistOffer: endpoint({
    method: 'POST',
    path: '/api/waitlist/:id/decline',
    summary: 'Turn the held time down: it goes to the next patient waiting',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: WaitlistEntry,
  }),
} as const;
