/**
 * Canadian C-spine rule and NEXUS criteria: whether neck imaging is needed after trauma before any neck OMT
 * (clinical-reference CR-NECK-6, CR-NECK-7). Both apply to alert, stable trauma patients.
 */
import { cite } from '../clinical-reference';

export const CANADIAN_C_SPINE_SOURCE = cite('CR-NECK-6');
export const NEXUS_SOURCE = cite('CR-NECK-7');

/** Examples of a dangerous mechanism, shown beside the checkbox (clinical-reference CR-NECK-6). */
export const DANGEROUS_MECHANISM_EXAMPLES: readonly string[] = [
  'fall from ≥3 ft (about 1 m) or 5 stairs',
  'axial load to the head (e.g. diving)',
  'high-speed motor vehicle collision (>100 km/h), rollover or ejection',
  'motorized recreational vehicle collision',
  'bicycle collision',
];
/** The same examples in Spanish, in the same order, for the patient's intake question. */
export const DANGEROUS_MECHANISM_EXAMPLES_ES: readonly string[] = [
  'caída desde 3 pies (alrededor de 1 m) de altura o más, o por 5 escalones',
  'golpe con fuerza sobre la parte de arriba de la cabeza (por ejemplo, al echarse un clavado)',
  'choque de vehículo a alta velocidad (más de 100 km/h / 62 mph), volcadura o salir expulsado del vehículo',
  'choque en un vehículo recreativo motorizado',
  'choque en bicicleta',
];

export const CANADIAN_C_SPINE_HIGH_RISK_AGE = 65;

export interface CanadianCSpineInput {
  ageYears: number;
  dangerousMechanism: boolean;
  extremityParaesthesias: boolean;
  simpleRearEndMvc: boolean;
  sittingPosition: boolean;
  ambulatoryAtAnyTime: boolean;
  delayedOnsetNeckPain: boolean;
  noMidlineTenderness: boolean;
  /** Able to actively rotate the neck 45° left and right; undefined = not assessed (treated as unable). */
  canRotate45BothWays?: boolean;
}

export interface CSpineDecision {
  imaging: boolean;
  step: 1 | 2 | 3;
  reason: string;
  source: string;
}

function decision(imaging: boolean, step: 1 | 2 | 3, reason: string): CSpineDecision {
  return { imaging, step, reason, source: CANADIAN_C_SPINE_SOURCE };
}

/** Applies the three CCR steps so neck treatment after trauma waits for imaging when the rule requires it. */
export function applyCanadianCSpineRule(input: CanadianCSpineInput): CSpineDecision {
  const highRisk: string[] = [];
  if (input.ageYears > CANADIAN_C_SPINE_HIGH_RISK_AGE) highRisk.push('age over 65');
  if (input.dangerousMechanism) highRisk.push('dangerous mechanism');
  if (input.extremityParaesthesias) highRisk.push('paraesthesias in the extremities');
  if (highRisk.length > 0) return decision(true, 1, `High-risk factor: ${highRisk.join(', ')} → image`);

  const lowRisk =
    input.simpleRearEndMvc ||
    input.sittingPosition ||
    input.ambulatoryAtAnyTime ||
    input.delayedOnsetNeckPain ||
    input.noMidlineTenderness;
  if (!lowRisk) return decision(true, 2, 'No low-risk factor allows safe range-of-motion testing → image');

  if (input.canRotate45BothWays === true) {
    return decision(false, 3, 'Able to actively rotate 45° left and right → no imaging required');
  }
  const why = input.canRotate45BothWays === false ? 'Unable' : 'Not assessed whether able';
  return decision(true, 3, `${why} to actively rotate 45° left and right → image`);
}

export interface NexusInput {
  midlineTenderness: boolean;
  focalNeurologicDeficit: boolean;
  alteredConsciousness: boolean;
  intoxication: boolean;
  distractingInjury: boolean;
}

/** NEXUS: imaging is needed unless all five low-risk criteria are absent (clinical-reference CR-NECK-7). */
export function nexusRequiresImaging(input: NexusInput): boolean {
  return Object.values(input).some((present) => present);
}
