/**
 * Red flags for infants (under 2), asked of the parent instead of the self-report back, neck and headache
 * screens (clinical-reference CR-INFANT-1 to CR-INFANT-4). Each raises an OMT hold: a physician assesses the
 * baby before any OMT. Fever, a baby unwell, and a stiff neck or weak limb also alert at once (urgent-flags.ts).
 */
import { cite } from '../clinical-reference';
import {
  screenRedFlags,
  type RedFlag,
  type RedFlagContext,
  type RedFlagQuestion,
  type RedFlagRule,
} from './red-flag';

export const INFANT_RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'fever',
    text: 'Has your baby had a fever (38 °C / 100.4 °F or higher) in the last few days?',
    es: '¿Su bebé ha tenido fiebre (38 °C / 100.4 °F o más) en los últimos días?',
    source: cite('CR-INFANT-1'),
  },
  {
    id: 'unwell',
    text: 'Is your baby unusually sleepy or floppy, vomiting again and again, or feeding much less than usual?',
    es: '¿Su bebé está más dormido o más decaído (flojo, sin fuerzas) de lo normal, vomita una y otra vez, o come mucho menos de lo normal?',
    source: cite('CR-INFANT-2'),
  },
  {
    id: 'stiff_or_weak',
    text: 'Does your baby hold the head or neck stiffly, cry when it is moved, or move one arm or leg less than the other?',
    es: '¿Su bebé tiene la cabeza o el cuello rígidos, llora cuando lo mueven, o mueve un brazo o una pierna menos que el otro?',
    source: cite('CR-INFANT-2'),
  },
  {
    id: 'injury',
    text: 'Has your baby had a fall, a knock to the head or another injury recently?',
    es: '¿Su bebé se ha caído, se ha golpeado la cabeza o ha tenido otra lesión recientemente?',
    source: cite('CR-INFANT-3'),
  },
  {
    id: 'tb_exposure',
    text: 'Has your baby been near someone with tuberculosis (TB)?',
    es: '¿Su bebé ha estado cerca de alguien con tuberculosis (TB)?',
    source: cite('CR-INFANT-4'),
  },
];

export const INFANT_RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'infant_fever',
    label: 'Fever in a baby',
    action: 'omt_hold',
    message: 'Fever in a baby: a physician assesses the baby for infection before any OMT.',
    source: cite('CR-INFANT-1'),
    when: (yes) => yes('fever'),
  },
  {
    id: 'infant_unwell',
    label: 'Baby unwell (sleepy, floppy, vomiting or not feeding)',
    action: 'omt_hold',
    message:
      'An unusually sleepy, floppy or vomiting baby, or one feeding much less: physician assessment before any OMT.',
    source: cite('CR-INFANT-2'),
    when: (yes) => yes('unwell'),
  },
  {
    id: 'infant_neuro',
    label: 'Stiff neck or weak limb in a baby',
    action: 'omt_hold',
    message: 'Neck stiffness, pain on moving or a limb moved less: neurological examination before any OMT.',
    source: cite('CR-INFANT-2'),
    when: (yes) => yes('stiff_or_weak'),
  },
  {
    id: 'infant_injury',
    label: 'Recent injury in a baby',
    action: 'omt_hold',
    message:
      'A recent fall or injury in a baby: examine for fracture (and consider how it happened) before any OMT.',
    source: cite('CR-INFANT-3'),
    when: (yes) => yes('injury'),
  },
  {
    id: 'infant_tb_exposure',
    label: 'Tuberculosis exposure',
    action: 'omt_hold',
    message: 'Exposure to tuberculosis: physician review before any OMT.',
    source: cite('CR-INFANT-4'),
    when: (yes) => yes('tb_exposure'),
  },
];

/** Screens the parent's answers about an infant (CR-INFANT-*). */
export function screenInfantRedFlags(answers: Record<string, boolean>, ctx: RedFlagContext): RedFlag[] {
  return screenRedFlags(INFANT_RED_FLAG_RULES, answers, ctx);
}
