/** Neck-pain red flags (referral-level features) before neck OMT (clinical-reference CR-NECK-1 to CR-NECK-7). */
import { cite } from '../clinical-reference';
import {
  screenRedFlags,
  type RedFlag,
  type RedFlagContext,
  type RedFlagQuestion,
  type RedFlagRule,
} from './red-flag';
import { NECK_TRAUMA_FLAG_ID } from './c-spine-intake';

export const NECK_RED_FLAG_QUESTIONS: RedFlagQuestion[] = [
  {
    id: 'fever',
    text: 'Have you had a fever with this neck pain?',
    es: '¿Ha tenido fiebre con este dolor de cuello?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'neck_stiff_all_directions',
    text: 'Is your whole neck stiff, so you cannot bend it in any direction?',
    es: '¿Tiene todo el cuello rígido, de modo que no lo puede doblar hacia ningún lado?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'weight_loss',
    text: 'Have you lost weight recently without trying?',
    es: '¿Ha bajado de peso recientemente sin proponérselo?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'pain_worsening_or_at_night',
    text: 'Is the pain getting steadily worse, never letting up, or waking you at night?',
    es: '¿El dolor empeora cada vez más, no se le quita nunca o le despierta por la noche?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'neuro_symptoms',
    text: 'Do you have new weakness, numbness, clumsiness, loss of vision or confusion?',
    es: '¿Tiene debilidad, entumecimiento, torpeza, pérdida de la vista o confusión que sean nuevos?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'headache_light_noise',
    text: 'Do you have a headache with dislike of light or noise, or feel sick or vomit?',
    es: '¿Tiene dolor de cabeza con molestia por la luz o el ruido, o tiene náuseas o vómitos?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'dizziness_double_vision',
    text: 'Do you have dizziness, double vision, trouble speaking or swallowing, or sudden falls?',
    es: '¿Tiene mareos, visión doble, dificultad para hablar o tragar, o caídas repentinas?',
    source: cite('CR-NECK-2', 'CR-HVLA-4'),
  },
  {
    id: 'cancer_history',
    text: 'Have you ever had cancer?',
    es: '¿Ha tenido cáncer alguna vez?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'inflammatory_arthritis',
    text: 'Do you have rheumatoid arthritis or another inflammatory arthritis?',
    es: '¿Tiene artritis reumatoide u otra artritis inflamatoria?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'infection_risk',
    text: 'Have you had TB, HIV, a weakened immune system, or injected drugs?',
    es: '¿Ha tenido tuberculosis (TB), VIH o el sistema inmunitario debilitado, o se ha inyectado drogas?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'significant_trauma',
    text: 'Did the neck pain start after an accident, fall or blow to the head or neck?',
    es: '¿El dolor de cuello empezó después de un accidente, una caída o un golpe en la cabeza o el cuello?',
    source: cite('CR-NECK-1', 'CR-NECK-6'),
  },
  {
    id: 'osteoporosis_minor_trauma',
    text: 'Do you have thin bones (osteoporosis) and had a minor fall or knock?',
    es: '¿Tiene huesos débiles (osteoporosis) y ha tenido una caída o un golpe leve?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'prior_neck_surgery',
    text: 'Have you had surgery on your neck?',
    es: '¿Le han operado el cuello?',
    source: cite('CR-NECK-1'),
  },
  {
    id: 'skin_redness_wound',
    text: 'Is there redness, a wound or a lump on your neck?',
    es: '¿Tiene enrojecimiento, una herida o un bulto en el cuello?',
    source: cite('CR-NECK-1'),
  },
];

export const NECK_RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'neck_vascular_neuro',
    label: 'Possible vertebral artery / neurological problem',
    action: 'emergency_referral',
    message:
      'Dizziness, double vision, speech/swallowing trouble, drop attacks or new focal deficit: emergency assessment; no neck OMT.',
    source: cite('CR-NECK-2'),
    when: (yes) => yes('dizziness_double_vision') || yes('neuro_symptoms'),
  },
  {
    id: NECK_TRAUMA_FLAG_ID,
    label: 'Neck pain after trauma',
    action: 'omt_hold',
    message: 'Apply the Canadian C-spine rule before any neck OMT; image if it says so.',
    source: cite('CR-NECK-6'),
    when: (yes) => yes('significant_trauma') || yes('osteoporosis_minor_trauma'),
  },
  {
    id: 'neck_infection_or_meningism',
    label: 'Possible infection or meningism',
    action: 'omt_hold',
    message: `Fever, generalized neck stiffness, headache with photophobia, vomiting or infection risk: physician review before OMT.`,
    source: cite('CR-NECK-3'),
    when: (yes) =>
      yes('fever') ||
      yes('neck_stiff_all_directions') ||
      yes('headache_light_noise') ||
      yes('infection_risk') ||
      yes('skin_redness_wound'),
  },
  {
    id: 'neck_structural_pathology',
    label: 'Possible structural pathology (tumour, inflammatory arthritis)',
    action: 'omt_hold',
    message: `Cancer history, weight loss, unremitting/night pain, inflammatory arthritis or prior neck surgery: physician review before OMT.`,
    source: cite('CR-NECK-4'),
    when: (yes) =>
      yes('cancer_history') ||
      yes('weight_loss') ||
      yes('pain_worsening_or_at_night') ||
      yes('inflammatory_arthritis') ||
      yes('prior_neck_surgery'),
  },
  {
    id: 'neck_new_symptoms_age',
    label: 'New neck symptoms under 20 or over 55',
    action: 'omt_hold',
    message: `New neck symptoms in someone under 20 or over 55: physician review before OMT.`,
    source: cite('CR-NECK-5'),
    when: (_yes, ctx) => ctx.ageYears < 20 || ctx.ageYears > 55,
  },
];

/** Screens neck-pain intake answers for referral-level features before neck treatment (CR-NECK-*). */
export function screenNeckRedFlags(answers: Record<string, boolean>, ctx: RedFlagContext): RedFlag[] {
  return screenRedFlags(NECK_RED_FLAG_RULES, answers, ctx);
}
