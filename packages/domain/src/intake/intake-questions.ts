/**
 * The texts and sources of the pre-visit intake (product.md step 2: "symptoms, lifestyle ... sleep
 * habits, activity level, diet and mental health"). The FHIR Questionnaire is built from this data.
 */
import type { RegionId } from '../regions';

export interface IntakeChoice {
  code: string;
  display: string;
}

const PRODUCT = 'product.md step 2 (intake)';

/** Patient words for the 10 OMT body regions (omt-reference §1.2). */
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
  chiefComplaint: { text: 'What is the main problem you want help with?', source: PRODUCT },
  painRegions: {
    text: 'Where does it hurt? (choose all that apply)',
    source: 'omt-reference §1.2 (10 regions)',
  },
  painNow: {
    text: 'Pain now, from 0 (no pain) to 10 (worst pain you can imagine)',
    source: 'omt-reference §5 row NPRS [O6]',
  },
  sleepHours: { text: 'Hours of sleep on a usual night', source: PRODUCT },
  sleepQuality: { text: 'How well do you sleep?', source: PRODUCT },
  activityLevel: { text: 'How active are you?', source: PRODUCT },
  diet: { text: 'How would you describe your diet?', source: PRODUCT },
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

/** PEG-3 items (Krebs 2009, public domain); each 0–10 over the past week. */
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
 * PHQ-9 items (Kroenke 2001, public domain; omt-reference §5 row PHQ-9 [O5]); items 1–2 are PHQ-2.
 * Item 9 wording follows the published PHQ-9; the reference marks it UNCONFIRMED (§8 item 8).
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
export const PHQ_SOURCE = 'omt-reference §5 rows PHQ-2, PHQ-9 [O5] (Kroenke 2001, public domain)';

/** Infant section (product.md step 2: "infant feeding/colic"); asked by the parent. */
export const INFANT_TEXT = {
  feeding: { text: 'How is your baby fed?', source: PRODUCT },
  cryingHours: { text: 'On a usual day, how many hours does your baby cry or fuss?', source: PRODUCT },
  sleepHours: { text: 'On a usual day, how many hours does your baby sleep in total?', source: PRODUCT },
} as const;
export const INFANT_FEEDING_CHOICES: IntakeChoice[] = [
  { code: 'breast', display: 'Breastfed' },
  { code: 'formula', display: 'Formula (bottle)' },
  { code: 'mixed', display: 'Breast and formula' },
  { code: 'solids', display: 'Eating solid food as well' },
];

/** Pregnancy section (product.md step 2: "pregnancy weeks"; omt-reference §3.4 pregnancy cautions). */
export const PREGNANCY_TEXT = {
  pregnant: { text: 'Are you pregnant?', source: PRODUCT },
  weeks: { text: 'How many weeks pregnant are you?', source: PRODUCT },
  complications: {
    text: 'Has your doctor or midwife told you about any complications with this pregnancy?',
    source: 'omt-reference §3.4 population-specific cautions (pregnancy)',
  },
  details: { text: 'Please describe the complications', source: PRODUCT },
} as const;
export const PREGNANCY_MAX_WEEKS = 42;
