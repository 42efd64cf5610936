/** The ten CPT OMT body regions and their ICD-10-CM M99.0x somatic-dysfunction codes (clinical-reference CR-REG-3, CR-REG-4). */
import { cite } from '../clinical-reference';

export const REGION_IDS = [
  'head',
  'cervical',
  'thoracic',
  'lumbar',
  'sacral',
  'pelvic',
  'lower_extremities',
  'upper_extremities',
  'rib_cage',
  'abdomen',
] as const;

export type RegionId = (typeof REGION_IDS)[number];

export interface Region {
  id: RegionId;
  label: string;
  icd10: string;
  icd10Title: string;
  source: string;
  /** Set when the official ICD-10-CM title was not checked, only inferred from the pattern (clinical-reference CR-REG-4). */
  titleUnconfirmed?: boolean;
}

export const REGIONS: readonly Region[] = [
  {
    id: 'head',
    label: 'Head',
    icd10: 'M99.00',
    icd10Title: 'Segmental and somatic dysfunction of head region',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'cervical',
    label: 'Cervical',
    icd10: 'M99.01',
    icd10Title: 'Segmental and somatic dysfunction of cervical region',
    source: cite('CR-REG-3'),
  },
  {
    id: 'thoracic',
    label: 'Thoracic',
    icd10: 'M99.02',
    icd10Title: 'Segmental and somatic dysfunction of thoracic region',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'lumbar',
    label: 'Lumbar',
    icd10: 'M99.03',
    icd10Title: 'Segmental and somatic dysfunction of lumbar region',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'sacral',
    label: 'Sacral',
    icd10: 'M99.04',
    icd10Title: 'Segmental and somatic dysfunction of sacral region',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'pelvic',
    label: 'Pelvic',
    icd10: 'M99.05',
    icd10Title: 'Segmental and somatic dysfunction of pelvic region',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'lower_extremities',
    label: 'Lower extremities',
    icd10: 'M99.06',
    icd10Title: 'Segmental and somatic dysfunction of lower extremity',
    source: cite('CR-REG-3'),
  },
  {
    id: 'upper_extremities',
    label: 'Upper extremities',
    icd10: 'M99.07',
    icd10Title: 'Segmental and somatic dysfunction of upper extremity',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'rib_cage',
    label: 'Rib cage',
    icd10: 'M99.08',
    icd10Title: 'Segmental and somatic dysfunction of rib cage',
    source: cite('CR-REG-3', 'CR-REG-4'),
    titleUnconfirmed: true,
  },
  {
    id: 'abdomen',
    label: 'Abdomen and viscera',
    icd10: 'M99.09',
    icd10Title: 'Segmental and somatic dysfunction of abdomen and other regions',
    source: cite('CR-REG-3'),
  },
];

/** Type guard so untrusted input (HTTP, DB) can be narrowed to a RegionId before use. */
export function isRegionId(x: unknown): x is RegionId {
  return typeof x === 'string' && (REGION_IDS as readonly string[]).includes(x);
}

/** Looks up a region's label and ICD-10-CM code; throws on an id outside REGION_IDS (a programming error). */
export function regionById(id: RegionId): Region {
  const region = REGIONS.find((r) => r.id === id);
  if (region === undefined) throw new RangeError(`regionById: unknown region '${String(id)}'`);
  return region;
}
