import {
  findAppointment,
  findEncounter,
  findLocation,
  findPatient,
  findUserById,
  findIntakeByAppointment,
  listRedFlagReviews,
  findCSpineExam,
  listAddenda,
  listConsents,
  listExamFindings,
  listTreatments,
  listTreatmentReviews,
  type Database,
  type EncounterRow,
} from '@omt/db';
import type { RedFlagView } from '@omt/contracts';
import type { IntakeExtract } from '@omt/fhir';
import {
  CANADIAN_C_SPINE_SOURCE,
  localDateTime,
  omtHoldStatus,
  redFlagsAfterCSpineExam,
  treatmentReviewStates,
  type CSpineDecision,
  type RedFlagDecision,
  type TreatmentReviewDecision,
} from '@omt/domain';
import { fail } from '../../errors';

/** Everything an encounter screen, the note and the coder need, read in one place. */
export async function loadEncounterBundle(db: Database, id: string) {
  const encounter = await findEncounter(db, id);
  if (!encounter) throw fail.notFound('encounter');
  return loadBundleOf(db, encounter);
}

export async function loadBundleOf(db: Database, encounter: EncounterRow) {
  const appointment = await findAppointment(db, encounter.appointment_id);
  const patient = await findPatient(db, encounter.patient_id);
  const author = await findUserById(db, encounter.author_id);
  if (!appointment || !patient || !author)
    throw new Error(`encounter ${encounter.id} has dangling references`);
  const location = await findLocation(db, appointment.location_id);
  const [exam, consents, treatments, intake, reviews, addenda, cSpineExam, treatmentReviews] =
    await Promise.all([
      listExamFindings(db, encounter.id),
      listConsents(db, encounter.id),
      listTreatments(db, encounter.id),
      findIntakeByAppointment(db, encounter.appointment_id),
      listRedFlagReviews(db, encounter.id),
      listAddenda(db, encounter.id),
      findCSpineExam(db, encounter.id),
      listTreatmentReviews(db, encounter.id),
    ]);
  const intakeFlags = intake ? (JSON.parse(intake.red_flags_json) as RedFlagView[]) : [];
  const cSpineDecision: CSpineDecision | null = cSpineExam
    ? {
        imaging: cSpineExam.imaging === 1,
        step: cSpineExam.step as CSpineDecision['step'],
        reason: cSpineExam.reason,
        source: CANADIAN_C_SPINE_SOURCE,
      }
    : null;
  return {
    encounter,
    appointment,
    patient,
    author,
    timeZone: location?.time_zone ?? 'UTC',
    locationName: location?.name ?? '',
    cosigner: encounter.cosigned_by ? await findUserById(db, encounter.cosigned_by) : undefined,
    exam,
    consents,
    treatments,
    intake,
    /** The intake's Canadian C-spine answers (null when not asked). */
    cSpineIntakeAnswers: intake
      ? ((JSON.parse(intake.answers_json) as IntakeExtract).redFlags['c-spine'] ?? null)
      : null,
    intakeFlags,
    cSpineExam,
    cSpineDecision,
    /** The intake's flags as the exam's Canadian C-spine decision left them (the hold and the note use these). */
    redFlags: redFlagsAfterCSpineExam(intakeFlags, cSpineDecision) as RedFlagView[],
    reviews,
    treatmentReviews,
    addenda,
  };
}

export type EncounterBundle = Awaited<ReturnType<typeof loadEncounterBundle>>;

/** Whether OMT is on hold: a red flag from intake is unreviewed or was not cleared for OMT. */
export function holdOf(b: EncounterBundle) {
  return omtHoldStatus(
    b.redFlags,
    b.reviews.map((r) => ({ flagId: r.flag_id, decision: r.decision as RedFlagDecision })),
  );
}

/**
 * The visit's own day in its location's zone: the encounter's "today" for ages and for how old a level check
 * is (an encounter opens only on that day; a signed note keeps the age the patient had at the visit).
 */
export function visitDayOf(b: EncounterBundle): string {
  return localDateTime(b.appointment.start_at, b.timeZone).date;
}

/** Each treatment's review state: a red flag raised after it waits for the physician's decision. */
export function treatmentStatesOf(b: EncounterBundle) {
  return treatmentReviewStates(
    b.redFlags,
    b.treatments.map((t) => ({
      id: t.id,
      flagsKnown: t.flags_known_json ? (JSON.parse(t.flags_known_json) as string[]) : null,
    })),
    b.treatmentReviews.map((r) => ({
      treatmentId: r.treatment_id,
      decision: r.decision as TreatmentReviewDecision,
      flags: JSON.parse(r.flags_json) as string[],
    })),
  );
}

/** The treatments the note documents as given: all but those withdrawn after review. */
export function givenTreatments(b: EncounterBundle) {
  const withdrawn = new Set(
    treatmentStatesOf(b)
      .filter((s) => s.decision === 'withdrawn')
      .map((s) => s.treatmentId),
  );
  return b.treatments.filter((t) => !withdrawn.has(t.id));
}
