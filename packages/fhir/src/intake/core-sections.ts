/** The sections every patient (or the adult sections every adult) is asked: complaint, pain, lifestyle, mood. */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import {
  ACTIVITY_LEVEL_CHOICES,
  DIET_CHOICES,
  INTAKE_TEXT,
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
import { group, options, question, scoredOptions } from './items';
import { LINK, LOINC, REGION_CODE_SYSTEM, pegLink, phqLink } from './link-ids';

/** LOINC answer list LL358-3 (PHQ-9 answers), with the 0–3 scores as ordinalValue. */
const PHQ_LOINC_ANSWERS = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];

/** Chief complaint and where it hurts: the region answer opens the red-flag groups. */
export function complaintItems(): QuestionnaireItem[] {
  return [
    question(LINK.chiefComplaint, INTAKE_TEXT.chiefComplaint.text, 'text', {
      maxLength: 500,
      source: INTAKE_TEXT.chiefComplaint.source,
    }),
    question(LINK.painRegions, INTAKE_TEXT.painRegions.text, 'choice', {
      repeats: true,
      source: INTAKE_TEXT.painRegions.source,
      answerOption: REGIONS.map((r) => ({
        valueCoding: { system: REGION_CODE_SYSTEM, code: r.id, display: REGION_PATIENT_WORDS[r.id] },
      })),
    }),
  ];
}

/** Pain now (NRS 0–10) and, for adults, PEG-3 so interference is measured from the first visit. */
export function painItems(withPeg: boolean): QuestionnaireItem[] {
  const nrs = question(LINK.painNow, INTAKE_TEXT.painNow.text, 'integer', {
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
  );
  return [nrs, peg];
}

/** Sleep, activity and diet, the lifestyle questions of the history (clinical-reference CR-INTAKE-1). */
export function lifestyleGroup(): QuestionnaireItem {
  const t = INTAKE_TEXT;
  return group(LINK.lifestyle, 'Sleep, activity and diet', [
    question(LINK.sleepHours, t.sleepHours.text, 'decimal', {
      source: t.sleepHours.source,
      extension: decimalRange(0, 24),
    }),
    question(LINK.sleepQuality, t.sleepQuality.text, 'choice', {
      source: t.sleepQuality.source,
      answerOption: options(SLEEP_QUALITY_CHOICES),
    }),
    question(LINK.activityLevel, t.activityLevel.text, 'choice', {
      source: t.activityLevel.source,
      answerOption: options(ACTIVITY_LEVEL_CHOICES),
    }),
    question(LINK.diet, t.diet.text, 'choice', {
      source: t.diet.source,
      answerOption: options(DIET_CHOICES),
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
  return group(LINK.mentalHealth, PHQ_STEM, [
    phq(1),
    phq(2),
    group(LINK.phq9More, 'A few more questions about the last 2 weeks', [3, 4, 5, 6, 7, 8, 9].map(phq), {
      extension: [enableWhenSumExtension({ items: [phqLink(1), phqLink(2)], minimum: PHQ2_POSITIVE_CUTOFF })],
    }),
  ]);
}
