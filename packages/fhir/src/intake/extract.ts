/** Reads a validated intake QuestionnaireResponse back into plain values for scoring and the summary. */
import type { Questionnaire, QuestionnaireResponse } from '@medplum/fhirtypes';
import { PEG_ITEMS, type IntakeHistoryReport } from '@omt/domain';
import { indexAnswers, indexItems, scoreOf, type Answer } from '../questionnaire/answers';
import { LINK, RED_FLAG_SCREENS, pegLink, phqLink, type RedFlagScreen } from './link-ids';

export interface IntakeExtract {
  chiefComplaint: string;
  regions: string[];
  painNow: number | null;
  /** PEG items (pain, enjoyment, activity), or null when not asked. */
  peg: number[] | null;
  sleepHours: number | null;
  sleepQuality: string | null;
  activityLevel: string | null;
  diet: string | null;
  /** PHQ item scores in order: none (not asked), 2 (PHQ-2 only) or 9. */
  phq: number[];
  infant: { feeding: string | null; cryingHours: number | null; sleepHours: number | null } | null;
  pregnancy: {
    pregnant: boolean;
    weeks: number | null;
    complications: boolean | null;
    details: string | null;
  } | null;
  /** Medicines, allergies and past health as written (version 4 on); null on an older intake. */
  history?: IntakeHistoryReport | null;
  /** Yes/no answers of each red-flag screen by question id; null when the screen was not asked. */
  redFlags: Record<RedFlagScreen, Record<string, boolean> | null>;
}

/** Plain values of one intake, so the server never walks FHIR structures itself. */
export function extractIntake(q: Questionnaire, qr: QuestionnaireResponse): IntakeExtract {
  const answers = indexAnswers(qr);
  const items = indexItems(q).byLinkId;
  const first = (id: string): Answer | undefined => answers.get(id)?.[0];
  const num = (id: string): number | null => first(id)?.valueInteger ?? first(id)?.valueDecimal ?? null;
  const code = (id: string): string | null => first(id)?.valueCoding?.code ?? null;
  const bool = (id: string): boolean | null => first(id)?.valueBoolean ?? null;
  const score = (id: string): number | null => {
    const a = first(id);
    return a ? scoreOf(items.get(id), a) : null;
  };
  const present = (ids: string[]): boolean => ids.some((id) => answers.has(id));
  const pegIds = PEG_ITEMS.map((p) => pegLink(p.id));
  const phq = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    .map((n) => score(phqLink(n)))
    .filter((v): v is number => v !== null);
  const pregnant = bool(LINK.pregnant);
  const text = (id: string): string | null => first(id)?.valueString?.trim() || null;
  return {
    chiefComplaint: first(LINK.chiefComplaint)?.valueString?.trim() ?? '',
    regions: (answers.get(LINK.painRegions) ?? []).map((a) => a.valueCoding?.code ?? ''),
    painNow: num(LINK.painNow),
    peg: present(pegIds) ? pegIds.map((id) => num(id) ?? 0) : null,
    sleepHours: num(LINK.sleepHours),
    sleepQuality: code(LINK.sleepQuality),
    activityLevel: code(LINK.activityLevel),
    diet: code(LINK.diet),
    phq,
    infant: present([LINK.infantFeeding, LINK.infantCryingHours, LINK.infantSleepHours])
      ? {
          feeding: code(LINK.infantFeeding),
          cryingHours: num(LINK.infantCryingHours),
          sleepHours: num(LINK.infantSleepHours),
        }
      : null,
    pregnancy:
      pregnant === null
        ? null
        : {
            pregnant,
            weeks: num(LINK.pregnancyWeeks),
            complications: bool(LINK.pregnancyComplications),
            details: first(LINK.pregnancyDetails)?.valueString?.trim() ?? null,
          },
    history: {
      medications: text(LINK.medications),
      allergies: bool(LINK.allergies),
      allergyList: text(LINK.allergyList),
      medicalHistory: text(LINK.medicalHistory),
      surgicalHistory: text(LINK.surgicalHistory),
    },
    redFlags: Object.fromEntries(
      RED_FLAG_SCREENS.map((s) => [s, screenAnswers(answers, s)]),
    ) as IntakeExtract['redFlags'],
  };
}

function screenAnswers(
  answers: ReadonlyMap<string, readonly Answer[]>,
  screen: RedFlagScreen,
): Record<string, boolean> | null {
  const prefix = `${screen}.`;
  const out: Record<string, boolean> = {};
  for (const [linkId, given] of answers) {
    if (linkId.startsWith(prefix) && typeof given[0]?.valueBoolean === 'boolean')
      out[linkId.slice(prefix.length)] = given[0].valueBoolean;
  }
  return Object.keys(out).length ? out : null;
}
