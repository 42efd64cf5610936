/** Low-back-pain red flags before manual therapy (clinical-reference CR-LBP-1 to CR-LBP-7). */
import { cite } from '../clinical-reference';
import {
  CHILD_MAX_AGE_YEARS,
  screenRedFlags,
  type RedFlag,
  type RedFlagContext,
  type RedFlagQuestion,
  type RedFlagRule,
} from './red-flag';

export const LOW_BACK_RED_FLAG_QUESTIONS: RedFlagQuestion[] = [
  {
    id: 'saddle_numbness',
    text: 'Do you have new numbness in your groin, buttocks or inner thighs (the area you sit on)?',
    es: '¿Tiene entumecimiento (adormecimiento) nuevo en la ingle, las nalgas o la parte interna de los muslos (la zona sobre la que se sienta)?',
    source: cite('CR-LBP-1'),
  },
  {
    id: 'bladder_change',
    text: 'Have you recently had new trouble passing urine, or leaked urine without meaning to?',
    es: '¿Ha tenido recientemente problemas nuevos para orinar, o se le ha salido la orina sin querer?',
    source: cite('CR-LBP-1'),
  },
  {
    id: 'bowel_change',
    text: 'Have you recently lost control of your bowels?',
    es: '¿Ha perdido recientemente el control de los intestinos (se le han salido las heces sin querer)?',
    source: cite('CR-LBP-1'),
  },
  {
    id: 'leg_weakness_worsening',
    text: 'Is weakness in one or both legs getting worse?',
    es: '¿Está empeorando la debilidad en una o en las dos piernas?',
    source: cite('CR-LBP-2'),
  },
  {
    id: 'leg_numbness_worsening',
    text: 'Is numbness in one or both legs spreading or getting worse?',
    es: '¿El entumecimiento en una o en las dos piernas se está extendiendo o empeorando?',
    source: cite('CR-LBP-2'),
  },
  {
    id: 'cancer_history',
    text: 'Have you ever had cancer?',
    es: '¿Ha tenido cáncer alguna vez?',
    source: cite('CR-LBP-3'),
  },
  {
    id: 'weight_loss',
    text: 'Have you lost weight recently without trying?',
    es: '¿Ha bajado de peso recientemente sin proponérselo?',
    source: cite('CR-LBP-3'),
  },
  {
    id: 'fever',
    text: 'Have you had a fever (38 °C / 100 °F or higher) since this back pain started?',
    es: '¿Ha tenido fiebre (38 °C / 100 °F o más) desde que empezó este dolor de espalda?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'injected_drugs',
    text: 'Have you ever injected drugs?',
    es: '¿Alguna vez se ha inyectado drogas?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'weak_immune_system',
    text: 'Do you have a condition or take a medicine that weakens your immune system (for example HIV, chemotherapy, transplant medicines)?',
    es: '¿Tiene alguna enfermedad o toma algún medicamento que debilite su sistema inmunitario (por ejemplo, VIH, quimioterapia, medicamentos para trasplante)?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'spinal_procedure_12mo',
    text: 'Have you had back surgery or a spinal injection in the last 12 months?',
    es: '¿Le han operado la espalda o le han puesto una inyección en la columna en los últimos 12 meses?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'major_trauma',
    text: 'Did the pain start after a serious injury, such as a car crash or a fall from a height?',
    es: '¿El dolor empezó después de una lesión grave, como un choque de auto o una caída desde una altura?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'minor_trauma',
    text: 'Did the pain start after a minor fall or injury?',
    es: '¿El dolor empezó después de una caída o lesión leve?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'long_term_steroids',
    text: 'Have you taken steroid tablets (such as prednisone) for more than a few months?',
    es: '¿Ha tomado pastillas de esteroides (como prednisona) por más de unos meses?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'osteoporosis',
    text: 'Have you been told you have osteoporosis (thin bones)?',
    es: '¿Le han dicho que tiene osteoporosis (huesos débiles)?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'night_or_rest_pain',
    text: 'Is the pain worse when you rest or at night?',
    es: '¿El dolor empeora cuando descansa o por la noche?',
    source: cite('CR-LBP-6', 'CR-LBP-7'),
  },
  {
    id: 'tb_exposure',
    text: 'Has your child been near someone with tuberculosis (TB)?',
    es: '¿Su hijo o hija ha estado cerca de alguien con tuberculosis (TB)?',
    source: cite('CR-LBP-7'),
    childOnly: true,
  },
  {
    id: 'morning_stiffness',
    text: 'Is your child stiff for more than 30 minutes in the morning, getting better with activity?',
    es: '¿Su hijo o hija amanece con rigidez por más de 30 minutos, y mejora al moverse?',
    source: cite('CR-LBP-7'),
    childOnly: true,
  },
  {
    id: 'hyperextension_sport',
    text: 'Does your child do a sport with a lot of backward bending (for example gymnastics, dance, bowling in cricket)?',
    es: '¿Su hijo o hija practica un deporte en el que se dobla mucho hacia atrás (por ejemplo, gimnasia, danza, lanzar en críquet)?',
    source: cite('CR-LBP-7'),
    childOnly: true,
  },
];

const isChild = (ctx: RedFlagContext): boolean => ctx.ageYears < CHILD_MAX_AGE_YEARS;

export const LOW_BACK_RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'cauda_equina',
    label: 'Possible cauda equina syndrome',
    action: 'emergency_referral',
    imaging: 'urgent MRI',
    message: 'Saddle numbness or new bladder/bowel dysfunction: send to emergency care now; no OMT.',
    source: cite('CR-LBP-1', 'CR-CI-16'),
    when: (yes) => yes('saddle_numbness') || yes('bladder_change') || yes('bowel_change'),
  },
  {
    id: 'progressive_neuro_deficit',
    label: 'Progressive neurological deficit',
    action: 'emergency_referral',
    imaging: 'urgent MRI',
    message: 'Worsening leg weakness or numbness: emergency referral and urgent MRI; no OMT.',
    source: cite('CR-LBP-2'),
    when: (yes) => yes('leg_weakness_worsening') || yes('leg_numbness_worsening'),
  },
  {
    id: 'possible_malignancy',
    label: 'Possible malignancy',
    action: 'imaging',
    imaging: 'MRI',
    message: 'History of cancer or unexplained weight loss: MRI before OMT.',
    source: cite('CR-LBP-3'),
    when: (yes) => yes('cancer_history') || yes('weight_loss'),
  },
  {
    id: 'possible_infection',
    label: 'Possible spinal infection',
    action: 'imaging',
    imaging: 'MRI ± labs',
    message:
      'Fever, injected drugs, immunosuppression, recent spinal procedure or TB exposure: MRI ± labs before OMT.',
    source: cite('CR-LBP-4', 'CR-LBP-7'),
    when: (yes, ctx) =>
      yes('fever') ||
      yes('injected_drugs') ||
      yes('weak_immune_system') ||
      yes('spinal_procedure_12mo') ||
      (isChild(ctx) && yes('tb_exposure')),
  },
  {
    id: 'possible_fracture',
    label: 'Possible vertebral fracture',
    action: 'imaging',
    imaging: 'radiographs / CT',
    message:
      'Significant trauma, mild trauma over 50, long-term steroids, osteoporosis or age over 70: radiographs/CT before OMT.',
    source: cite('CR-LBP-5'),
    when: (yes, ctx) =>
      yes('major_trauma') ||
      yes('long_term_steroids') ||
      yes('osteoporosis') ||
      ctx.ageYears > 70 ||
      (yes('minor_trauma') && ctx.ageYears > 50),
  },
  {
    id: 'rest_or_night_pain',
    label: 'Pain worse at rest or at night',
    action: 'imaging',
    imaging: 'MRI',
    message: 'Pain worse at rest or at night (tumour/infection trigger): imaging before OMT.',
    source: cite('CR-LBP-6'),
    when: (yes) => yes('night_or_rest_pain'),
  },
  {
    id: 'paediatric_young_age',
    label: 'Back pain under age 4',
    action: 'omt_hold',
    message: 'Back pain in a child under 4 is a red flag: physician review before any OMT.',
    source: cite('CR-LBP-7'),
    when: (_yes, ctx) => ctx.ageYears < 4,
  },
  {
    id: 'paediatric_inflammatory',
    label: 'Inflammatory-pattern back pain in a child',
    action: 'omt_hold',
    message: 'Morning stiffness over 30 minutes that improves with activity: physician review before OMT.',
    source: cite('CR-LBP-7'),
    when: (yes, ctx) => isChild(ctx) && yes('morning_stiffness'),
  },
  {
    id: 'paediatric_spondylolysis',
    label: 'Repetitive hyperextension sport in a child',
    action: 'omt_hold',
    message: 'Repetitive hyperextension sport: examine (Stork test) before OMT.',
    source: cite('CR-LBP-7'),
    when: (yes, ctx) => isChild(ctx) && yes('hyperextension_sport'),
  },
];

/** Screens low-back-pain intake answers so red flags route to referral, imaging or an OMT hold (CR-LBP-*). */
export function screenLowBackRedFlags(answers: Record<string, boolean>, ctx: RedFlagContext): RedFlag[] {
  return screenRedFlags(LOW_BACK_RED_FLAG_RULES, answers, ctx);
}
