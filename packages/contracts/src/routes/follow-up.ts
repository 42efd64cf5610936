import { z } from 'zod';
import { CheckIn, CheckInForm, SubmitCheckIn, Worklist, WorklistStamp } from '../checkins';
import { AcknowledgeAlert } from '../worklists';
import { endpoint, IdParam } from './endpoint';

/** The follow-up endpoints. */
export const FOLLOW_UP_API = {
  checkInForm: endpoint({
    method: 'GET',
    path: '/api/check-ins/form',
    summary: 'The post-treatment check-in questions',
    tag: 'follow-up',
    auth: 'user',
    response: CheckInForm,
  }),

  submitCheckIn: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/check-ins',
    summary: 'Patient answers a post-treatment check-in',
    tag: 'follow-up',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: SubmitCheckIn,
    response: CheckIn,
  }),

  listCheckIns: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/check-ins',
    summary: 'Check-ins of an encounter',
    tag: 'follow-up',
    auth: 'user',
    params: IdParam,
    response: z.array(CheckIn),
  }),

  worklist: endpoint({
    method: 'GET',
    path: '/api/worklist',
    summary: "Physician's open escalations and safety tasks",
    tag: 'follow-up',
    auth: 'user',
    response: Worklist,
  }),

  worklistStamp: endpoint({
    method: 'GET',
    path: '/api/worklist/stamp',
    summary: 'Whether the worklist changed: a fingerprint of its open items (ids only, no patient data)',
    tag: 'follow-up',
    auth: 'user',
    response: WorklistStamp,
  }),

  acknowledgeCheckIn: endpoint({
    method: 'POST',
    path: '/api/check-ins/:id/acknowledge',
    summary:
      "The assigned physician (or a resident's supervisor) acknowledges an escalation with what was done; others get 403",
    tag: 'follow-up',
    auth: 'user',
    params: IdParam,
    body: AcknowledgeAlert,
    response: CheckIn,
  }),
} as const;
