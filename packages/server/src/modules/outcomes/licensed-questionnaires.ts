/**
 * The clinic's licensed item text of ODI, NDI and HIT-6: uploaded by an admin as a FHIR R4 Questionnaire, checked
 * (packages/fhir `checkLicensedQuestionnaire`), stored as a new version with its uploader, audited.
 * `licensedQuestionnaireFor` is what other modules (stored measure answers) use to get the text in use.
 */
import {
  currentLicensedQuestionnaire,
  insertLicensedQuestionnaireVersion,
  licensedQuestionnaireVersion,
  listCurrentLicensedQuestionnaires,
  type Database,
  type LicensedQuestionnaireRow,
} from '@omt/db';
import { LICENSED_MEASURE_CODES, LICENSED_STRUCTURES, MEASURES, type LicensedMeasureCode } from '@omt/domain';
import {
  checkLicensedQuestionnaire,
  licensedItems,
  type FhirQuestionnaire,
  type LicensedItem,
} from '@omt/fhir';
import type {
  LicensedQuestionnaireDetail,
  LicensedQuestionnaireList,
  LicensedQuestionnaireSummary,
} from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from '../catalog/audit';

/** A stored licensed Questionnaire, parsed: what stored measure answers are given on. */
export interface LicensedQuestionnaire {
  measure: LicensedMeasureCode;
  version: number;
  title: string;
  questionnaire: FhirQuestionnaire;
  /** The scored items in the order the measure's scorer reads them, each option with its score. */
  items: LicensedItem[];
  uploadedBy: string;
  uploadedAt: string;
}

function parse(row: LicensedQuestionnaireRow): LicensedQuestionnaire {
  const questionnaire = JSON.parse(row.questionnaire_json) as FhirQuestionnaire;
  return {
    measure: row.measure as LicensedMeasureCode,
    version: row.version,
    title: row.title,
    questionnaire,
    items: licensedItems(questionnaire),
    uploadedBy: row.uploaded_by_name,
    uploadedAt: row.uploaded_at,
  };
}

/**
 * The licensed Questionnaire of a measure: the version in use, or the given version (the one an answer was given on).
 * Null when the clinic has not uploaded it (the measure cannot be asked yet). Not patient data: no audit row.
 */
export async function licensedQuestionnaireFor(
  db: Database,
  measure: LicensedMeasureCode,
  version?: number,
): Promise<LicensedQuestionnaire | null> {
  const row =
    version === undefined
      ? await currentLicensedQuestionnaire(db, measure)
      : await licensedQuestionnaireVersion(db, measure, version);
  return row ? parse(row) : null;
}

function summary(q: LicensedQuestionnaire): LicensedQuestionnaireSummary {
  return {
    measure: q.measure,
    version: q.version,
    title: q.title,
    itemCount: q.items.length,
    uploadedBy: q.uploadedBy,
    uploadedAt: q.uploadedAt,
  };
}

function detail(q: LicensedQuestionnaire): LicensedQuestionnaireDetail {
  return {
    ...summary(q),
    questionnaire: q.questionnaire as unknown as Record<string, unknown>,
    items: q.items,
  };
}

export async function listLicensedQuestionnaires(ctx: RequestContext): Promise<LicensedQuestionnaireList> {
  ctx.requireRole('admin', 'physician', 'resident', 'front_desk');
  const current = new Map(
    (await listCurrentLicensedQuestionnaires(ctx.db)).map((r) => [r.measure, parse(r)]),
  );
  return {
    measures: LICENSED_MEASURE_CODES.map((measure) => {
      const q = current.get(measure);
      return {
        measure,
        name: MEASURES[measure].name,
        itemCount: LICENSED_STRUCTURES[measure].items,
        optionScores: [...LICENSED_STRUCTURES[measure].optionScores],
        current: q ? summary(q) : null,
      };
    }),
  };
}

/** The item text in use, for anyone signed in (a patient answers the measure with it); 404 when not uploaded. */
export async function readLicensedQuestionnaire(
  ctx: RequestContext,
  measure: LicensedMeasureCode,
): Promise<LicensedQuestionnaireDetail> {
  const q = await licensedQuestionnaireFor(ctx.db, measure);
  if (!q) throw fail.notFound(`${MEASURES[measure].name} item text`);
  return detail(q);
}

export async function uploadLicensedQuestionnaire(
  ctx: RequestContext,
  measure: LicensedMeasureCode,
  input: { questionnaire?: unknown; replacesVersion: number },
): Promise<LicensedQuestionnaireDetail> {
  ctx.requireRole('admin');
  const checked = checkLicensedQuestionnaire(measure, input.questionnaire);
  if (!checked.ok) {
    throw fail.unprocessable('questionnaire_invalid', checked.message, 'questionnaire');
  }
  const title = checked.questionnaire.title ?? checked.questionnaire.name ?? MEASURES[measure].name;
  const version = input.replacesVersion + 1;
  await auditSetup(
    ctx,
    'licensed_questionnaire.upload',
    'licensed_questionnaire',
    `${measure}/${version}`,
    title,
  );
  const stored = await insertLicensedQuestionnaireVersion(
    ctx.db,
    {
      measure,
      title,
      questionnaireJson: JSON.stringify(checked.questionnaire),
      uploadedBy: ctx.user.id,
      uploadedAt: ctx.now(),
    },
    input.replacesVersion,
  );
  const current = await licensedQuestionnaireFor(ctx.db, measure);
  if (stored === null || !current || current.version !== version) {
    throw fail.conflict(
      'stale_licensed_questionnaire',
      `someone uploaded ${MEASURES[measure].name} since you opened the page: reload it and upload again`,
      'replacesVersion',
    );
  }
  return detail(current);
}
