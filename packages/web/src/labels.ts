import type { RegionId, TechniqueId } from '@omt/domain';
import type { PatientFactorsView } from '@omt/contracts';

/** Clinical region names (exam, treatment, coding). */
export const REGION_LABELS: Record<RegionId, string> = {
  head: 'Head',
  cervical: 'Cervical',
  thoracic: 'Thoracic',
  lumbar: 'Lumbar',
  sacral: 'Sacral',
  pelvic: 'Pelvic',
  lower_extremities: 'Lower extremities',
  upper_extremities: 'Upper extremities',
  rib_cage: 'Rib cage',
  abdomen: 'Abdomen and viscera',
};

export const TECHNIQUE_LABELS: Record<TechniqueId, string> = {
  hvla: 'High-velocity, low-amplitude (HVLA / thrust)',
  muscle_energy: 'Muscle energy',
  counterstrain: 'Counterstrain',
  myofascial_release: 'Myofascial release',
  soft_tissue: 'Soft tissue',
  blt: 'Balanced ligamentous tension (BLT)',
  cranial: 'Osteopathy in the cranial field',
  fpr: 'Facilitated positional release (FPR)',
  still: 'Still technique',
  articulatory: 'Articulatory',
  lymphatic_pump: 'Lymphatic pump',
  rib_raising: 'Rib raising',
  diaphragm_release: 'Diaphragm release',
  visceral: 'Visceral',
};

type BooleanFactor = Exclude<
  keyof PatientFactorsView,
  'pregnancyWeeks' | 'conditions' | 'anticoagulationCheck'
>;

export const FACTOR_LABELS: Record<BooleanFactor, string> = {
  pregnant: 'Pregnant',
  osteoporosis: 'Osteoporosis',
  anticoagulated: 'On anticoagulants',
  malignancy: 'Malignancy',
  recentFracture: 'Recent fracture',
  infection: 'Infection',
  downSyndrome: 'Down syndrome',
  rheumatoidArthritis: 'Rheumatoid arthritis',
  vertebralArterySymptoms: 'Vertebral artery symptoms',
  dvt: 'Deep vein thrombosis (DVT)',
  recentSurgery: 'Recent surgery',
  caudaEquinaSigns: 'Cauda equina signs',
  connectiveTissueDisease: 'Connective tissue disease',
};

export const FACTOR_KEYS = Object.keys(FACTOR_LABELS) as BooleanFactor[];

export const STATUS_LABELS = {
  held: 'Held for you',
  booked: 'Booked',
  checked_in: 'Checked in',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
} as const;

export const ROUTE_LABELS = {
  emergency: 'Emergency',
  same_day_call: 'Same-day call',
  routine_review: 'Routine review',
  none: 'No action',
} as const;

export const RED_FLAG_ACTION_LABELS = {
  emergency_referral: 'Emergency referral',
  imaging: 'Imaging before OMT',
  omt_hold: 'OMT on hold until acknowledged',
} as const;

/** Capitalises a snake_case or lowercase word for display. */
export function humanize(value: string): string {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
