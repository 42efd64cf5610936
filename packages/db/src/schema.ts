import type { Generated, Insertable, Selectable } from 'kysely';
import type { ChartEntryTable, ChartReconciliationTable, PatientChartTable } from './schema-chart';
import type { JobTable } from './schema-jobs';
import type { ExportTable } from './schema-exports';
import type { PatientIdentifierTable } from './schema-patient-identifiers';
import type { OutsideObservationTable } from './schema-outside-observations';
import type { FhirBulkExportTable, FhirBulkFileTable } from './schema-bulk-exports';
import type { ScheduledCheckInTable } from './schema-check-in-series';
import type { CarePlanTable, CarePlanVersionTable, CarePlanVisitTable } from './schema-care-plans';
import type { MeasureResponseTable } from './schema-measures';
import type { LicensedQuestionnaireTable } from './schema-outcomes-report';
import type {
  SmartAppTable,
  SmartAuthorizationTable,
  SmartGrantTable,
  SmartSigningKeyTable,
  SmartTokenTable,
} from './schema-smart';

/**
 * Table types. One code path for SQLite and PostgreSQL: ids are text (UUIDs), instants are
 * text `YYYY-MM-DDTHH:MM:SSZ` (UTC, sortable as text), booleans are integers 0/1, JSON is text.
 */
export interface LocationTable {
  id: string;
  name: string;
  time_zone: string;
  address: string;
  phone: string;
  /** When it was retired (migration 0026); null while in use. Retired things are kept, never deleted. */
  retired_at: Generated<string | null>;
}

export interface VisitTypeTable {
  id: string;
  name: string;
  duration_minutes: number;
  requires_consultation: number;
  description: string;
  buffer_after_minutes: Generated<number>;
  online_bookable: Generated<number>;
  min_notice_minutes: Generated<number>;
  max_horizon_days: Generated<number>;
  /** JSON list of the provider ids who may perform it; empty: every provider (migration 0015). */
  performer_ids: Generated<string>;
  /** Who the visit type is for (migration 0018): age range in days (null: no bound) and pregnancy (0/1). */
  min_age_days: Generated<number | null>;
  max_age_days: Generated<number | null>;
  requires_pregnancy: Generated<number>;
  /** When it was retired (migration 0026); null while offered. */
  retired_at: Generated<string | null>;
  /** Spanish name and description for Spanish readers (migration 0046); null: the English is shown. */
  name_es: Generated<string | null>;
  description_es: Generated<string | null>;
}

export interface UserTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  display_name: string;
  credential: string | null;
  supervisor_id: string | null;
  created_at: string;
  calendar_token_hash: string | null;
  /** invited | active | deactivated (migration 0024); only active logins may log in. */
  status: Generated<string>;
  npi: string | null;
  /** 1 once the email is confirmed (migration 0027); only an online sign-up starts at 0. */
  email_verified: Generated<number>;
}

export interface StaffLocationTable {
  user_id: string;
  location_id: string;
}

export interface StaffInvitationTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface PatientTable {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: string;
  factors_json: string;
  /** Moves on every change of factors_json, so a save made from an older read is refused (migration 0018). */
  factors_version: Generated<number>;
  summary: string;
  created_at: string;
  /** Registration (migration 0022): contact, language, the other details as JSON, the record's version. */
  email: string | null;
  phone: string | null;
  preferred_language: Generated<string>;
  /** Address, emergency contact, insurance, guardians (`PatientDetails` in the contracts). */
  details_json: Generated<string>;
  version: Generated<number>;
  active: Generated<number>;
  deactivated_at: string | null;
  deactivation_reason: string | null;
  /** Search keys, written by `insertPatient`/`updatePatientRegistration` from the domain's key functions. */
  given_key: Generated<string>;
  family_key: Generated<string>;
  email_key: string | null;
  phone_key: string | null;
  /**
   * A record created online that may be someone already registered (migration 0027), for the desk to review:
   * JSON `{ matchIds, flaggedAt }`; null when there is nothing to review.
   */
  duplicate_review_json: Generated<string | null>;
}

export interface PatientAccessTable {
  user_id: string;
  patient_id: string;
  relationship: string;
}

/** A location's weekly opening hours; slots fall inside them (a location without any is not restricted). */
export interface LocationHoursTable {
  id: string;
  location_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
}

export interface ProviderHoursTable {
  id: string;
  provider_id: string;
  location_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** When a request last used the session (migration 0023); idle expiry reads it. Null: never since login. */
  last_seen_at: string | null;
  user_agent: string | null;
  ip: string | null;
}

/** A mailed email confirmation of an online sign-up (migration 0027): only the token's SHA-256; single use, 24 h. */
export interface EmailVerificationTokenTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A mailed password reset (migration 0023): only the token's SHA-256 is stored; single use, short-lived. */
export interface PasswordResetTokenTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * Attempts counted as failed in a login limit's current window (migration 0057): `key` is a SHA-256 (the limit, the
 * kind and the email or IP), `ends_at` when the window ends; a success takes its attempt back.
 */
export interface LoginFailureTable {
  key: string;
  ends_at: string;
  failures: number;
}

export interface TotpCredentialTable {
  user_id: string;
  /** The active secret, once a right code enabled it: sealed with SECRET_KEY (`gcm1:…`), never the base32 itself. */
  secret: string | null;
  /** A secret set up but not yet confirmed with a code, sealed the same way. */
  pending_secret: string | null;
  enabled_at: string | null;
  /** The last 30-second step a code was accepted for: no code of it or before it is accepted again. */
  last_used_step: number | null;
}

export interface TotpRecoveryCodeTable {
  /** SHA-256 of the normalised recovery code. */
  id: string;
  user_id: string;
  used_at: string | null;
}

export interface MfaChallengeTable {
  /** SHA-256 of the pending token given after a right password. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AppointmentTable {
  id: string;
  patient_id: string;
  provider_id: string;
  location_id: string;
  visit_type: string;
  start_at: string;
  end_at: string;
  status: string;
  created_by: string;
  created_at: string;
  cancel_reason: string | null;
  cancelled_at: string | null;
  late_cancel: Generated<number>;
  override_reason: string | null;
  reminder_sent_at: string | null;
  room_id: string | null;
  /** Revision of the visit's calendar invitation (RFC 5546 SEQUENCE), raised by a move or a cancel (migration 0021). */
  ics_sequence: Generated<number>;
}

/** One row per provider per 15-minute block held by a live appointment: the primary key forbids double booking. */
export interface ProviderBlockTable {
  provider_id: string;
  block_start: string;
  appointment_id: string;
}
export interface PatientBlockTable {
  patient_id: string;
  block_start: string;
  appointment_id: string;
}

export interface IntakeTable {
  id: string;
  appointment_id: string;
  patient_id: string;
  answers_json: string;
  questionnaire_response_json: string;
  /** Null when the mental-health section was not asked (children under 12). */
  phq2_score: number | null;
  phq2_positive: number | null;
  red_flags_json: string;
  submitted_by: string;
  submitted_at: string;
  /** `{ phq9, peg }` as presented (migration 0005 filled older rows). */
  scores_json: string;
  summary_json: string;
}

/**
 * A same-visit safety task (PHQ-9 item 9 above 0, or an emergency or urgent red flag at intake), for the
 * visit's physician, open until a physician acknowledges it.
 */
export interface SafetyTaskTable {
  id: string;
  patient_id: string;
  appointment_id: string;
  intake_id: string;
  reason: string;
  created_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  /** The red flag that opened it and the flag's action (migration 0019); null for the PHQ-9 task. */
  flag_id: string | null;
  action: string | null;
  /** What was done, recorded with the acknowledgement (migration 0033), and its note. */
  outcome: string | null;
  outcome_note: string | null;
}

export interface EncounterTable {
  id: string;
  appointment_id: string;
  patient_id: string;
  author_id: string;
  status: string;
  note_text: string | null;
  coding_json: string | null;
  em_documented: number;
  em_note: string | null;
  signed_at: string | null;
  signed_by: string | null;
  cosigned_by: string | null;
  cosigned_at: string | null;
  created_at: string;
  updated_at: string;
  tolerance: string | null;
  reassessment: string | null;
  /** Free text of the note (migration 0032): history of present illness, assessment, plan. */
  hpi: string | null;
  assessment: string | null;
  plan: string | null;
  /** Moves on every draft save of the free text; a save carries the version it read (409 when stale). */
  note_version: Generated<number>;
  /** The E/M service's CPT code billed with modifier 25 (migration 0037), entered beside the E/M note. */
  em_code: string | null;
}

export interface ExamFindingTable {
  id: string;
  encounter_id: string;
  region: string;
  tenderness: number;
  asymmetry: number;
  restriction: number;
  tissue_texture: number;
  comment: string | null;
  severity: string | null;
  segment: string | null;
  /** The date of the signed visit this row was copied from, until edited or confirmed (migration 0032). */
  copied_from: string | null;
  /** 1 once the physician re-examined a copied row and confirmed it. */
  copy_confirmed: Generated<number>;
}

/** A note template ("dot phrase", migration 0032): `scope` is 'clinic' or the owning physician's id. */
export interface NoteTemplateTable {
  id: string;
  scope: string;
  shortcut: string;
  title: string;
  body: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ConsentTable {
  id: string;
  encounter_id: string;
  technique: string;
  decision: string;
  method: string;
  recorded_by: string;
  recorded_at: string;
  /** Monotonic: the latest decision on a technique has the highest seq (migration 0017). */
  seq: Generated<number>;
}

export interface TreatmentTable {
  id: string;
  encounter_id: string;
  region: string;
  technique: string;
  position: string;
  response: string;
  safety_verdict: string;
  caution_reason: string | null;
  recorded_by: string;
  recorded_at: string;
  duration_minutes: number | null;
  discomfort_json: string | null;
  seq: Generated<number>;
  /** The ids of the visit's red flags known when it was recorded (null: recorded before migration 0017). */
  flags_known_json: string | null;
}

/** A physician's decision on a treatment that a red flag raised after it put under review. */
export interface TreatmentReviewTable {
  id: Generated<number>;
  treatment_id: string;
  encounter_id: string;
  decision: string;
  note: string;
  /** The flag ids this decision covered; a flag not among them puts the treatment under review again. */
  flags_json: string;
  reviewed_by: string;
  reviewed_at: string;
}

export interface CheckInTable {
  id: string;
  encounter_id: string;
  patient_id: string;
  soreness: number;
  days_sore: number;
  new_symptoms_json: string;
  route: string;
  reasons_json: string;
  alert: number;
  submitted_by: string;
  submitted_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  /** What was done, recorded with the acknowledgement (migration 0033), and its note. */
  outcome: string | null;
  outcome_note: string | null;
}

export interface RedFlagReviewTable {
  id: Generated<number>;
  encounter_id: string;
  flag_id: string;
  decision: string;
  note: string;
  reviewed_by: string;
  reviewed_at: string;
}

/** The Canadian C-spine rule completed at the exam (findings as JSON, the decision as columns). */
export interface CSpineExamTable {
  encounter_id: string;
  findings_json: string;
  imaging: number;
  step: number;
  reason: string;
  recorded_by: string;
  recorded_at: string;
}

export interface AddendumTable {
  id: Generated<number>;
  encounter_id: string;
  author_id: string;
  text: string;
  created_at: string;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_json: string;
  created_at: string;
}

export interface WaitlistEntryTable {
  id: Generated<number>;
  patient_id: string;
  visit_type: string;
  location_id: string | null;
  provider_id: string | null;
  not_before: string;
  not_after: string;
  status: string;
  offer_appointment_id: string | null;
  offer_expires_at: string | null;
  created_by: string;
  created_at: string;
}

export interface TimeOffTable {
  id: string;
  provider_id: string;
  start_at: string;
  end_at: string;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface RoomTable {
  id: string;
  location_id: string;
  name: string;
  created_at: string;
  /** When it was retired (migration 0026); null while in use. */
  retired_at: Generated<string | null>;
}

export interface RoomBlockTable {
  room_id: string;
  block_start: string;
  appointment_id: string;
}

/** An upcoming visit found outside working hours when hours changed (migration 0041). */
export interface HoursConflictTable {
  appointment_id: string;
  start_at: string;
  location_id: string;
  provider_id: string;
  found_at: string;
}

export interface LocationClosureTable {
  id: string;
  location_id: string;
  start_at: string;
  end_at: string;
  reason: string;
  created_by: string;
  created_at: string;
}

export interface ExtraHoursTable extends LocationClosureTable {
  provider_id: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  role: string | null;
  action: string;
  patient_id: string | null;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  detail: string | null;
}

/** Bumped by triggers on every change to a provider's appointments (migration 0013). */
export interface ScheduleVersionTable {
  provider_id: string;
  version: number;
}

/** One row (id 1) whose version triggers bump on any change to the scheduling catalogue (migration 0016). */
export interface CatalogVersionTable {
  id: number;
  version: number;
}

/** The clinic's profile: one row, id 1 (migration 0029). */
export interface ClinicProfileTable {
  id: number;
  name: string;
  address: string;
  phone: string;
  npi: string | null;
  tax_id: string | null;
  logo_type: string | null;
  logo_base64: string | null;
  version: number;
  updated_at: string | null;
  /** Moved to a fresh value on every save by a trigger (migration 0038): the profile cache's marker. */
  marker: Generated<number>;
  /** The clinic's check-in days after an OMT visit, "1,3,7" (migration 0043). */
  check_in_days: Generated<string>;
}

/** One CSV patient import run: who, when, the file's SHA-256 and the counts (migration 0028). */
export interface PatientImportTable {
  id: string;
  user_id: string;
  file_sha256: string;
  created_at: string;
  row_count: number;
  created_count: number;
  duplicate_count: number;
  error_count: number;
}

/** An uploaded PDF or image of a patient, its bytes kept in the row; removed only softly (migration 0031). */
export interface PatientDocumentTable {
  id: string;
  patient_id: string;
  title: string;
  category: string;
  file_name: string | null;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: string;
  removed_by: string | null;
  removed_at: string | null;
  removed_reason: string | null;
}

/** One version of the clinic's general treatment consent text (migration 0031). */
export interface ConsentFormTable {
  version: number;
  text_en: string;
  text_es: string;
  published_at: string;
  published_by: string | null;
}

/** A patient's (or their guardian's) signature of one consent form version (migration 0031). */
export interface ConsentSignatureTable {
  id: string;
  patient_id: string;
  form_version: number;
  typed_name: string;
  signer_user_id: string;
  signer_relationship: string;
  signed_at: string;
}

/** One fee of the clinic's schedule, effective from a day; never changed or deleted (migration 0034). */
export interface FeeTable {
  id: Generated<number>;
  code: string;
  amount_cents: number;
  currency: Generated<string>;
  effective_from: string;
  created_by: string;
  created_at: string;
}

export interface DB {
  locations: LocationTable;
  visit_types: VisitTypeTable;
  users: UserTable;
  staff_locations: StaffLocationTable;
  staff_invitations: StaffInvitationTable;
  patients: PatientTable;
  patient_access: PatientAccessTable;
  patient_imports: PatientImportTable;
  provider_hours: ProviderHoursTable;
  location_hours: LocationHoursTable;
  sessions: SessionTable;
  password_reset_tokens: PasswordResetTokenTable;
  email_verification_tokens: EmailVerificationTokenTable;
  totp_credentials: TotpCredentialTable;
  totp_recovery_codes: TotpRecoveryCodeTable;
  mfa_challenges: MfaChallengeTable;
  login_failures: LoginFailureTable;
  appointments: AppointmentTable;
  provider_blocks: ProviderBlockTable;
  patient_blocks: PatientBlockTable;
  intakes: IntakeTable;
  safety_tasks: SafetyTaskTable;
  encounters: EncounterTable;
  exam_findings: ExamFindingTable;
  note_templates: NoteTemplateTable;
  consents: ConsentTable;
  treatments: TreatmentTable;
  check_ins: CheckInTable;
  scheduled_check_ins: ScheduledCheckInTable;
  red_flag_reviews: RedFlagReviewTable;
  treatment_reviews: TreatmentReviewTable;
  c_spine_exams: CSpineExamTable;
  addenda: AddendumTable;
  idempotency_keys: IdempotencyKeyTable;
  waitlist_entries: WaitlistEntryTable;
  time_off: TimeOffTable;
  rooms: RoomTable;
  room_blocks: RoomBlockTable;
  location_closures: LocationClosureTable;
  extra_hours: ExtraHoursTable;
  schedule_versions: ScheduleVersionTable;
  catalog_version: CatalogVersionTable;
  clinic_profile: ClinicProfileTable;
  fees: FeeTable;
  patient_documents: PatientDocumentTable;
  consent_forms: ConsentFormTable;
  consent_signatures: ConsentSignatureTable;
  audit_log: AuditTable;
  chart_entries: ChartEntryTable;
  patient_charts: PatientChartTable;
  chart_reconciliations: ChartReconciliationTable;
  jobs: JobTable;
  exports: ExportTable;
  patient_identifiers: PatientIdentifierTable;
  outside_observations: OutsideObservationTable;
  fhir_bulk_exports: FhirBulkExportTable;
  fhir_bulk_files: FhirBulkFileTable;
  care_plans: CarePlanTable;
  care_plan_versions: CarePlanVersionTable;
  care_plan_visits: CarePlanVisitTable;
  measure_responses: MeasureResponseTable;
  hours_conflicts: HoursConflictTable;
  licensed_questionnaires: LicensedQuestionnaireTable;
  smart_apps: SmartAppTable;
  smart_grants: SmartGrantTable;
  smart_authorizations: SmartAuthorizationTable;
  smart_tokens: SmartTokenTable;
  smart_signing_keys: SmartSigningKeyTable;
}

export type UserRow = Selectable<UserTable>;
export type PatientRow = Selectable<PatientTable>;
export type CSpineExamRow = Selectable<CSpineExamTable>;
export type AppointmentRow = Selectable<AppointmentTable>;
export type NewAppointment = Insertable<AppointmentTable>;
export type EncounterRow = Selectable<EncounterTable>;
export type CheckInRow = Selectable<CheckInTable>;
export type LocationRow = Selectable<LocationTable>;
export type ProviderHoursRow = Selectable<ProviderHoursTable>;
export type VisitTypeRow = Selectable<VisitTypeTable>;
export type AuditRow = Selectable<AuditTable>;
export type WaitlistEntryRow = Selectable<WaitlistEntryTable>;
export type NewWaitlistEntry = Insertable<WaitlistEntryTable>;
export type NewAudit = Insertable<AuditTable>;
