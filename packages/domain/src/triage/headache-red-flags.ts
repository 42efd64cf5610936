/** Headache red flags, SNOOP / SNOOP4 (clinical-reference CR-SNOOP-1 to CR-SNOOP-7). */
import { cite } from '../clinical-reference';
import {
  screenRedFlags,
  type RedFlag,
  type RedFlagContext,
  type RedFlagQuestion,
  type RedFlagRule,
} from './red-flag';

export const HEADACHE_RED_FLAG_QUESTIONS: RedFlagQuestion[] = [
  {
    id: 'fever_or_unwell',
    text: 'Do you have a fever or feel generally unwell with this headache?',
    es: '¿Tiene fiebre o se siente mal en general con este dolor de cabeza?',
    source: cite('CR-SNOOP-1'),
  },
  {
    id: 'weight_loss',
    text: 'Have you lost weight recently without trying?',
    es: '¿Ha bajado de peso recientemente sin proponérselo?',
    source: cite('CR-SNOOP-1'),
  },
  {
    id: 'cancer_history',
    text: 'Have you ever had cancer?',
    es: '¿Ha tenido cáncer alguna vez?',
    source: cite('CR-SNOOP-1'),
  },
  {
    id: 'pregnant',
    text: 'Are you pregnant or did you give birth in the last few weeks?',
    es: '¿Está embarazada o dio a luz en las últimas semanas?',
    source: cite('CR-SNOOP-1'),
  },
  {
    id: 'weak_immune_system',
    text: 'Do you have HIV or another condition or medicine that weakens your immune system?',
    es: '¿Tiene VIH u otra enfermedad, o toma algún medicamento, que debilite su sistema inmunitario?',
    source: cite('CR-SNOOP-1'),
  },
  {
    id: 'neuro_symptoms',
    text: 'With the headache, have you had confusion, weakness, numbness, or changes in your vision?',
    es: 'Con el dolor de cabeza, ¿ha tenido confusión, debilidad, entumecimiento o cambios en la vista?',
    source: cite('CR-SNOOP-2'),
  },
  {
    id: 'seizure',
    text: 'Have you had a seizure (fit)?',
    es: '¿Ha tenido una convulsión (ataque)?',
    source: cite('CR-SNOOP-2'),
  },
  {
    id: 'sudden_severe_onset',
    text: 'Did the headache come on suddenly and reach its worst within about a minute ("thunderclap")?',
    es: '¿El dolor de cabeza empezó de repente y llegó a lo peor en más o menos un minuto (dolor de cabeza "en trueno")?',
    source: cite('CR-SNOOP-3'),
  },
  {
    id: 'new_headache',
    text: 'Is this a new kind of headache you have not had before?',
    es: '¿Es un tipo de dolor de cabeza nuevo, que no había tenido antes?',
    source: cite('CR-SNOOP-3', 'CR-SNOOP-4'),
  },
  {
    id: 'pattern_change',
    text: 'Have your usual headaches changed, or become more frequent or severe?',
    es: '¿Han cambiado sus dolores de cabeza habituales, o se han vuelto más frecuentes o más fuertes?',
    source: cite('CR-SNOOP-5'),
  },
  {
    id: 'positional',
    text: 'Does the headache change a lot when you stand up or lie down?',
    es: '¿El dolor de cabeza cambia mucho al ponerse de pie o al acostarse?',
    source: cite('CR-SNOOP-6'),
  },
  {
    id: 'cough_strain_exertion',
    text: 'Is the headache brought on by coughing, straining or exercise?',
    es: '¿El dolor de cabeza aparece al toser, al pujar o hacer fuerza, o al hacer ejercicio?',
    source: cite('CR-SNOOP-6'),
  },
  {
    id: 'wakes_from_sleep',
    text: 'Does the headache wake you from sleep?',
    es: '¿El dolor de cabeza le despierta cuando está dormido(a)?',
    source: cite('CR-SNOOP-7'),
  },
  {
    id: 'head_injury',
    text: 'Did the headache start after a blow to the head?',
    es: '¿El dolor de cabeza empezó después de un golpe en la cabeza?',
    source: cite('CR-SNOOP-7'),
  },
  {
    id: 'drug_or_toxin',
    text: 'Did it start after a new medicine, drug, or fumes (for example from a heater or car)?',
    es: '¿Empezó después de un medicamento nuevo, una droga, o de respirar gases o humo (por ejemplo, de un calentador o de un auto)?',
    source: cite('CR-SNOOP-7'),
  },
];

/** Age from which a new headache is a red flag (SNOOP "older age at onset ≥50"). */
export const SNOOP_OLDER_ONSET_AGE = 50;

export const HEADACHE_RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'snoop_sudden_onset',
    label: 'Sudden (thunderclap) onset',
    action: 'emergency_referral',
    message: 'Thunderclap headache: emergency evaluation now; no OMT.',
    source: cite('CR-SNOOP-3'),
    when: (yes) => yes('sudden_severe_onset'),
  },
  {
    id: 'snoop_neurologic',
    label: 'Neurological symptoms or signs',
    action: 'emergency_referral',
    message:
      'Confusion, focal deficit, visual change or seizure with headache: emergency evaluation; no OMT.',
    source: cite('CR-SNOOP-2'),
    when: (yes) => yes('neuro_symptoms') || yes('seizure'),
  },
  {
    id: 'snoop_systemic',
    label: 'Systemic symptoms or illness',
    action: 'imaging',
    imaging: 'neuroimaging / urgent evaluation',
    message:
      'Fever, weight loss, cancer, pregnancy or immunosuppression with headache: urgent evaluation before OMT.',
    source: cite('CR-SNOOP-1'),
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
    source: cite('CR-SNOOP-4'),
    when: (yes, ctx) => yes('new_headache') && ctx.ageYears >= SNOOP_OLDER_ONSET_AGE,
  },
  {
    id: 'snoop_pattern_change',
    label: 'Progression or change in headache pattern',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'Change in headache pattern or progression: evaluation before OMT.',
    source: cite('CR-SNOOP-5'),
    when: (yes) => yes('pattern_change'),
  },
  {
    id: 'snoop_positional_or_valsalva',
    label: 'Positional or Valsalva-precipitated headache',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'Headache that is positional or brought on by cough/strain/exertion: evaluation before OMT.',
    source: cite('CR-SNOOP-6'),
    when: (yes) => yes('positional') || yes('cough_strain_exertion'),
  },
  {
    id: 'snoop_other_features',
    label: 'Head trauma, drug/toxin, or waking from sleep',
    action: 'imaging',
    imaging: 'neuroimaging',
    message: 'Headache after head trauma, drugs/toxins, or waking from sleep: evaluation before OMT.',
    source: cite('CR-SNOOP-7'),
    when: (yes) => yes('head_injury') || yes('drug_or_toxin') || yes('wakes_from_sleep'),
  },
];

/** Screens headache intake answers with SNOOP so secondary headache is evaluated before OMT (CR-SNOOP-*). */
export function screenHeadacheRedFlags(answers: Record<string, boolean>, ctx: RedFlagContext): RedFlag[] {
  return screenRedFlags(HEADACHE_RED_FLAG_RULES, answers, ctx);
}
