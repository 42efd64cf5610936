import { z } from 'zod';
import { Appointment } from '../appointments';
import { CreateClosure, CreateTimeOff } from '../catalog';
import { BookedVisitsPreview, ScheduleConflictList } from '../schedule-conflicts';
import { endpoint, IdParam } from './endpoint';

/** Visits left booked on a closed day, in time off or with an inactive provider, for the desk to move or cancel. */
export const SCHEDULE_CONFLICTS_API = {
  scheduleConflicts: endpoint({
    method: 'GET',
    path: '/api/schedule-conflicts',
    summary:
      'Upcoming visits (booked or held) on a closed day, in time off or with an inactive provider: the desk moves or cancels each (staff)',
    tag: 'scheduling',
    auth: 'user',
    response: ScheduleConflictList,
  }),
  scheduleConflictCount: endpoint({
    method: 'GET',
    path: '/api/schedule-conflicts/count',
    summary: 'How many visits are to rebook (no patient data, staff)',
    tag: 'scheduling',
    auth: 'user',
    response: z.object({ count: z.number().int() }),
  }),
  previewClosure: endpoint({
    method: 'POST',
    path: '/api/locations/:id/closures/preview',
    summary: 'The upcoming visits a closure would leave booked, before it is saved (admin); nothing is saved',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    body: CreateClosure,
    response: BookedVisitsPreview,
  }),
  previewTimeOff: endpoint({
    method: 'POST',
    path: '/api/providers/:id/time-off/preview',
    summary:
      'The upcoming visits time off would leave booked, before it is saved (admin, or the provider); nothing is saved',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    body: CreateTimeOff,
    response: BookedVisitsPreview,
  }),
  previewDeactivation: endpoint({
    method: 'GET',
    path: '/api/staff/:id/deactivation-preview',
    summary: "The provider's upcoming visits that deactivating them would leave to rebook (admin)",
    tag: 'staff',
    auth: 'user',
    params: IdParam,
    response: BookedVisitsPreview,
  }),
  withdrawOffer: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/withdraw-offer',
    summary:
      'Withdraw a waitlist offer whose time the clinic cannot keep: the hold is cancelled, the patient keeps waiting and is mailed (desk)',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: Appointment,
  }),
} as const;
