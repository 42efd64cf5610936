import { z } from 'zod';
import { CheckInDays, ScheduledCheckIn } from '../check-in-series';
import { endpoint, IdParam } from './endpoint';

/** The check-in series after each OMT visit: the patient's open check-ins, a visit's series, the clinic's days. */
export const CHECK_IN_SERIES_API = {
  openCheckIns: endpoint({
    method: 'GET',
    path: '/api/check-ins/open',
    summary: "The check-ins open now for the login's own and dependants' visits, soonest closing first",
    tag: 'follow-up',
    auth: 'user',
    response: z.array(ScheduledCheckIn),
  }),

  checkInSeries: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/check-in-series',
    summary: "A signed visit's check-in series with each one's state",
    tag: 'follow-up',
    auth: 'user',
    params: IdParam,
    response: z.array(ScheduledCheckIn),
  }),

  clearUnansweredCheckIn: endpoint({
    method: 'POST',
    path: '/api/scheduled-check-ins/:id/clear',
    summary:
      'A clinician clears an unanswered first check-in from the worklist (after reaching the patient, say)',
    tag: 'follow-up',
    auth: 'user',
    params: IdParam,
    response: ScheduledCheckIn,
  }),

  checkInDays: endpoint({
    method: 'GET',
    path: '/api/settings/check-in-days',
    summary: 'The days after an OMT visit on which the patient gets a check-in (default 1, 3 and 7)',
    tag: 'follow-up',
    auth: 'user',
    response: CheckInDays,
  }),

  saveCheckInDays: endpoint({
    method: 'PUT',
    path: '/api/settings/check-in-days',
    summary:
      'The admin sets the check-in days (whole days 1–60, increasing, at most 7); later visits use them',
    tag: 'follow-up',
    auth: 'user',
    body: CheckInDays,
    response: CheckInDays,
  }),
} as const;
