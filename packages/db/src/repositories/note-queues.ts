import type { Database } from '../connection';

/** An encounter with its patient's name, its visit's start (and the location's zone) and its author, for the note queues. */
function notesWithPatient(db: Database) {
  return db
    .selectFrom('encounters')
    .innerJoin('appointments', 'appointments.id', 'encounters.appointment_id')
    .innerJoin('patients', 'patients.id', 'encounters.patient_id')
    .innerJoin('users as authors', 'authors.id', 'encounters.author_id')
    .innerJoin('locations', 'locations.id', 'appointments.location_id')
    .select([
      'locations.time_zone',
      'encounters.id',
      'encounters.patient_id',
      'encounters.status',
      'encounters.signed_at',
      'encounters.created_at',
      'appointments.start_at',
      'patients.given_name',
      'patients.family_name',
      'authors.id as author_id',
      'authors.display_name as author_name',
    ]);
}

export type NoteQueueRow = Awaited<ReturnType<typeof listAwaitingCosign>>[number];

/** Notes signed by the supervisor's residents and awaiting co-signature, oldest signature first (ties by id). */
export function listAwaitingCosign(db: Database, supervisorId: string, limit = 200) {
  return notesWithPatient(db)
    .where('authors.supervisor_id', '=', supervisorId)
    .where('encounters.status', '=', 'awaiting_cosign')
    .orderBy('encounters.signed_at')
    .orderBy('encounters.id')
    .limit(limit)
    .execute();
}

/** The author's notes still in draft, oldest visit first (ties by id). */
export function listUnsignedOfAuthor(db: Database, authorId: string, limit = 200) {
  return notesWithPatient(db)
    .where('encounters.author_id', '=', authorId)
    .where('encounters.status', '=', 'draft')
    .orderBy('appointments.start_at')
    .orderBy('encounters.id')
    .limit(limit)
    .execute();
}
