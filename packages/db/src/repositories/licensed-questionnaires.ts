import type { Selectable } from 'kysely';
import type { Database } from '../connection';
import type { LicensedQuestionnaireTable } from '../schema-outcomes-report';

export type LicensedQuestionnaireRow = Selectable<LicensedQuestionnaireTable> & { uploaded_by_name: string };

function withUploader(db: Database) {
  return db
    .selectFrom('licensed_questionnaires')
    .innerJoin('users', 'users.id', 'licensed_questionnaires.uploaded_by')
    .selectAll('licensed_questionnaires')
    .select('users.display_name as uploaded_by_name');
}

/** The version in use of a measure's licensed Questionnaire (the highest), or undefined when none was uploaded. */
export function currentLicensedQuestionnaire(
  db: Database,
  measure: string,
): Promise<LicensedQuestionnaireRow | undefined> {
  return withUploader(db)
    .where('licensed_questionnaires.measure', '=', measure)
    .orderBy('licensed_questionnaires.version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** One stored version of a measure's licensed Questionnaire (answers name the version they were given on). */
export function licensedQuestionnaireVersion(
  db: Database,
  measure: string,
  version: number,
): Promise<LicensedQuestionnaireRow | undefined> {
  return withUploader(db)
    .where('licensed_questionnaires.measure', '=', measure)
    .where('licensed_questionnaires.version', '=', version)
    .executeTakeFirst();
}

/** The version in use of every measure that has one, with who uploaded it. */
export function listCurrentLicensedQuestionnaires(db: Database): Promise<LicensedQuestionnaireRow[]> {
  return withUploader(db)
    .where((eb) =>
      eb(
        'licensed_questionnaires.version',
        '=',
        eb
          .selectFrom('licensed_questionnaires as newer')
          .select((s) => s.fn.max('newer.version').as('v'))
          .whereRef('newer.measure', '=', 'licensed_questionnaires.measure'),
      ),
    )
    .orderBy('licensed_questionnaires.measure')
    .execute();
}

/**
 * Stores an upload as the next version of its measure. Returns the version, or null when another upload took that
 * number first (the caller answers 409 and the admin uploads again).
 */
export async function insertLicensedQuestionnaireVersion(
  db: Database,
  row: { measure: string; title: string; questionnaireJson: string; uploadedBy: string; uploadedAt: string },
  expectedCurrent: number,
): Promise<number | null> {
  const version = expectedCurrent + 1;
  const inserted = await db
    .insertInto('licensed_questionnaires')
    .values({
      measure: row.measure,
      version,
      title: row.title,
      questionnaire_json: row.questionnaireJson,
      uploaded_by: row.uploadedBy,
      uploaded_at: row.uploadedAt,
    })
    .onConflict((oc) => oc.columns(['measure', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
  return inserted ? version : null;
}
