import {
  findAppointment,
  findEncounter,
  findLocation,
  findPatient,
  findUserById,
  listConsents,
  listExamFindings,
  listTreatments,
  type Database,
  type EncounterRow,
} from '@omt/db';
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
  if (!appointment || !patient || !author) throw new Error(`encounter ${encounter.id} has dangling references`);
  const location = await findLocation(db, appointment.location_id);
  const [exam, consents, treatments] = await Promise.all([
    listExamFindings(db, encounter.id),
    listConsents(db, encounter.id),
    listTreatments(db, encounter.id),
  ]);
  return { encounter, appointment, patient, author, timeZone: location?.time_zone ?? 'UTC', exam, consents, treatments };
}

export type EncounterBundle = Awaited<ReturnType<typeof loadEncounterBundle>>;
