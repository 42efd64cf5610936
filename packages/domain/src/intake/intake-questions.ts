/**
 * The texts and sources of the pre-visit intake: symptoms, sleep, activity, diet and mental health
 * (clinical-reference CR-INTAKE-1 to CR-INTAKE-3). The FHIR Questionnaire is built from this data.
 */
import { cite } from '../clinical-reference';
import type { RegionId } from '../regions';

export interface IntakeChoice {
  code: string;
  display: string;
  /** The display in Spanish (usted). */
  es: string;
}

/** The intake's languages: the clinic's own questions are in both; PHQ and PEG stay in their validated English. */
export type IntakeLanguage = 'en' | 'es';
/**
 * Our FHIR extension on an intake group worded as a validated instrument (PHQ, PEG): the language of that
 * wording (valueCode `en`). It is there in every language, so a Spanish form can say these questions are
 * shown in their validated English and mark them `lang="en"`.
 */
export const ITEM_LANGUAGE_URL = 'https://omt-clinic.org/fhir/StructureDefinition/item-language';

/** A text in both intake languages. */
export interface IntakeText {
  en: string;
  es: string;
}

const HISTORY = cite('CR-INTAKE-1');
const INFANT = cite('CR-INTAKE-2');
const PREGNANCY = cite('CR-INTAKE-3');

/** Patient words for the 10 OMT body regions (clinical-reference CR-REG-3). */
export const REGION_PATIENT_WORDS: Record<RegionId, IntakeText> = {
  head: { en: 'Head or face', es: 'Cabeza o cara' },
  cervical: { en: 'Neck', es: 'Cuello' },
  thoracic: { en: 'Upper or mid back', es: 'Parte alta o media de la espalda' },
  lumbar: { en: 'Lower back', es: 'Parte baja de la espalda' },
  sacral: { en: 'Base of the spine (sacrum)', es: 'Base de la columna (sacro)' },
  pelvic: { en: 'Hips or pelvis', es: 'Caderas o pelvis' },
  lower_extremities: { en: 'Legs, knees or feet', es: 'Piernas, rodillas o pies' },
  upper_extremities: { en: 'Shoulders, arms or hands', es: 'Hombros, brazos o manos' },
  rib_cage: { en: 'Ribs or chest wall', es: 'Costillas o pared del pecho' },
  abdomen: { en: 'Belly (abdomen)', es: 'Vientre (abdomen)' },
};

export const INTAKE_TEXT = {
  chiefComplaint: {
    text: 'What is the main problem you want help with?',
    es: '¿Cuál es el problema principal con el que quiere ayuda?',
    source: HISTORY,
  },
  painRegions: {
    text: 'Where does it hurt? (choose all that apply)',
    es: '¿Dónde le duele? (elija todas las opciones que correspondan)',
    source: cite('CR-INTAKE-1', 'CR-REG-3'),
  },
  painNow: {
    text: 'Pain now, from 0 (no pain) to 10 (worst pain you can imagine)',
    es: 'Dolor ahora, de 0 (sin dolor) a 10 (el peor dolor que se pueda imaginar)',
    source: cite('CR-SCORE-5'),
  },
  sleepHours: {
    text: 'Hours of sleep on a usual night',
    es: 'Horas de sueño en una noche normal',
    source: HISTORY,
  },
  sleepQuality: { text: 'How well do you sleep?', es: '¿Qué tan bien duerme?', source: HISTORY },
  activityLevel: { text: 'How active are you?', es: '¿Qué tan activo o activa es usted?', source: HISTORY },
  diet: {
    text: 'How would you describe your diet?',
    es: '¿Cómo describiría su alimentación?',
    source: HISTORY,
  },
} as const;

export const SLEEP_QUALITY_CHOICES: IntakeChoice[] = [
  { code: 'good', display: 'Good', es: 'Bien' },
  { code: 'fair', display: 'Fair', es: 'Regular' },
  { code: 'poor', display: 'Poor', es: 'Mal' },
];
export const ACTIVITY_LEVEL_CHOICES: IntakeChoice[] = [
  { code: 'sedentary', display: 'Mostly sitting', es: 'Paso casi todo el tiempo sentado(a)' },
  { code: 'light', display: 'Light (walking, housework)', es: 'Ligera (caminar, quehaceres de la casa)' },
  { code: 'moderate', display: 'Moderate (regular exercise)', es: 'Moderada (ejercicio con regularidad)' },
  {
    code: 'vigorous',
    display: 'Vigorous (hard training or physical work)',
    es: 'Intensa (entrenamiento fuerte o trabajo físico)',
  },
];
export const DIET_CHOICES: IntakeChoice[] = [
  { code: 'balanced', display: 'Balanced', es: 'Balanceada' },
  { code: 'mixed', display: 'Mixed', es: 'Mixta' },
  { code: 'poor', display: 'Poor', es: 'Mala' },
];

/** PEG-3 items (Krebs 2009, public domain; clinical-reference CR-SCORE-6); each 0–10 over the past week. */
export const PEG_ITEMS = [
  {
    id: 'pain',
    text: 'What number best describes your pain on average in the past week? (0 no pain, 10 pain as bad as you can imagine)',
  },
  {
    id: 'enjoyment',
    text: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life? (0 does not interfere, 10 completely interferes)',
  },
  {
    id: 'activity',
    text: 'What number best describes how, during the past week, pain has interfered with your general activity? (0 does not interfere, 10 completely interferes)',
  },
] as const;

/**
 * PHQ-9 items (Kroenke 2001, public domain; clinical-reference CR-SCORE-1, CR-SCORE-2); items 1–2 are PHQ-2.
 * Item 9 wording follows the published PHQ-9 (Kroenke 2001).
 */
export const PHQ9_ITEMS: readonly string[] = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed, or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead, or of hurting yourself in some way',
];
export const PHQ_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';
export const PHQ_CHOICES: readonly { value: number; display: string }[] = [
  { value: 0, display: 'Not at all' },
  { value: 1, display: 'Several days' },
  { value: 2, display: 'More than half the days' },
  { value: 3, display: 'Nearly every day' },
];
export const PHQ_SOURCE = cite('CR-SCORE-1', 'CR-SCORE-2');

/** Infant section: feeding, crying and sleep, asked of the parent (clinical-reference CR-INTAKE-2). */
export const INFANT_TEXT = {
  feeding: { text: 'How is your baby fed?', es: '¿Cómo se alimenta su bebé?', source: INFANT },
  cryingHours: {
    text: 'On a usual day, how many hours does your baby cry or fuss?',
    es: 'En un día normal, ¿cuántas horas llora o está inquieto su bebé?',
    source: INFANT,
  },
  sleepHours: {
    text: 'On a usual day, how many hours does your baby sleep in total?',
    es: 'En un día normal, ¿cuántas horas duerme su bebé en total?',
    source: INFANT,
  },
} as const;
export const INFANT_FEEDING_CHOICES: IntakeChoice[] = [
  { code: 'breast', display: 'Breastfed', es: 'Pecho (leche materna)' },
  { code: 'formula', display: 'Formula (bottle)', es: 'Fórmula (biberón)' },
  { code: 'mixed', display: 'Breast and formula', es: 'Pecho y fórmula' },
  { code: 'solids', display: 'Eating solid food as well', es: 'También come alimentos sólidos' },
];

/** Pregnancy section: whether, how many weeks, complications (clinical-reference CR-INTAKE-3, CR-POP-1 to CR-POP-3). */
export const PREGNANCY_TEXT = {
  pregnant: { text: 'Are you pregnant?', es: '¿Está embarazada?', source: PREGNANCY },
  weeks: {
    text: 'How many weeks pregnant are you?',
    es: '¿De cuántas semanas de embarazo está?',
    source: PREGNANCY,
  },
  complications: {
    text: 'Has your doctor or midwife told you about any complications with this pregnancy?',
    es: '¿Su médico o partera le ha dicho que hay alguna complicación en este embarazo?',
    source: PREGNANCY,
  },
  details: {
    text: 'Please describe the complications',
    es: 'Por favor, describa las complicaciones',
    source: PREGNANCY,
  },
} as const;
export const PREGNANCY_MAX_WEEKS = 42;

/** The titles of the intake's own groups (the PHQ and PEG groups keep their validated English wording). */
export const INTAKE_GROUP_TEXT = {
  lifestyle: { en: 'Sleep, activity and diet', es: 'Sueño, actividad y alimentación' },
  infant: { en: 'About your baby', es: 'Sobre su bebé' },
  pregnancy: { en: 'Pregnancy', es: 'Embarazo' },
  lowBack: { en: 'Safety questions: your back', es: 'Preguntas de seguridad: su espalda' },
  neck: { en: 'Safety questions: your neck', es: 'Preguntas de seguridad: su cuello' },
  headache: { en: 'Safety questions: your headache', es: 'Preguntas de seguridad: su dolor de cabeza' },
  injury: { en: 'About the injury', es: 'Sobre la lesión' },
  infantSafety: { en: 'Safety questions: your baby', es: 'Preguntas de seguridad: su bebé' },
} as const satisfies Record<string, IntakeText>;

/** A text of the intake (`text` in English, `es` in Spanish) in the asked language. */
export function intakeText(t: { text: string; es: string }, lang: IntakeLanguage): string {
  return lang === 'es' ? t.es : t.text;
}
