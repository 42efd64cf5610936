/**
 * The texts and sources of the pre-visit intake: symptoms, sleep, activity, diet and mental health
 * (clinical-reference CR-INTAKE-1 to CR-INTAKE-3). The FHIR Questionnaire is built from this data.
 */
import { cite } from '../clinical-reference';
import type { RegionId } from '../regions';

export interface IntakeChoice {
  code: string;
  display: string;
}

const HISTORY = cite('CR-INTAKE-1');
const INFANT = cite('CR-INTAKE-2');
const PREGNANCY = cite('CR-INTAKE-3');

/** Patient words for the 10 OMT body regions (clinical-reference CR-REG-3). */
export const REGION_PATIENT_WORDS: Record<RegionId, string> = {
  head: 'Head or face',
  cervical: 'Neck',
  thoracic: 'Upper or mid back',
  lumbar: 'Lower back',
  sacral: 'Base of the spine (sacrum)',
  pelvic: 'Hips or pelvis',
  lower_extremities: 'Legs, knees or feet',
  upper_extremities: 'Shoulders, arms or hands',
  rib_cage: 'Ribs or chest wall',
  abdomen: 'Belly (abdomen)',
};

export const INTAKE_TEXT = {
  chiefComplaint: { text: 'What is the main problem you want help with?', source: HISTORY },
  painRegions: {
    text: 'Where does it hurt? (choose all that apply)',
    source: cite('CR-INTAKE-1', 'CR-REG-3'),
  },
  painNow: {
    text: 'Pain now, from 0 (no pain) to 10 (worst pain you can imagine)',
    source: cite('CR-SCORE-5'),
  },
  sleepHours: { text: 'Hours of sleep on a usual night', source: HISTORY },
  sleepQuality: { text: 'How well do you sleep?', source: HISTORY },
  activityLevel: { text: 'How active are you?', source: HISTORY },
  diet: { text: 'How would you describe your diet?', source: HISTORY },
} as const;

export const SLEEP_QUALITY_CHOICES: IntakeChoice[] = [
  { code: 'good', display: 'Good' },
  { code: 'fair', display: 'Fair' },
  { code: 'poor', display: 'Poor' },
];
export const ACTIVITY_LEVEL_CHOICES: IntakeChoice[] = [
  { code: 'sedentary', display: 'Mostly sitting' },
  { code: 'light', display: 'Light (walking, housework)' },
  { code: 'moderate', display: 'Moderate (regular exercise)' },
  { code: 'vigorous', display: 'Vigorous (hard training or physical work)' },
];
export const DIET_CHOICES: IntakeChoice[] = [
  { code: 'balanced', display: 'Balanced' },
  { code: 'mixed', display: 'Mixed' },
  { code: 'poor', display: 'Poor' },
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
  feeding: { text: 'How is your baby fed?', source: INFANT },
  cryingHours: { text: 'On a usual day, how many hours does your baby cry or fuss?', source: INFANT },
  sleepHours: { text: 'On a usual day, how many hours does your baby sleep in total?', source: INFANT },
} as const;
export const INFANT_FEEDING_CHOICES: IntakeChoice[] = [
  { code: 'breast', display: 'Breastfed' },
  { code: 'formula', display: 'Formula (bottle)' },
  { code: 'mixed', display: 'Breast and formula' },
  { code: 'solids', display: 'Eating solid food as well' },
];

/** Pregnancy section: whether, how many weeks, complications (clinical-reference CR-INTAKE-3, CR-POP-1 to CR-POP-3). */
export const PREGNANCY_TEXT = {
  pregnant: { text: 'Are you pregnant?', source: PREGNANCY },
  weeks: { text: 'How many weeks pregnant are you?', source: PREGNANCY },
  complications: {
    text: 'Has your doctor or midwife told you about any complications with this pregnancy?',
    source: PREGNANCY,
  },
  details: { text: 'Please describe the complications', source: PREGNANCY },
} as const;
export const PREGNANCY_MAX_WEEKS = 42;
