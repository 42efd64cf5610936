/**
 * The patient-answerable parts of the Canadian C-spine rule, asked at intake after neck trauma
 * (clinical-reference CR-NECK-6). Midline tenderness and active rotation are exam findings, so
 * intake can only apply step 1 (high risk → image); otherwise the neck_trauma hold stays until the
 * physician completes the rule at the exam.
 */
import {
  applyCanadianCSpineRule,
  type CanadianCSpineInput,
  type CSpineDecision,
  CANADIAN_C_SPINE_SOURCE,
  DANGEROUS_MECHANISM_EXAMPLES,
  DANGEROUS_MECHANISM_EXAMPLES_ES,
} from './canadian-c-spine';
import type { RedFlag, RedFlagContext, RedFlagQuestion } from './red-flag';

/** The rule's yes/no factors (its input without the age and the rotation test). */
export type CSpineFactors = Omit<CanadianCSpineInput, 'ageYears' | 'canRotate45BothWays'>;

/** The intake question each factor the patient can answer is asked as; the others are exam findings. */
export const C_SPINE_INTAKE_QUESTION = {
  dangerousMechanism: 'dangerous_mechanism',
  extremityParaesthesias: 'extremity_paraesthesias',
  simpleRearEndMvc: 'simple_rear_end_mvc',
  ambulatoryAtAnyTime: 'ambulatory_at_any_time',
  delayedOnsetNeckPain: 'delayed_onset_neck_pain',
} as const satisfies Partial<Record<keyof CSpineFactors, string>>;

/** The rule's factors as the intake answered them (none recorded: all no); exam-only factors are no. */
export function cSpineFactorsFromIntake(answers: Record<string, boolean> | null): CSpineFactors {
  const said = (k: keyof typeof C_SPINE_INTAKE_QUESTION) => answers?.[C_SPINE_INTAKE_QUESTION[k]] === true;
  return {
    dangerousMechanism: said('dangerousMechanism'),
    extremityParaesthesias: said('extremityParaesthesias'),
    simpleRearEndMvc: said('simpleRearEndMvc'),
    sittingPosition: false,
    ambulatoryAtAnyTime: said('ambulatoryAtAnyTime'),
    delayedOnsetNeckPain: said('delayedOnsetNeckPain'),
    noMidlineTenderness: false,
  };
}

export const C_SPINE_INTAKE_QUESTIONS: RedFlagQuestion[] = [
  {
    id: C_SPINE_INTAKE_QUESTION.dangerousMechanism,
    text: `Was it a dangerous injury, for example a ${DANGEROUS_MECHANISM_EXAMPLES.join('; ')}?`,
    es: `¿Fue una lesión peligrosa, por ejemplo: ${DANGEROUS_MECHANISM_EXAMPLES_ES.join('; ')}?`,
    source: `${CANADIAN_C_SPINE_SOURCE} step 1 dangerous mechanism`,
  },
  {
    id: C_SPINE_INTAKE_QUESTION.extremityParaesthesias,
    text: 'Since the injury, have you had pins and needles or tingling in your arms or legs?',
    es: 'Desde la lesión, ¿ha sentido hormigueo o piquetes (como agujas) en los brazos o las piernas?',
    source: `${CANADIAN_C_SPINE_SOURCE} step 1 paraesthesias in extremities`,
  },
  {
    id: C_SPINE_INTAKE_QUESTION.simpleRearEndMvc,
    text: 'Was it a simple rear-end car collision (your car was hit from behind)?',
    es: '¿Fue un choque sencillo por detrás (a su auto lo chocaron por detrás)?',
    source: `${CANADIAN_C_SPINE_SOURCE} step 2 low-risk factor`,
  },
  {
    id: C_SPINE_INTAKE_QUESTION.ambulatoryAtAnyTime,
    text: 'Were you able to walk at any time after the injury?',
    es: '¿Pudo caminar en algún momento después de la lesión?',
    source: `${CANADIAN_C_SPINE_SOURCE} step 2 low-risk factor`,
  },
  {
    id: C_SPINE_INTAKE_QUESTION.delayedOnsetNeckPain,
    text: 'Did the neck pain start some time later, not straight after the injury?',
    es: '¿El dolor de cuello empezó un tiempo después, no inmediatamente después de la lesión?',
    source: `${CANADIAN_C_SPINE_SOURCE} step 2 low-risk factor`,
  },
];

export const C_SPINE_IMAGING_FLAG_ID = 'neck_c_spine_imaging';
/** The intake's "neck pain after trauma" hold: apply the rule before any neck OMT (neck-red-flags.ts). */
export const NECK_TRAUMA_FLAG_ID = 'neck_trauma';

/** The imaging flag a Canadian C-spine decision raises, at intake (step 1) or at the exam (steps 2–3). */
export function cSpineImagingFlag(decision: CSpineDecision): RedFlag {
  return {
    id: C_SPINE_IMAGING_FLAG_ID,
    label: 'Canadian C-spine rule: imaging required',
    action: 'imaging',
    imaging: 'cervical spine radiographs / CT',
    message: `${decision.reason}: image the cervical spine before any neck OMT.`,
    source: decision.source,
  };
}

/** Raises the imaging flag at intake when the Canadian C-spine rule already requires imaging at step 1. */
export function screenCSpineAtIntake(answers: Record<string, boolean>, ctx: RedFlagContext): RedFlag[] {
  const decision = applyCanadianCSpineRule({ ageYears: ctx.ageYears, ...cSpineFactorsFromIntake(answers) });
  return decision.step === 1 ? [cSpineImagingFlag(decision)] : [];
}
