import { z } from 'zod';
import { Health, Ok } from './common';
import { LoginRequest, LoginResponse, MeResponse } from './auth';
import {
  AvailabilityQuery,
  CreateTimeOff,
  Location,
  Provider,
  Slot,
  TimeOff,
  UpdateVisitType,
  VisitType,
} from './catalog';
import {
  Appointment,
  AppointmentListQuery,
  CancelAppointment,
  CreateAppointment,
  RescheduleAppointment,
} from './appointments';
import { Patient, PatientFactorsView, PatientSearch } from './patients';
import { Intake, IntakeSubmission } from './intake';
import { Questionnaire } from './questionnaire';
import { SafetyTask } from './safety-tasks';
import {
  AddAddendum,
  Aftercare,
  AftercareQuery,
  Consent,
  Encounter,
  RecordConsent,
  RecordRedFlagReview,
  RecordTreatment,
  SafetyQuery,
  SafetyResultView,
  SaveExam,
  SignEncounter,
} from './encounters';
import { CheckIn, CheckInForm, SubmitCheckIn, Worklist } from './checkins';
import { AuditPage, AuditQuery } from './audit';
import { JoinWaitlist, WaitlistEntry } from './waitlist';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One endpoint's whole contract: the server validates with it, the web client calls with it, OpenAPI is built from it. */
export interface Endpoint {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** 'public' needs no login; everything else needs a session or bearer token. */
  auth: 'public' | 'user';
  status?: number;
  /** The response media type when it is not JSON (e.g. a PDF). */
  produces?: 'application/pdf' | 'text/calendar';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}

const IdParam = z.object({ id: z.string().min(1).max(64) });

function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}

export const API = {
  health: endpoint({
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness and database kind',
    tag: 'system',
    auth: 'public',
    response: Health,
  }),
  login: endpoint({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Log in; returns a bearer token and sets the session cookie',
    tag: 'auth',
    auth: 'public',
    body: LoginRequest,
    response: LoginResponse,
  }),
  logout: endpoint({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End the session',
    tag: 'auth',
    auth: 'user',
    response: Ok,
  }),
  me: endpoint({
    method: 'GET',
    path: '/api/me',
    summary: 'The logged-in user and the patients they may act for',
    tag: 'auth',
    auth: 'user',
    response: MeResponse,
  }),
  locations: endpoint({
    method: 'GET',
    path: '/api/locations',
    summary: 'Clinic locations',
    tag: 'catalog',
    auth: 'user',
    response: z.array(Location),
  }),
  visitTypes: endpoint({
    method: 'GET',
    path: '/api/visit-types',
    summary: 'Bookable visit types',
    tag: 'catalog',
    auth: 'user',
    response: z.array(VisitType),
  }),
  updateVisitType: endpoint({ method: 'PUT', path: '/api/visit-types/:id', summary: 'Change a visit type and its booking rules (admin)', tag: 'catalog', auth: 'user', params: IdParam, body: UpdateVisitType, response: VisitType }),
  providers: endpoint({
    method: 'GET',
    path: '/api/providers',
    summary: 'Physicians and residents',
    tag: 'catalog',
    auth: 'user',
    response: z.array(Provider),
  }),
  listTimeOff: endpoint({ method: 'GET', path: '/api/providers/:id/time-off', summary: "A provider's time off (staff)", tag: 'scheduling', auth: 'user', params: IdParam, response: z.array(TimeOff) }),
  addTimeOff: endpoint({ method: 'POST', path: '/api/providers/:id/time-off', summary: 'Block a provider\'s time (admin, or the provider); existing bookings are reported, not moved', tag: 'scheduling', auth: 'user', status: 201, params: IdParam, body: CreateTimeOff, response: z.object({ timeOff: TimeOff, conflictingAppointmentIds: z.array(z.string()) }) }),
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
  getAppointment: endpoint({
    method: 'GET',
    path: '/api/appointments/:id',
    summary: 'One appointment',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: Appointment,
  }),
  cancelAppointment: endpoint({ method: 'POST', path: '/api/appointments/:id/cancel', summary: 'Cancel with a reason (late cancellations are flagged); frees the time at once', tag: 'scheduling', auth: 'user', params: IdParam, body: CancelAppointment, response: Appointment }),
  rescheduleAppointment: endpoint({ method: 'POST', path: '/api/appointments/:id/reschedule', summary: 'Move to another open slot, atomically', tag: 'scheduling', auth: 'user', params: IdParam, body: RescheduleAppointment, response: Appointment }),
  noShowAppointment: endpoint({ method: 'POST', path: '/api/appointments/:id/no-show', summary: 'Front desk marks a missed visit', tag: 'scheduling', auth: 'user', params: IdParam, response: Appointment }),
  checkInAppointment: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/check-in',
    summary: 'Front desk checks the patient in',
    tag: 'scheduling',
    auth: 'user',
    params: IdParam,
    response: Appointment,
  }),
  searchPatients: endpoint({
    method: 'GET',
    path: '/api/patients',
    summary: 'Find patients (staff)',
    tag: 'patients',
    auth: 'user',
    query: PatientSearch,
    response: z.array(Patient),
  }),
  getPatient: endpoint({
    method: 'GET',
    path: '/api/patients/:id',
    summary: 'One patient with safety factors',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    response: Patient,
  }),
  updateFactors: endpoint({
    method: 'PUT',
    path: '/api/patients/:id/factors',
    summary: 'Keep the patient safety factors current (clinicians)',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    body: PatientFactorsView,
    response: Patient,
  }),
  intakeQuestionnaire: endpoint({
    method: 'GET',
    path: '/api/appointments/:id/intake/questionnaire',
    summary: 'The intake as a FHIR R4 Questionnaire, tailored to the patient of the appointment',
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    response: Questionnaire,
  }),
  submitIntake: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/intake',
    summary: 'Submit the pre-visit questionnaire as a FHIR R4 QuestionnaireResponse',
    tag: 'intake',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: IntakeSubmission,
    response: Intake,
  }),
  getIntake: endpoint({
    method: 'GET',
    path: '/api/appointments/:id/intake',
    summary: 'The submitted questionnaire with scores and red flags',
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    response: Intake,
  }),
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
  aftercare: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/aftercare',
    summary: 'Aftercare instructions for a signed visit',
    tag: 'aftercare',
    auth: 'user',
    params: IdParam,
    query: AftercareQuery,
    response: Aftercare,
  }),
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
  acknowledgeCheckIn: endpoint({
    method: 'POST',
    path: '/api/check-ins/:id/acknowledge',
    summary: 'Physician acknowledges an escalation',
    tag: 'follow-up',
    auth: 'user',
    params: IdParam,
    response: CheckIn,
  }),
  acknowledgeSafetyTask: endpoint({
    method: 'POST',
    path: '/api/safety-tasks/:id/acknowledge',
    summary: 'Physician acknowledges a same-visit safety task (PHQ-9 item 9)',
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    response: SafetyTask,
  }),
  calendarFeedUrl: endpoint({ method: 'POST', path: '/api/me/calendar-feed', summary: "Create (or replace) the caller's private calendar-feed URL (providers)", tag: 'scheduling', auth: 'user', response: z.object({ url: z.string() }) }),
  calendarFeed: endpoint({ method: 'GET', path: '/api/calendar/:token', summary: "A provider's visits as an iCalendar feed; the secret token in the URL is the only credential", tag: 'scheduling', auth: 'public', params: z.object({ token: z.string().min(20).max(100) }), produces: 'text/calendar', response: z.string() }),
  listWaitlist: endpoint({ method: 'GET', path: '/api/waitlist', summary: 'Waitlist entries the caller may see (a patient: their own and dependants\')', tag: 'scheduling', auth: 'user', response: z.array(WaitlistEntry) }),
  joinWaitlist: endpoint({ method: 'POST', path: '/api/waitlist', summary: 'Ask for an earlier or specific time; a freed slot is held for the first match', tag: 'scheduling', auth: 'user', status: 201, body: JoinWaitlist, response: WaitlistEntry }),
  leaveWaitlist: endpoint({ method: 'POST', path: '/api/waitlist/:id/cancel', summary: 'Leave the waitlist (releases any held time)', tag: 'scheduling', auth: 'user', params: IdParam, response: WaitlistEntry }),
  acceptWaitlistOffer: endpoint({ method: 'POST', path: '/api/waitlist/:id/accept', summary: 'Take the held time: it becomes a booking', tag: 'scheduling', auth: 'user', params: IdParam, response: WaitlistEntry }),
  declineWaitlistOffer: endpoint({ method: 'POST', path: '/api/waitlist/:id/decline', summary: 'Turn the held time down: it goes to the next patient waiting', tag: 'scheduling', auth: 'user', params: IdParam, response: WaitlistEntry }),
  audit: endpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Audit log (admin)',
    tag: 'admin',
    auth: 'user',
    query: AuditQuery,
    response: AuditPage,
  }),
} as const;

export type ApiName = keyof typeof API;
/** The parsed body type of an endpoint. */
export type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : never;
export type ResponseOf<E extends Endpoint> = z.infer<E['response']>;
