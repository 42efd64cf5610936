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
    source: cite('CR-LBP-1'),
  },
  {
    id: 'bladder_change',
    text: 'Have you recently had new trouble passing urine, or leaked urine without meaning to?',
    source: cite('CR-LBP-1'),
  },
  {
    id: 'bowel_change',
    text: 'Have you recently lost control of your bowels?',
    source: cite('CR-LBP-1'),
  },
  {
    id: 'leg_weakness_worsening',
    text: 'Is weakness in one or both legs getting worse?',
    source: cite('CR-LBP-2'),
  },
  {
    id: 'leg_numbness_worsening',
    text: 'Is numbness in one or both legs spreading or getting worse?',
    source: cite('CR-LBP-2'),
  },
  {
    id: 'cancer_history',
    text: 'Have you ever had cancer?',
    source: cite('CR-LBP-3'),
  },
  {
    id: 'weight_loss',
    text: 'Have you lost weight recently without trying?',
    source: cite('CR-LBP-3'),
  },
  {
    id: 'fever',
    text: 'Have you had a fever (38 °C / 100 °F or higher) since this back pain started?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'injected_drugs',
    text: 'Have you ever injected drugs?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'weak_immune_system',
    text: 'Do you have a condition or take a medicine that weakens your immune system (for example HIV, chemotherapy, transplant medicines)?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'spinal_procedure_12mo',
    text: 'Have you had back surgery or a spinal injection in the last 12 months?',
    source: cite('CR-LBP-4'),
  },
  {
    id: 'major_trauma',
    text: 'Did the pain start after a serious injury, such as a car crash or a fall from a height?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'minor_trauma',
    text: 'Did the pain start after a minor fall or injury?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'long_term_steroids',
    text: 'Have you taken steroid tablets (such as prednisone) for more than a few months?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'osteoporosis',
    text: 'Have you been told you have osteoporosis (thin bones)?',
    source: cite('CR-LBP-5'),
  },
  {
    id: 'night_or_rest_pain',
    text: 'Is the pain worse when you rest or at night?',
    source: cite('CR-LBP-6', 'CR-LBP-7'),
  },
  {
    id: 'tb_exposure',
    text: 'Has your child been near someone with tuberculosis (TB)?',
    source: cite('CR-LBP-7'),
    childOnly: true,
  },
  {
    id: 'morning_stiffness',
    text: 'Is your child stiff for more than 30 minutes in the morning, getting better with activity?',
    source: cite('CR-LBP-7'),
    childOnly: true,
  },
  {
    id: 'hyperextension_sport',
    text: 'Does your child do a sport with a lot of backward bending (for example gymnastics, dance, bowling in cricket)?',
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
