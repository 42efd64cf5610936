import { z } from 'zod';
import {
  AddAddendum,
  Consent,
  Encounter,
  RecordConsent,
  RecordRedFlagReview,
  RecordTreatment,
  RecordTreatmentReview,
  SafetyQuery,
  SafetyResultView,
  SaveExam,
  SignEncounter,
  TreatmentReviewParams,
} from '../encounters';
import { CSpineExamFindings } from '../c-spine';
import { endpoint, IdParam } from './endpoint';

/** The encounters endpoints. */
export const ENCOUNTERS_API = {
  openEncounter: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/encounter',
    summary: 'Open (or return) the encounter of an appointment',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    response: Encounter,
  }),

  getEncounter: endpoint({
    method: 'GET',
    path: '/api/encounters/:id',
    summary: 'An encounter with exam, consents, treatments, note and codes',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    response: Encounter,
  }),

  saveExam: endpoint({
    method: 'PUT',
    path: '/api/encounters/:id/exam',
    summary: 'Record the structural exam (TART per region)',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    body: SaveExam,
    response: Encounter,
  }),

  checkSafety: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/safety',
    summary: 'Safety verdict for a technique on a region for this patient',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    query: SafetyQuery,
    response: SafetyResultView,
  }),

  recordConsent: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/consents',
    summary: 'Record consent (or refusal) for a technique',
    tag: 'encounters',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: RecordConsent,
    response: Consent,
  }),

  reviewRedFlag: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/red-flag-reviews',
    summary: 'Physician records a decision on a red flag (lifts or keeps the OMT hold)',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    body: RecordRedFlagReview,
    response: Encounter,
  }),

  recordCSpineExam: endpoint({
    method: 'PUT',
    path: '/api/encounters/:id/c-spine-exam',
    summary:
      'Physician completes the Canadian C-spine rule at the exam (low-risk factors, 45° rotation); imaging raises a red flag',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    body: CSpineExamFindings,
    response: Encounter,
  }),

  recordTreatment: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/treatments',
    summary: 'Document a technique given to a region',
    tag: 'encounters',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: RecordTreatment,
    response: Encounter,
  }),

  reviewTreatment: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/treatments/:treatmentId/review',
    summary:
      'Physician confirms or withdraws a treatment that a red flag raised after it put under review (needed to sign)',
    tag: 'encounters',
    auth: 'user',
    params: TreatmentReviewParams,
    body: RecordTreatmentReview,
    response: Encounter,
  }),

  signEncounter: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/sign',
    summary: 'Sign the note; yields the CPT and ICD-10 codes',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    body: SignEncounter,
    response: Encounter,
  }),

  cosignEncounter: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/cosign',
    summary: "Supervising physician co-signs a resident's note",
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    response: Encounter,
  }),

  addAddendum: endpoint({
    method: 'POST',
    path: '/api/encounters/:id/addenda',
    summary: 'Add a dated addendum to a signed note',
    tag: 'encounters',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: AddAddendum,
    response: Encounter,
  }),

  notePdf: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/note.pdf',
    summary: 'The signed note as a PDF',
    tag: 'encounters',
    auth: 'user',
    params: IdParam,
    produces: 'application/pdf',
    response: z.string(),
  }),
} as const;
