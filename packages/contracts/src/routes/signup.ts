import { MeResponse } from '../auth';
import { Ok } from '../common';
import { Patient } from '../patients';
import {
  AddChildRequest,
  ResolveDuplicateReview,
  ResendVerificationRequest,
  SignUpRequest,
  SignUpResponse,
  VerifyEmailRequest,
} from '../signup';
import { endpoint, IdParam } from './endpoint';

/** Online sign-up of new patients, the confirmation of their email, and children added by a parent. */
export const SIGNUP_API = {
  signUp: endpoint({
    method: 'POST',
    path: '/api/signup',
    summary:
      'A new patient signs up: a login (email not yet confirmed) and their patient record; a confirmation link (24 h, once) is mailed. The same 202 whether or not the email already has an account (that person is mailed a reminder instead)',
    tag: 'signup',
    auth: 'public',
    status: 202,
    body: SignUpRequest,
    response: SignUpResponse,
  }),

  verifyEmail: endpoint({
    method: 'POST',
    path: '/api/signup/verify',
    summary:
      'Confirm the email with the mailed token (single use, 24 h): 400 unknown token, 410 used or expired (ask for a new link)',
    tag: 'signup',
    auth: 'public',
    body: VerifyEmailRequest,
    response: Ok,
  }),

  resendVerification: endpoint({
    method: 'POST',
    path: '/api/signup/resend',
    summary: 'Mail a new confirmation link to an account not yet confirmed; the same 202 for any email',
    tag: 'signup',
    auth: 'public',
    status: 202,
    body: ResendVerificationRequest,
    response: SignUpResponse,
  }),

  addChild: endpoint({
    method: 'POST',
    path: '/api/me/children',
    summary:
      "A parent's portal login adds a child under 18: the child's record, with the login as guardian; returns the login with its patients",
    tag: 'signup',
    auth: 'user',
    status: 201,
    body: AddChildRequest,
    response: MeResponse,
  }),

  resolveDuplicateReview: endpoint({
    method: 'POST',
    path: '/api/patients/:id/duplicate-review/resolve',
    summary:
      'The desk has checked a record made online against its possible duplicates: the marker is cleared, the note audited (409 no_duplicate_review when there is none)',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    body: ResolveDuplicateReview,
    response: Patient,
  }),
} as const;
