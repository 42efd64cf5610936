import {
  findAppointment,
  findEncounter,
  findLocation,
  findPatient,
  findUserById,
  findIntakeByAppointment,
  listRedFlagReviews,
  listAddenda,
  listConsents,
  listExamFindings,
  listTreatments,
  type Database,
  type EncounterRow,
} from '@omt/db';
import type { RedFlagView } from '@omt/contracts';
import { omtHoldStatus, type RedFlagDecision } from '@omt/domain';
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
  const [exam, consents, treatments, intake, reviews, addenda] = await Promise.all([
    listExamFindings(db, encounter.id),
    listConsents(db, encounter.id),
    listTreatments(db, encounter.id),
    findIntakeByAppointment(db, encounter.appointment_id),
    listRedFlagReviews(db, encounter.id),
    listAddenda(db, encounter.id),
  ]);
  const redFlags = intake ? (JSON.parse(intake.red_flags_json) as RedFlagView[]) : [];
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
    redFlags,
    reviews,
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
