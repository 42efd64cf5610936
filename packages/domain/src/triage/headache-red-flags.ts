/** Headache red flags, SNOOP / SNOOP4 (omt-reference §4.3 [R13]). */
import {
  screenRedFlags,
  type RedFlag,
  type RedFlagContext,
  type RedFlagQuestion,
  type RedFlagRule,
} from './red-flag';

const R13 = 'omt-reference §4.3';

export const HEADACHE_RED_FLAG_QUESTIONS: RedFlagQuestion[] = [
  {
    id: 'fever_or_unwell',
    text: 'Do you have a fever or feel generally unwell with this headache?',
    source: `${R13} row S [R13]`,
  },
  { id: 'weight_loss', text: 'Have you lost weight recently without trying?', source: `${R13} row S [R13]` },
  { id: 'cancer_history', text: 'Have you ever had cancer?', source: `${R13} row S [R13]` },
  {
    id: 'pregnant',
    text: 'Are you pregnant or did you give birth in the last few weeks?',
    source: `${R13} row S [R13]`,
  },
  {
    id: 'weak_immune_system',
    text: 'Do you have HIV or another condition or medicine that weakens your immune system?',
    source: `${R13} row S [R13]`,
  },
  {
    id: 'neuro_symptoms',
    text: 'With the headache, have you had confusion, weakness, numbness, or changes in your vision?',
    source: `${R13} row N [R13]`,
  },
  { id: 'seizure', text: 'Have you had a seizure (fit)?', source: `${R13} row N [R13]` },
  {
    id: 'sudden_severe_onset',
    text: 'Did the headache come on suddenly and reach its worst within about a minute ("thunderclap")?',
    source: `${R13} row O (onset) [R13]`,
  },
  {
    id: 'new_headache',
    text: 'Is this a new kind of headache you have not had before?',
    source: `${R13} rows O (onset), O (older age) [R13]`,
  },
  {
    id: 'pattern_change',
    text: 'Have your usual headaches changed, or become more frequent or severe?',
    source: `${R13} row P [R13]`,
  },
  {
    id: 'positional',
    text: 'Does the headache change a lot when you stand up or lie down?',
    source: `${R13} row P (SNOOP4 P2) [R13]`,
  },
  {
    id: 'cough_strain_exertion',
    text: 'Is the headache brought on by coughing, straining or exercise?',
    source: `${R13} row P (SNOOP4 P3) [R13]`,
  },
  {
    id: 'wakes_from_sleep',
    text: 'Does the headache wake you from sleep?',
    source: `${R13} other features [R13]`,
  },
  {
    id: 'head_injury',
    text: 'Did the headache start after a blow to the head?',
    source: `${R13} other features [R13]`,
  },
  {
    id: 'drug_or_toxin',
    text: 'Did it start after a new medicine, drug, or fumes (for example from a heater or car)?',
    source: `${R13} other features [R13]`,
  },
];

/** Age from which a new headache is a red flag (SNOOP "older age at onset ≥50"). */
export const SNOOP_OLDER_ONSET_AGE = 50;

const ACTION_NOTE = 'omt-reference §4.3 action: neuroimaging/urgent evaluation when present [R13]';

export const HEADACHE_RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'snoop_sudden_onset',
    label: 'Sudden (thunderclap) onset',
    action: 'emergency_referral',
    message: 'Thunderclap headache: emergency evaluation now; no OMT.',
    source: `${R13} row O (onset) [R13]; ${ACTION_NOTE}`,
    unconfirmed: true,
    when: (yes) => yes('sudden_severe_onset'),
  },
  {
    id: 'snoop_neurologic',
    label: 'Neurological symptoms or signs',
    action: 'emergency_referral',
    message:
      'Confusion, focal deficit, visual change or seizure with headache: emergency evaluation; no OMT.',
    source: `${R13} row N [R13]; ${ACTION_NOTE}`,
    unconfirmed: true,
    when: (yes) => yes('neuro_symptoms') || yes('seizure'),
  },
  {
    id: 'snoop_systemic',
    label: 'Systemic symptoms or illness',
    action: 'imaging',
    imaging: 'neuroimaging / urgent evaluation',
    message:
      'Fever, weight loss, cancer, pregnancy or immunosuppression with headache: urgent evaluation before OMT.',
    source: `${R13} row S [R13]; ${ACTION_NOTE}`,
    when: (yes) =>
      yes('fever_or_unwell') ||
      yes('weight_loss') ||
      yes('cancer_history') ||
      yes('pregnant') ||
      yes('weak_immune_system'),
  },
  {
    id: 'snoop_older_onset',
    label: 'New headache at age 50 or older',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'New headache starting at 50 or older: evaluation and imaging before OMT.',
    source: `${R13} rows O (onset, >50), O (older age ≥50) [R13]; ${ACTION_NOTE}`,
    when: (yes, ctx) => yes('new_headache') && ctx.ageYears >= SNOOP_OLDER_ONSET_AGE,
  },
  {
    id: 'snoop_pattern_change',
    label: 'Progression or change in headache pattern',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'Change in headache pattern or progression: evaluation before OMT.',
    source: `${R13} row P [R13]; ${ACTION_NOTE}`,
    when: (yes) => yes('pattern_change'),
  },
  {
    id: 'snoop_positional_or_valsalva',
    label: 'Positional or Valsalva-precipitated headache',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'Headache that is positional or brought on by cough/strain/exertion: evaluation before OMT.',
    source: `${R13} row P (SNOOP4 P2, P3) [R13]; ${ACTION_NOTE}`,
    when: (yes) => yes('positional') || yes('cough_strain_exertion'),
  },
  {
    id: 'snoop_other_features',
    label: 'Head trauma, drug/toxin, or waking from sleep',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'Headache after head trauma, drugs/toxins, or waking from sleep: evaluation before OMT.',
    source: `${R13} other features [R13]; ${ACTION_NOTE}`,
    when: (yes) => yes('head_injury') || yes('drug_or_toxin') || yes('wakes_from_sleep'),
  },
];

/** Screens headache intake answers with SNOOP so secondary headache is evaluated before OMT (§4.3). */
export function screenHeadacheRedFlags(answers: Record<string, boolean>, ctx: RedFlagContext): RedFlag[] {
  return screenRedFlags(HEADACHE_RED_FLAG_RULES, answers, ctx);
}
