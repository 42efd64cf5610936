/** Population sections: infants (feeding, crying, sleep) and pregnancy (weeks, complications). */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { INFANT_FEEDING_CHOICES, INFANT_TEXT, PREGNANCY_MAX_WEEKS, PREGNANCY_TEXT } from '@omt/domain';
import { decimalRange, integerRange } from '../questionnaire/extensions';
import { group, options, question, whenYes } from './items';
import { LINK } from './link-ids';

/** Feeding, crying and sleep for infants, asked of the parent (colic is a common reason to come). */
export function infantGroup(): QuestionnaireItem {
  const t = INFANT_TEXT;
  return group(LINK.infant, 'About your baby', [
    question(LINK.infantFeeding, t.feeding.text, 'choice', {
      source: t.feeding.source,
      answerOption: options(INFANT_FEEDING_CHOICES),
    }),
    question(LINK.infantCryingHours, t.cryingHours.text, 'decimal', {
      source: t.cryingHours.source,
      extension: decimalRange(0, 24),
    }),
    question(LINK.infantSleepHours, t.sleepHours.text, 'decimal', {
      source: t.sleepHours.source,
      extension: decimalRange(0, 24),
    }),
  ]);
}

/** Pregnancy, weeks and complications, because technique safety depends on them (clinical-reference CR-INTAKE-3, CR-POP-1 to CR-POP-3). */
export function pregnancyGroup(): QuestionnaireItem {
  const t = PREGNANCY_TEXT;
  const ifPregnant = { enableWhen: [whenYes(LINK.pregnant)] };
  return group(LINK.pregnancy, 'Pregnancy', [
    question(LINK.pregnant, t.pregnant.text, 'boolean', { source: t.pregnant.source }),
    question(LINK.pregnancyWeeks, t.weeks.text, 'integer', {
      source: t.weeks.source,
      extension: integerRange(1, PREGNANCY_MAX_WEEKS),
      ...ifPregnant,
    }),
    question(LINK.pregnancyComplications, t.complications.text, 'boolean', {
      source: t.complications.source,
      ...ifPregnant,
    }),
    question(LINK.pregnancyDetails, t.details.text, 'text', {
      source: t.details.source,
      required: false,
      maxLength: 500,
      enableWhen: [whenYes(LINK.pregnancyComplications)],
    }),
  ]);
}
