/**
 * Red flags that must reach people at once, not when a physician happens to open the encounter: an
 * intake raising one opens a task for the visit's physician, marks the visit for the front desk, and
 * shows the patient the flag's own instruction (clinical-reference CR-LBP, CR-NECK, CR-SNOOP, CR-INFANT and CR-AFTER rows).
 */
import type { Lang } from '../aftercare';
import { cite } from '../clinical-reference';
import { C_SPINE_IMAGING_FLAG_ID } from './c-spine-intake';
import type { RedFlag, RedFlagAction } from './red-flag';

/** emergency: go to emergency care now; urgent: the physician acts today, before the visit. */
export type FlagUrgency = 'emergency' | 'urgent';
export const FLAG_URGENCIES: readonly FlagUrgency[] = ['emergency', 'urgent'];

export interface UrgentFlagInstruction {
  urgency: FlagUrgency;
  /** What the patient reads right after submitting the intake, in plain words. */
  text: Record<Lang, string>;
  source: string;
}

const EMERGENCY_EN = 'Go to an emergency department or call 911 now. Do not wait for your visit.';
const EMERGENCY_ES = 'Vaya a urgencias o llame al 911 ahora. No espere a su cita.';
const STROKE_SIGNS_EN =
  'If you get a sudden, severe headache, confusion, weakness, numbness, trouble seeing or speaking, or a seizure, call 911 now.';
const STROKE_SIGNS_ES =
  'Si tiene un dolor de cabeza repentino y muy fuerte, confusión, debilidad, adormecimiento, dificultad para ver o hablar, o una convulsión, llame al 911 ahora.';
const HEADACHE_URGENT = {
  urgency: 'urgent',
  text: {
    en: `Your answers about your headache mean a physician needs to check it soon, and you may need a scan. Your physician has been told and the clinic will contact you. ${STROKE_SIGNS_EN}`,
    es: `Sus respuestas sobre el dolor de cabeza indican que un médico debe revisarlo pronto, y puede necesitar un estudio de imagen. Su médico ya fue avisado y la clínica se pondrá en contacto con usted. ${STROKE_SIGNS_ES}`,
  },
  source: cite('CR-SNOOP-8', 'CR-SNOOP-1', 'CR-SNOOP-4', 'CR-SNOOP-5', 'CR-SNOOP-6', 'CR-SNOOP-7'),
} as const satisfies UrgentFlagInstruction;

/** A baby with a fever or who is unwell is seen by a doctor the same day (clinical-reference CR-INFANT-1, CR-INFANT-2). */
const INFANT_SAME_DAY = {
  en: "Your answers mean your baby should be checked by a doctor today, not at the visit. Your physician has been told. Call the clinic or your baby's doctor today. If your baby is very sleepy or floppy, has trouble breathing, or you are worried, call 911 or go to an emergency department now.",
  es: 'Sus respuestas indican que un médico debe revisar a su bebé hoy, no en la cita. Su médico ya fue avisado. Llame hoy a la clínica o al médico de su bebé. Si su bebé está muy somnoliento o sin fuerza (flácido), tiene dificultad para respirar, o algo le preocupa, llame al 911 o vaya a urgencias ahora.',
} as const satisfies Record<Lang, string>;

/** The flags that alert at once, each with the patient's instruction; every other flag waits for the visit. */
export const URGENT_FLAG_INSTRUCTIONS: Readonly<Record<string, UrgentFlagInstruction>> = {
  cauda_equina: {
    urgency: 'emergency',
    text: {
      en: `Your answers show signs that the nerves at the bottom of your spine may be pressed (cauda equina syndrome). This needs care today. ${EMERGENCY_EN}`,
      es: `Sus respuestas muestran señales de que los nervios de la parte baja de la columna pueden estar comprimidos (síndrome de cola de caballo). Esto necesita atención hoy. ${EMERGENCY_ES}`,
    },
    source: cite('CR-LBP-1', 'CR-AFTER-6'),
  },
  progressive_neuro_deficit: {
    urgency: 'emergency',
    text: {
      en: `Weakness or numbness in your legs that is getting worse needs care today. ${EMERGENCY_EN}`,
      es: `La debilidad o el adormecimiento de las piernas que empeora necesita atención hoy. ${EMERGENCY_ES}`,
    },
    source: cite('CR-LBP-2', 'CR-AFTER-6'),
  },
  neck_vascular_neuro: {
    urgency: 'emergency',
    text: {
      en: `Dizziness, double vision, trouble speaking or swallowing, sudden falls, or new weakness or numbness can be signs of a problem with the blood vessels or nerves of the neck. ${EMERGENCY_EN}`,
      es: `Los mareos, la visión doble, la dificultad para hablar o tragar, las caídas repentinas, o una debilidad o un adormecimiento nuevos pueden ser señales de un problema en los vasos sanguíneos o los nervios del cuello. ${EMERGENCY_ES}`,
    },
    source: cite('CR-NECK-2', 'CR-AFTER-5'),
  },
  snoop_sudden_onset: {
    urgency: 'emergency',
    text: {
      en: `A headache that comes on suddenly and reaches its worst within about a minute needs emergency care. ${EMERGENCY_EN}`,
      es: `Un dolor de cabeza que empieza de repente y llega a lo peor en más o menos un minuto necesita atención de urgencia. ${EMERGENCY_ES}`,
    },
    source: cite('CR-SNOOP-3', 'CR-SNOOP-8'),
  },
  snoop_neurologic: {
    urgency: 'emergency',
    text: {
      en: `A headache with confusion, weakness, numbness, changes in your vision or a seizure needs emergency care. ${EMERGENCY_EN}`,
      es: `Un dolor de cabeza con confusión, debilidad, adormecimiento, cambios en la vista o una convulsión necesita atención de urgencia. ${EMERGENCY_ES}`,
    },
    source: cite('CR-SNOOP-2', 'CR-SNOOP-8'),
  },
  [C_SPINE_IMAGING_FLAG_ID]: {
    urgency: 'urgent',
    text: {
      en: 'Because of how you hurt your neck, it needs an X-ray or scan before anyone treats it. Your physician has been told and the clinic will contact you. If you get new weakness, numbness or tingling in your arms or legs, call 911 or go to an emergency department now.',
      es: 'Por la forma en que se lastimó el cuello, necesita una radiografía o un escáner antes de que alguien lo trate. Su médico ya fue avisado y la clínica se pondrá en contacto con usted. Si tiene debilidad, adormecimiento u hormigueo nuevos en los brazos o las piernas, llame al 911 o vaya a urgencias ahora.',
    },
    source: cite('CR-NECK-6', 'CR-NECK-1'),
  },
  infant_fever: { urgency: 'urgent', text: INFANT_SAME_DAY, source: cite('CR-INFANT-1') },
  infant_unwell: { urgency: 'urgent', text: INFANT_SAME_DAY, source: cite('CR-INFANT-2') },
  infant_neuro: { urgency: 'urgent', text: INFANT_SAME_DAY, source: cite('CR-INFANT-2') },
  snoop_systemic: HEADACHE_URGENT,
  snoop_older_onset: HEADACHE_URGENT,
  snoop_pattern_change: HEADACHE_URGENT,
  snoop_positional_or_valsalva: HEADACHE_URGENT,
  snoop_other_features: HEADACHE_URGENT,
};

/** A raised flag that alerts at once, with its action and the patient's instruction. */
export interface UrgentFlag {
  flagId: string;
  label: string;
  action: RedFlagAction;
  urgency: FlagUrgency;
  instruction: Record<Lang, string>;
  source: string;
}

/** Any emergency-referral flag without its own instruction still sends the patient to emergency care. */
function emergencyFallback(f: { label: string; source?: string }): UrgentFlagInstruction {
  return {
    urgency: 'emergency',
    text: {
      en: `Your answers show signs that need emergency care (${f.label}). ${EMERGENCY_EN}`,
      es: `Sus respuestas muestran señales que necesitan atención de urgencia. ${EMERGENCY_ES}`,
    },
    source: f.source ?? cite('CR-AFTER-4'),
  };
}

/**
 * The raised flags that alert at once, emergencies first, in the order raised otherwise: those with an
 * instruction here, and any other emergency-referral flag with the plain emergency instruction.
 */
export function urgentFlags(
  flags: readonly (Pick<RedFlag, 'id' | 'label' | 'action'> & { source?: string })[],
): UrgentFlag[] {
  const found = flags.flatMap((f) => {
    const instruction = Object.hasOwn(URGENT_FLAG_INSTRUCTIONS, f.id)
      ? URGENT_FLAG_INSTRUCTIONS[f.id]
      : f.action === 'emergency_referral'
        ? emergencyFallback(f)
        : undefined;
    if (!instruction) return [];
    return [
      {
        flagId: f.id,
        label: f.label,
        action: f.action,
        urgency: instruction.urgency,
        instruction: instruction.text,
        source: instruction.source,
      },
    ];
  });
  return found.sort((a, b) => FLAG_URGENCIES.indexOf(a.urgency) - FLAG_URGENCIES.indexOf(b.urgency));
}
