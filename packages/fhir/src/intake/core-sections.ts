/** The sections every patient (or the adult sections every adult) is asked: complaint, pain, lifestyle, mood. */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import {
  ACTIVITY_LEVEL_CHOICES,
  DIET_CHOICES,
  INTAKE_GROUP_TEXT,
  INTAKE_TEXT,
  intakeText,
  type IntakeLanguage,
  PAIN_SCORE_MAX,
  PAIN_SCORE_MIN,
  PEG_ITEMS,
  PEG_SOURCE,
  PHQ2_POSITIVE_CUTOFF,
  PHQ9_ITEMS,
  PHQ_CHOICES,
  PHQ_SOURCE,
  PHQ_STEM,
  REGIONS,
  REGION_PATIENT_WORDS,
  SLEEP_QUALITY_CHOICES,
} from '@omt/domain';
import { decimalRange, enableWhenSumExtension, integerRange } from '../questionnaire/extensions';
import { VALIDATED_ENGLISH, group, options, question, scoredOptions } from './items';
import { LINK, LOINC, REGION_CODE_SYSTEM, pegLink, phqLink } from './link-ids';

/** LOINC answer list LL358-3 (PHQ-9 answers), with the 0–3 scores as ordinalValue. */
const PHQ_LOINC_ANSWERS = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];

/** Chief complaint and where it hurts: the region answer opens the red-flag groups. */
export function complaintItems(lang: IntakeLanguage): QuestionnaireItem[] {
  return [
    question(LINK.chiefComplaint, intakeText(INTAKE_TEXT.chiefComplaint, lang), 'text', {
      maxLength: 500,
      source: INTAKE_TEXT.chiefComplaint.source,
    }),
    question(LINK.painRegions, intakeText(INTAKE_TEXT.painRegions, lang), 'choice', {
      repeats: true,
      source: INTAKE_TEXT.painRegions.source,
      answerOption: REGIONS.map((r) => ({
        valueCoding: { system: REGION_CODE_SYSTEM, code: r.id, display: REGION_PATIENT_WORDS[r.id][lang] },
      })),
    }),
  ];
}

/** Pain now (NRS 0–10) and, for adults, PEG-3 so interference is measured from the first visit. */
export function painItems(withPeg: boolean, lang: IntakeLanguage): QuestionnaireItem[] {
  const nrs = question(LINK.painNow, intakeText(INTAKE_TEXT.painNow, lang), 'integer', {
    source: INTAKE_TEXT.painNow.source,
    extension: integerRange(PAIN_SCORE_MIN, PAIN_SCORE_MAX),
  });
  if (!withPeg) return [nrs];
  const peg = group(
    LINK.peg,
    'Pain over the past week (PEG)',
    PEG_ITEMS.map((p) =>
      question(pegLink(p.id), p.text, 'integer', { source: PEG_SOURCE, extension: integerRange(0, 10) }),
    ),
    VALIDATED_ENGLISH,
  );
  return [nrs, peg];
}

/** Sleep, activity and diet, the lifestyle questions of the history (clinical-reference CR-INTAKE-1). */
export function lifestyleGroup(lang: IntakeLanguage): QuestionnaireItem {
  const t = INTAKE_TEXT;
  return group(LINK.lifestyle, INTAKE_GROUP_TEXT.lifestyle[lang], [
    question(LINK.sleepHours, intakeText(t.sleepHours, lang), 'decimal', {
      source: t.sleepHours.source,
      extension: decimalRange(0, 24),
    }),
    question(LINK.sleepQuality, intakeText(t.sleepQuality, lang), 'choice', {
      source: t.sleepQuality.source,
      answerOption: options(SLEEP_QUALITY_CHOICES, lang),
    }),
    question(LINK.activityLevel, intakeText(t.activityLevel, lang), 'choice', {
      source: t.activityLevel.source,
      answerOption: options(ACTIVITY_LEVEL_CHOICES, lang),
    }),
    question(LINK.diet, intakeText(t.diet, lang), 'choice', {
      source: t.diet.source,
      answerOption: options(DIET_CHOICES, lang),
    }),
  ]);
}

/** PHQ-2, then PHQ-9 items 3–9 only when the PHQ-2 total is positive (≥3, clinical-reference CR-SCORE-1). */
export function mentalHealthGroup(): QuestionnaireItem {
  const answers = scoredOptions(
    PHQ_CHOICES.map((c, i) => ({
      coding: { system: LOINC, code: PHQ_LOINC_ANSWERS[i] ?? '', display: c.display },
      score: c.value,
    })),
  );
  const phq = (n: number): QuestionnaireItem =>
    question(phqLink(n), PHQ9_ITEMS[n - 1] ?? '', 'choice', { source: PHQ_SOURCE, answerOption: answers });
  return group(
    LINK.mentalHealth,
    PHQ_STEM,
    [
      phq(1),
      phq(2),
      group(LINK.phq9More, 'A few more questions about the last 2 weeks', [3, 4, 5, 6, 7, 8, 9].map(phq), {
        extension: [
          enableWhenSumExtension({ items: [phqLink(1), phqLink(2)], minimum: PHQ2_POSITIVE_CUTOFF }),
        ],
      }),
    ],
    VALIDATED_ENGLISH,
  );
}
