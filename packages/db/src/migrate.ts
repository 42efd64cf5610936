import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle, DialectName } from './connection';
import { initialMigration } from './migrations/0001-initial';
import { redFlagReviewsMigration } from './migrations/0002-red-flag-reviews';
import { addendaMigration } from './migrations/0003-addenda';
import { examAndTreatmentDetailMigration } from './migrations/0004-exam-and-treatment-detail';
import { intakeQuestionnaireMigration } from './migrations/0005-intake-questionnaire';
import { schedulingActionsMigration } from './migrations/0006-scheduling-actions';
import { remindersAndFeedsMigration } from './migrations/0007-reminders-and-feeds';
import { waitlistMigration } from './migrations/0008-waitlist';
import { visitRulesAndTimeOffMigration } from './migrations/0009-visit-rules-and-time-off';
import { roomsMigration } from './migrations/0010-rooms';
import { closuresAndExtraHoursMigration } from './migrations/0011-closures-and-extra-hours';
import { cSpineExamsMigration } from './migrations/0012-c-spine-exams';
import { scheduleVersionsMigration } from './migrations/0013-schedule-versions';
import { locationHoursMigration } from './migrations/0014-location-hours';
import { visitTypePerformersMigration } from './migrations/0015-visit-type-performers';
import { catalogVersionMigration } from './migrations/0016-catalog-version';
import { decisionSequenceMigration } from './migrations/0017-decision-sequence';
import { factorsVersionMigration } from './migrations/0018-factors-version';
import { safetyTaskFlagsMigration } from './migrations/0019-safety-task-flags';
import { freeEndedVisitBlocksMigration } from './migrations/0020-free-ended-visit-blocks';
import { icsSequenceMigration } from './migrations/0021-ics-sequence';
import { patientRegistrationMigration } from './migrations/0022-patient-registration';
import { passwordResetsAndSessionActivityMigration } from './migrations/0023-password-resets-and-session-activity';
import { staffMigration } from './migrations/0024-staff';
import { staffTotpMigration } from './migrations/0025-staff-totp';
import { retiredCatalogueMigration } from './migrations/0026-retired-catalogue';
import { onlineSignupMigration } from './migrations/0027-online-signup';
import { patientImportsMigration } from './migrations/0028-patient-imports';
import { clinicProfileMigration } from './migrations/0029-clinic-profile';
import { documentsAndConsentMigration } from './migrations/0031-documents-and-consent';
import { chartMigration } from './migrations/0030-chart';
import { noteTextMigration } from './migrations/0032-note-text';
import { alertAssignmentMigration } from './migrations/0033-alert-assignment';
import { feeScheduleMigration } from './migrations/0034-fee-schedule';
import { jobsMigration } from './migrations/0035-jobs';
import { cacheMarkersMigration } from './migrations/0038-cache-markers';
import { hoursConflictsMigration } from './migrations/0041-hours-conflicts';
import { carePlansMigration } from './migrations/0036-care-plans';
import { emCodeMigration } from './migrations/0037-em-code';
import { measureResponsesMigration } from './migrations/0042-measure-responses';
import { licensedQuestionnairesMigration } from './migrations/0044-licensed-questionnaires';
import { exportsMigration } from './migrations/0045-exports';
import { visitTypeSpanishMigration } from './migrations/0046-visit-type-spanish';
import { patientIdentifiersMigration } from './migrations/0049-patient-identifiers';
import { fhirBulkExportsMigration } from './migrations/0048-fhir-bulk-exports';
import { checkInSeriesMigration } from './migrations/0043-check-in-series';
import { smartAppsMigration } from './migrations/0047-smart-apps';
import { intakesPatientIndexMigration } from './migrations/0050-intakes-patient-index';
import { measureLicensedVersionMigration } from './migrations/0051-measure-licensed-version';
import { outsideObservationsMigration } from './migrations/0052-outside-observations';
import { smartIdTokensMigration } from './migrations/0053-smart-id-tokens';
import { smartStaffGrantsMigration } from './migrations/0054-smart-staff-grants';
import { auditDemographicChangesMigration } from './migrations/0055-audit-demographic-changes';
import { outsideObservationVersionsMigration } from './migrations/0056-outside-observation-versions';
import { loginFailuresMigration } from './migrations/0057-login-failures';
import { outsideObservationArrivedWithdrawnMigration } from './migrations/0058-outside-observation-arrived-withdrawn';
import { blocksByAppointmentMigration } from './migrations/0059-blocks-by-appointment';
import { indexesForLookupsMigration } from './migrations/0060-indexes-for-lookups';
import { outsideObservationSourceNameMigration } from './migrations/0061-outside-observation-source-name';

function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-red-flag-reviews': redFlagReviewsMigration(dialect),
    '0003-addenda': addendaMigration(dialect),
    '0004-exam-and-treatment-detail': examAndTreatmentDetailMigration,
    '0005-intake-questionnaire': intakeQuestionnaireMigration,
    '0006-scheduling-actions': schedulingActionsMigration,
    '0007-reminders-and-feeds': remindersAndFeedsMigration,
    '0008-waitlist': waitlistMigration(dialect),
    '0009-visit-rules-and-time-off': visitRulesAndTimeOffMigration,
    '0010-rooms': roomsMigration,
    '0011-closures-and-extra-hours': closuresAndExtraHoursMigration,
    '0012-c-spine-exams': cSpineExamsMigration,
    '0013-schedule-versions': scheduleVersionsMigration(dialect),
    '0014-location-hours': locationHoursMigration,
    '0015-visit-type-performers': visitTypePerformersMigration,
    '0016-catalog-version': catalogVersionMigration(dialect),
    '0017-decision-sequence': decisionSequenceMigration(dialect),
    '0018-factors-version': factorsVersionMigration,
    '0019-safety-task-flags': safetyTaskFlagsMigration,
    '0020-free-ended-visit-blocks': freeEndedVisitBlocksMigration,
    '0021-ics-sequence': icsSequenceMigration,
    '0022-patient-registration': patientRegistrationMigration(dialect),
    '0023-password-resets-and-session-activity': passwordResetsAndSessionActivityMigration,
    '0024-staff': staffMigration,
    '0025-staff-totp': staffTotpMigration,
    '0026-retired-catalogue': retiredCatalogueMigration,
    '0027-online-signup': onlineSignupMigration,
    '0028-patient-imports': patientImportsMigration,
    '0029-clinic-profile': clinicProfileMigration,
    '0031-documents-and-consent': documentsAndConsentMigration(dialect),
    '0030-chart': chartMigration,
    '0032-note-text': noteTextMigration,
    '0033-alert-assignment': alertAssignmentMigration,
    '0034-fee-schedule': feeScheduleMigration(dialect),
    '0035-jobs': jobsMigration,
    '0038-cache-markers': cacheMarkersMigration(dialect),
    '0041-hours-conflicts': hoursConflictsMigration,
    '0036-care-plans': carePlansMigration,
    '0037-em-code': emCodeMigration,
    '0042-measure-responses': measureResponsesMigration,
    '0044-licensed-questionnaires': licensedQuestionnairesMigration,
    '0045-exports': exportsMigration,
    '0046-visit-type-spanish': visitTypeSpanishMigration,
    '0049-patient-identifiers': patientIdentifiersMigration,
    '0048-fhir-bulk-exports': fhirBulkExportsMigration,
    '0043-check-in-series': checkInSeriesMigration,
    '0047-smart-apps': smartAppsMigration,
    '0050-intakes-patient-index': intakesPatientIndexMigration,
    '0051-measure-licensed-version': measureLicensedVersionMigration,
    '0052-outside-observations': outsideObservationsMigration,
    '0053-smart-id-tokens': smartIdTokensMigration,
    '0054-smart-staff-grants': smartStaffGrantsMigration(dialect),
    '0055-audit-demographic-changes': auditDemographicChangesMigration,
    '0056-outside-observation-versions': outsideObservationVersionsMigration,
    '0057-login-failures': loginFailuresMigration,
    '0058-outside-observation-arrived-withdrawn': outsideObservationArrivedWithdrawnMigration,
    '0059-blocks-by-appointment': blocksByAppointmentMigration,
    '0060-indexes-for-lookups': indexesForLookupsMigration,
    '0061-outside-observation-source-name': outsideObservationSourceNameMigration,
  };
}

/** Applies the migrations up to and including `name` only: tests of a later migration's backfill. */
export async function migrateUpTo(handle: DatabaseHandle, name: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(handle.dialect)) };
  const migrator = new Migrator({ db: handle.db, provider, allowUnorderedMigrations: true });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(`migration to ${name} failed`);
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(handle.dialect)) };
  // 0005 landed after 0006–0008: databases already past 0006 must still apply it.
  const migrator = new Migrator({ db: handle.db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(
      `migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
