/** Population sections: infants (feeding, crying, sleep) and pregnancy (weeks, complications). */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import {
  INFANT_FEEDING_CHOICES,
  INFANT_TEXT,
  INTAKE_GROUP_TEXT,
  PREGNANCY_MAX_WEEKS,
  PREGNANCY_TEXT,
  intakeText,
  type IntakeLanguage,
} from '@omt/domain';
import { decimalRange, integerRange } from '../questionnaire/extensions';
import { group, options, question, whenYes } from './items';
import { LINK } from './link-ids';

/** Feeding, crying and sleep for infants, asked of the parent (colic is a common reason to come). */
export function infantGroup(lang: IntakeLanguage): QuestionnaireItem {
  const t = INFANT_TEXT;
  return group(LINK.infant, INTAKE_GROUP_TEXT.infant[lang], [
    question(LINK.infantFeeding, intakeText(t.feeding, lang), 'choice', {
      source: t.feeding.source,
      answerOption: options(INFANT_FEEDING_CHOICES, lang),
    }),
    question(LINK.infantCryingHours, intakeText(t.cryingHours, lang), 'decimal', {
      source: t.cryingHours.source,
      extension: decimalRange(0, 24),
    }),
    question(LINK.infantSleepHours, intakeText(t.sleepHours, lang), 'decimal', {
      source: t.sleepHours.source,
      extension: decimalRange(0, 24),
    }),
  ]);
}

/** Pregnancy, weeks and complications, because technique safety depends on them (clinical-reference CR-INTAKE-3, CR-POP-1 to CR-POP-3). */
export function pregnancyGroup(lang: IntakeLanguage): QuestionnaireItem {
  const t = PREGNANCY_TEXT;
  const ifPregnant = { enableWhen: [whenYes(LINK.pregnant)] };
  return group(LINK.pregnancy, INTAKE_GROUP_TEXT.pregnancy[lang], [
    question(LINK.pregnant, intakeText(t.pregnant, lang), 'boolean', { source: t.pregnant.source }),
    question(LINK.pregnancyWeeks, intakeText(t.weeks, lang), 'integer', {
      source: t.weeks.source,
      extension: integerRange(1, PREGNANCY_MAX_WEEKS),
      ...ifPregnant,
    }),
    question(LINK.pregnancyComplications, intakeText(t.complications, lang), 'boolean', {
      source: t.complications.source,
      ...ifPregnant,
    }),
    question(LINK.pregnancyDetails, intakeText(t.details, lang), 'text', {
      source: t.details.source,
      required: false,
      maxLength: 500,
      enableWhen: [whenYes(LINK.pregnancyComplications)],
    }),
  ]);
}
