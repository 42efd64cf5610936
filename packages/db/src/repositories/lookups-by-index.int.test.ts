import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import type { Database, DatabaseHandle } from '../connection';
import { listAppointmentViews } from './appointments';
import { listReconciliations } from './chart';
import { listCheckInsOfPatient, listNotesOfPatient, listOpenSafetyTasksOfPatient } from './chart-timeline';
import { listAcknowledgedAlerts, listCheckInsOfEncounter, listOpenAlerts } from './check-ins';
import { listConsents, listTreatments } from './encounters';
import { fhirEncounterRows, fhirTreatmentRows } from './fhir';
import { patientIdsAtLocation } from './fhir-bulk-exports';
import { fhirGuardianRows, fhirTechniqueConsentRows } from './fhir-record-rows';
import { safetyTaskFlagsOfIntake } from './intakes';
import { findLastSignedEncounter } from './note';
import { listSignedEncountersOfPatient } from './patient-record';
import { guardianLogins } from './patients';
import { findSafetyTaskOfIntake, openWorklistKeys } from './safety-tasks';
import { listUpcomingPlacements, listUpcomingVisits } from './schedule-conflicts';
import { hadEarlierOmtVisit } from './scheduled-check-ins';
import { deleteSessionsOfUser, listLiveSessionsOfUser } from './sessions';
import { usersForPatient } from './users';
import { listWaitlistOf } from './waitlist';

// Each repository read that looks rows up by a column of a table growing with use, and the index it needs
// (migration 0060): without it, each read scanned the whole table. The statements are the repositories' own, caught
// as they are sent.
const NOW = '2026-06-10T12:00:00Z';
const DAY = { from: '2026-06-10T00:00:00Z', to: '2026-06-11T00:00:00Z' };
const LOOKUPS: { read: string; index: string; run: (db: Database) => Promise<unknown> }[] = [
  { read: 'listNotesOfPatient', index: 'encounters_patient_idx', run: (db) => listNotesOfPatient(db, 'p') },
  {
    read: 'findLastSignedEncounter',
    index: 'encounters_patient_idx',
    run: (db) => findLastSignedEncounter(db, 'p', 'e'),
  },
  {
    read: 'listSignedEncountersOfPatient',
    index: 'encounters_patient_idx',
    run: (db) => listSignedEncountersOfPatient(db, 'p'),
  },
  {
    read: 'hadEarlierOmtVisit',
    index: 'encounters_patient_idx',
    run: (db) => hadEarlierOmtVisit(db, 'p', NOW),
  },
  {
    read: 'fhirEncounterRows by patient',
    index: 'encounters_patient_idx',
    run: (db) => fhirEncounterRows(db, { patientIds: ['p'] }),
  },
  { read: 'listTreatments', index: 'treatments_encounter_idx', run: (db) => listTreatments(db, 'e') },
  {
    read: 'fhirTreatmentRows by patient',
    index: 'treatments_encounter_idx',
    run: (db) => fhirTreatmentRows(db, { patientIds: ['p'] }),
  },
  { read: 'listConsents', index: 'consents_encounter_idx', run: (db) => listConsents(db, 'e') },
  {
    read: 'fhirTechniqueConsentRows by patient',
    index: 'consents_encounter_idx',
    run: (db) => fhirTechniqueConsentRows(db, { patientIds: ['p'] }),
  },
  {
    read: 'listCheckInsOfEncounter',
    index: 'check_ins_encounter_idx',
    run: (db) => listCheckInsOfEncounter(db, 'e'),
  },
  {
    read: 'listCheckInsOfPatient',
    index: 'check_ins_patient_idx',
    run: (db) => listCheckInsOfPatient(db, 'p'),
  },
  { read: 'listOpenAlerts', index: 'check_ins_alert_idx', run: (db) => listOpenAlerts(db) },
  {
    read: 'listAcknowledgedAlerts',
    index: 'check_ins_alert_idx',
    run: (db) => listAcknowledgedAlerts(db, 50),
  },
  { read: 'openWorklistKeys', index: 'check_ins_alert_idx', run: (db) => openWorklistKeys(db) },
  {
    read: 'safetyTaskFlagsOfIntake',
    index: 'safety_tasks_intake_idx',
    run: (db) => safetyTaskFlagsOfIntake(db, 'i'),
  },
  {
    read: 'findSafetyTaskOfIntake',
    index: 'safety_tasks_intake_idx',
    run: (db) => findSafetyTaskOfIntake(db, 'i'),
  },
  {
    read: 'listOpenSafetyTasksOfPatient',
    index: 'safety_tasks_patient_idx',
    run: (db) => listOpenSafetyTasksOfPatient(db, 'p'),
  },
  { read: 'listWaitlistOf a patient', index: 'waitlist_patient_idx', run: (db) => listWaitlistOf(db, ['p']) },
  {
    read: "listAppointmentViews of a location's day",
    index: 'appointments_location_idx',
    run: (db) => listAppointmentViews(db, { locationId: 'l', ...DAY }),
  },
  {
    read: 'listUpcomingVisits of a location',
    index: 'appointments_location_idx',
    run: (db) => listUpcomingVisits(db, { now: NOW, locationId: 'l', ...DAY }),
  },
  {
    read: 'listUpcomingPlacements of a location',
    index: 'appointments_location_idx',
    run: (db) => listUpcomingPlacements(db, NOW, { locationId: 'l' }),
  },
  {
    read: 'patientIdsAtLocation',
    index: 'appointments_location_idx',
    run: (db) => patientIdsAtLocation(db, 'l'),
  },
  { read: 'usersForPatient', index: 'patient_access_patient_idx', run: (db) => usersForPatient(db, 'p') },
  { read: 'guardianLogins', index: 'patient_access_patient_idx', run: (db) => guardianLogins(db, 'p') },
  {
    read: 'fhirGuardianRows by patient',
    index: 'patient_access_patient_idx',
    run: (db) => fhirGuardianRows(db, { patientIds: ['p'] }),
  },
  {
    read: 'listReconciliations',
    index: 'chart_reconciliations_patient_idx',
    run: (db) => listReconciliations(db, 'p'),
  },
  {
    read: 'listLiveSessionsOfUser',
    index: 'sessions_user_idx',
    run: (db) => listLiveSessionsOfUser(db, 'u', NOW),
  },
  {
    read: 'deleteSessionsOfUser',
    index: 'sessions_user_idx',
    run: (db) => deleteSessionsOfUser(db, 'u', 's'),
  },
];

/** The statements `run` sends, compiled as sent (it runs on the empty database: nothing is found or changed). */
async function statementsOf(db: Database, run: (db: Database) => Promise<unknown>): Promise<CompiledQuery[]> {
  const sent: CompiledQuery[] = [];
  const executor = db.getExecutor();
  await run(
    db.withPlugin({
      transformQuery: ({ node, queryId }) => {
        sent.push(executor.compileQuery(node, queryId));
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    }),
  );
  return sent;
}

/** The planner's plan of each statement, with PostgreSQL told to take any index over reading the table. */
function plansOf(handle: DatabaseHandle, statements: readonly CompiledQuery[]): Promise<string> {
  const explain = handle.dialect === 'postgres' ? 'explain ' : 'explain query plan ';
  return handle.db.connection().execute(async (conn) => {
    if (handle.dialect === 'postgres') await sql`set enable_seqscan = off`.execute(conn);
    const plans = [];
    for (const s of statements) {
      plans.push((await conn.executeQuery(CompiledQuery.raw(explain + s.sql, [...s.parameters]))).rows);
    }
    return JSON.stringify(plans);
  });
}

describe.each(TEST_DATABASES)('lookups by a column of a growing table on $name', (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await kind.open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it.each(LOOKUPS)('$read reads through $index, not the whole table', async ({ run, index }) => {
    const statements = await statementsOf(handle.db, run);
    expect(statements.length).toBeGreaterThan(0);
    expect(await plansOf(handle, statements)).toContain(index);
  });

  it("reads only a window's visits, its start bounded on both sides, not every earlier visit of the location", async () => {
    const plan = await plansOf(
      handle,
      await statementsOf(handle.db, (db) => listAppointmentViews(db, { locationId: 'l', ...DAY })),
    );
    expect(plan).toMatch(/start_at ?> ?/);
    expect(plan).toMatch(/start_at ?< ?/);
  });
});
