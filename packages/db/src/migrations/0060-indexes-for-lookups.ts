import type { Kysely, Migration } from 'kysely';

/**
 * The rows a request looks up by a column that led no index, so each such read scanned the whole table, which grows
 * with every visit, note, check-in or login (as cancellations scanned every block until migration 0059). One index
 * per lookup that a query makes; columns nothing filters or joins by stay unindexed, since each index costs every
 * write. `lookups-by-index.int.test.ts` checks that both planners use each one. Frozen once landed.
 */
const INDEXES: readonly { name: string; table: string; columns: readonly string[] }[] = [
  // A patient's notes: the chart's timeline (listNotesOfPatient), the last signed note copied forward, the check-in
  // series' first-visit test, the record's signed notes, and the FHIR searches by patient of Encounter, Procedure,
  // Consent and the exam's Observations, which reach their rows through the patient's encounters.
  { name: 'encounters_patient_idx', table: 'encounters', columns: ['patient_id'] },
  // A note's treatments and technique consents in the order recorded (listTreatments, listConsents), and the same
  // rows reached from a patient's encounters (FHIR, the check-in series).
  { name: 'treatments_encounter_idx', table: 'treatments', columns: ['encounter_id', 'seq'] },
  { name: 'consents_encounter_idx', table: 'consents', columns: ['encounter_id', 'seq'] },
  // A visit's check-ins in time (listCheckInsOfEncounter) and a patient's on the chart's timeline.
  { name: 'check_ins_encounter_idx', table: 'check_ins', columns: ['encounter_id', 'submitted_at'] },
  { name: 'check_ins_patient_idx', table: 'check_ins', columns: ['patient_id'] },
  // The worklist's open check-in alerts, oldest first, and its acknowledged ones, newest first (listOpenAlerts,
  // listAcknowledgedAlerts), and the fingerprint its poll reads (openWorklistKeys).
  { name: 'check_ins_alert_idx', table: 'check_ins', columns: ['alert', 'acknowledged_at', 'submitted_at'] },
  // The safety tasks an intake opened, read when it is submitted again (safetyTaskFlagsOfIntake,
  // findSafetyTaskOfIntake), and a patient's open ones, oldest first, on the chart's header
  // (listOpenSafetyTasksOfPatient; safety_tasks_open_idx would read every open task of the clinic).
  { name: 'safety_tasks_intake_idx', table: 'safety_tasks', columns: ['intake_id'] },
  {
    name: 'safety_tasks_patient_idx',
    table: 'safety_tasks',
    columns: ['patient_id', 'acknowledged_at', 'created_at'],
  },
  // A patient's waitlist entries, newest first, as the portal lists them (listWaitlistOf).
  { name: 'waitlist_patient_idx', table: 'waitlist_entries', columns: ['patient_id', 'created_at'] },
  // A location's visits in a time window: the desk's day (listAppointmentViews), upcoming visits and those to check
  // when its hours change (listUpcomingVisits, listUpcomingPlacements), and the patients of its FHIR Group.
  { name: 'appointments_location_idx', table: 'appointments', columns: ['location_id', 'start_at'] },
  // The logins acting for a patient: every visit's mails and reminders (usersForPatient), the guardians' logins.
  { name: 'patient_access_patient_idx', table: 'patient_access', columns: ['patient_id'] },
  // A patient's decisions on intake items, read with the chart (listReconciliations).
  { name: 'chart_reconciliations_patient_idx', table: 'chart_reconciliations', columns: ['patient_id'] },
  // A user's live sessions (listLiveSessionsOfUser) and ending them all (deleteSessionsOfUser).
  { name: 'sessions_user_idx', table: 'sessions', columns: ['user_id', 'expires_at'] },
];

export const indexesForLookupsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const { name, table, columns } of INDEXES) {
      await db.schema
        .createIndex(name)
        .on(table)
        .columns([...columns])
        .execute();
    }
  },
};
