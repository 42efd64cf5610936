import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { LOW_BACK_RED_FLAG_QUESTIONS, REGIONS } from '@omt/domain';

export const INTAKE_QUESTIONNAIRE_URL = 'https://omt-clinic.org/fhir/Questionnaire/omt-intake';

/** PHQ-2 (public domain, Kroenke 2003): the two items and their 0–3 answer scale. */
export const PHQ2_ITEMS = [
  'Over the last 2 weeks, how often have you had little interest or pleasure in doing things?',
  'Over the last 2 weeks, how often have you been feeling down, depressed, or hopeless?',
] as const;
export const PHQ2_CHOICES = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
] as const;

export interface IntakeAnswers {
  chiefComplaint: string;
  painRegions: string[];
  painScore: number;
  sleepHours: number;
  sleepQuality: string;
  activityLevel: string;
  diet: string;
  phq2: [number, number];
  redFlags: Record<string, boolean>;
}

const item = (
  linkId: string,
  text: string,
  type: QuestionnaireItem['type'],
  extra: Partial<QuestionnaireItem> = {},
): QuestionnaireItem => ({
  linkId,
  text,
  type,
  required: true,
  ...extra,
});

/** The pre-visit intake as a FHIR R4 Questionnaire. */
export function intakeQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    url: INTAKE_QUESTIONNAIRE_URL,
    name: 'OmtIntake',
    title: 'OMT Clinic pre-visit intake',
    status: 'active',
    item: [
      item('chief-complaint', 'What brings you in?', 'string'),
      item('pain-regions', 'Where does it hurt?', 'choice', {
        repeats: true,
        answerOption: REGIONS.map((r) => ({ valueCoding: { code: r.id, display: r.label } })),
      }),
      item('pain-score', 'Pain now, 0 (none) to 10 (worst imaginable)', 'integer'),
      item('sleep-hours', 'Hours of sleep on a usual night', 'decimal'),
      item('sleep-quality', 'How well do you sleep?', 'choice'),
      item('activity-level', 'How active are you?', 'choice'),
      item('diet', 'How would you describe your diet?', 'choice'),
      item('phq2', 'PHQ-2', 'group', {
        item: PHQ2_ITEMS.map((text, i) => item(`phq2-${i + 1}`, text, 'integer')),
      }),
      item('red-flags', 'Warning signs', 'group', {
        item: LOW_BACK_RED_FLAG_QUESTIONS.map((q) => item(`red-flag-${q.id}`, q.text, 'boolean')),
      }),
    ],
  };
}

function answer(linkId: string, value: QuestionnaireResponseItem['answer']): QuestionnaireResponseItem {
  return { linkId, answer: value ?? [] };
}

/** A submitted intake as a FHIR R4 QuestionnaireResponse, the form it is stored in. */
export function intakeToQuestionnaireResponse(
  a: IntakeAnswers,
  ctx: { id: string; patientId: string; appointmentId: string; authored: string },
): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: ctx.id,
    questionnaire: INTAKE_QUESTIONNAIRE_URL,
    status: 'completed',
    subject: { reference: `Patient/${ctx.patientId}` },
    encounter: { reference: `Appointment/${ctx.appointmentId}`, display: 'pre-visit intake' },
    authored: ctx.authored,
    item: [
      answer('chief-complaint', [{ valueString: a.chiefComplaint }]),
      answer(
        'pain-regions',
        a.painRegions.map((code) => ({ valueCoding: { code } })),
      ),
      answer('pain-score', [{ valueInteger: a.painScore }]),
      answer('sleep-hours', [{ valueDecimal: a.sleepHours }]),
      answer('sleep-quality', [{ valueCoding: { code: a.sleepQuality } }]),
      answer('activity-level', [{ valueCoding: { code: a.activityLevel } }]),
      answer('diet', [{ valueCoding: { code: a.diet } }]),
      { linkId: 'phq2', item: a.phq2.map((v, i) => answer(`phq2-${i + 1}`, [{ valueInteger: v }])) },
      {
        linkId: 'red-flags',
        item: Object.entries(a.redFlags).map(([id, v]) => answer(`red-flag-${id}`, [{ valueBoolean: v }])),
      },
    ],
  };
}
