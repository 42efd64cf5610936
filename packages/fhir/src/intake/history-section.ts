/** Medicines, allergies and past health: optional, one item per line, for the physician to take into the chart. */
import type { QuestionnaireItem } from '@medplum/fhirtypes';
import { HISTORY_GROUP_TEXT, HISTORY_TEXT, intakeText, type IntakeLanguage } from '@omt/domain';
import { group, question, whenYes } from './items';
import { LINK } from './link-ids';

const MAX_TEXT = 2000;

export function historyGroup(lang: IntakeLanguage): QuestionnaireItem {
  const t = HISTORY_TEXT;
  const list = (linkId: string, text: (typeof t)[keyof typeof t], extra: Partial<QuestionnaireItem> = {}) =>
    question(linkId, intakeText(text, lang), 'text', {
      required: false,
      maxLength: MAX_TEXT,
      source: text.source,
      ...extra,
    });
  return group(LINK.history, HISTORY_GROUP_TEXT[lang], [
    list(LINK.medications, t.medications),
    question(LINK.allergies, intakeText(t.allergies, lang), 'boolean', {
      required: false,
      source: t.allergies.source,
    }),
    list(LINK.allergyList, t.allergyList, { enableWhen: [whenYes(LINK.allergies)] }),
    list(LINK.medicalHistory, t.medicalHistory),
    list(LINK.surgicalHistory, t.surgicalHistory),
  ]);
}
