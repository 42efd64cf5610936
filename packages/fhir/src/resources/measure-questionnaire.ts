/**
 * The outcome measures as FHIR R4 Questionnaires: the public-domain ones (NRS, PEG, PHQ-2, PHQ-9) built from the
 * domain catalogue, the licensed ones (ODI, NDI, HIT-6) as the clinic uploaded each version.
 */
import type { Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import { MEASURES, type MeasureCode } from '@omt/domain';
import { INTAKE_QUESTIONNAIRE_URL } from '../intake/link-ids';
import { MAX_VALUE_URL, MIN_VALUE_URL } from '../questionnaire/extensions';
import { SYSTEM } from './codes';

export const PUBLIC_MEASURES = ['nrs', 'peg', 'phq2', 'phq9'] as const satisfies readonly MeasureCode[];

export const measureQuestionnaireUrl = (code: string) =>
  `https://omt-clinic.org/fhir/Questionnaire/measure-${code}`;

/** `measure-<code>` for a public measure, `measure-<code>-<version>` for a version of a licensed one. */
export const measureQuestionnaireId = (code: string, licensedVersion?: number) =>
  licensedVersion === undefined ? `measure-${code}` : `measure-${code}-${licensedVersion}`;

/** The id of the Questionnaire served here for a canonical (`url` or `url|version`); null when none is. */
export function questionnaireIdOf(canonical: string | undefined): string | null {
  const [url = '', version] = (canonical ?? '').split('|');
  if (url === INTAKE_QUESTIONNAIRE_URL) return 'omt-intake';
  const prefix = measureQuestionnaireUrl('');
  if (!url.startsWith(prefix)) return null;
  const code = url.slice(prefix.length);
  return measureQuestionnaireId(code, version === undefined ? undefined : Number(version));
}

const PHQ_ITEM_LOINC = [
  '44250-9',
  '44255-8',
  '44259-0',
  '44254-1',
  '44251-7',
  '44258-2',
  '44252-5',
  '44253-3',
  '44260-8',
];

/** LOINC codes of the items and panels (terminology.md §1); none where it gives none. */
const ITEM_LOINC: Partial<Record<MeasureCode, readonly string[]>> = {
  nrs: ['72514-3'],
  peg: ['75893-8', '91145-3', '91146-1'],
  phq2: PHQ_ITEM_LOINC.slice(0, 2),
  phq9: PHQ_ITEM_LOINC,
};
const PANEL_LOINC: Partial<Record<MeasureCode, { code: string; display: string }>> = {
  phq2: { code: '55757-9', display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]' },
  phq9: { code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
};

/** A public-domain measure: each item a whole number on its scale (as the measure's answers are stored). */
export function publicMeasureQuestionnaire(code: (typeof PUBLIC_MEASURES)[number]): Questionnaire {
  const m = MEASURES[code];
  const panel = PANEL_LOINC[code];
  const items: QuestionnaireItem[] = m.items.map((item, i) => {
    const loinc = ITEM_LOINC[code]?.[i];
    return {
      linkId: item.id,
      text: item.text,
      type: 'integer',
      required: !m.itemsMayBeSkipped,
      ...(loinc ? { code: [{ system: SYSTEM.loinc, code: loinc }] } : {}),
      extension: [
        { url: MIN_VALUE_URL, valueInteger: item.min },
        { url: MAX_VALUE_URL, valueInteger: item.max },
      ],
    };
  });
  return {
    resourceType: 'Questionnaire',
    id: measureQuestionnaireId(code),
    url: measureQuestionnaireUrl(code),
    name: `Measure${code.toUpperCase()}`,
    title: m.name,
    status: 'active',
    subjectType: ['Patient'],
    ...(panel ? { code: [{ system: SYSTEM.loinc, ...panel }] } : {}),
    item: m.stem ? [{ linkId: 'stem', text: m.stem, type: 'display' }, ...items] : items,
  };
}

/** One stored version of a licensed measure's Questionnaire (migration 0044). */
export interface LicensedQuestionnaireSource {
  measure: string;
  version: number;
  questionnaire_json: string;
  uploaded_at: string;
}

/** The uploaded Questionnaire under our id, canonical and version; only the latest version is active. */
export function licensedMeasureQuestionnaire(q: LicensedQuestionnaireSource, latest: boolean): Questionnaire {
  const uploaded = JSON.parse(q.questionnaire_json) as Questionnaire;
  const { meta: _meta, text: _text, ...rest } = uploaded;
  return {
    ...rest,
    resourceType: 'Questionnaire',
    id: measureQuestionnaireId(q.measure, q.version),
    url: measureQuestionnaireUrl(q.measure),
    version: String(q.version),
    status: latest ? 'active' : 'retired',
    date: q.uploaded_at,
  };
}
