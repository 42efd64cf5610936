/** The ten CPT OMT body regions and their ICD-10-CM M99.0x somatic-dysfunction codes (omt-reference §1.2). */

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
  /** Set when the reference could not confirm the official ICD-10-CM title (§1.2 notes, §8 item 3). */
  titleUnconfirmed?: boolean;
}

const TITLE_NOTE = 'omt-reference §1.2 notes: official title confirmed only for M99.01, M99.06, M99.09 [C15]';

export const REGIONS: readonly Region[] = [
  {
    id: 'head',
    label: 'Head',
    icd10: 'M99.00',
    icd10Title: 'Segmental and somatic dysfunction of head region',
    source: `omt-reference §1.2 row 1 [C1][C2]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'cervical',
    label: 'Cervical',
    icd10: 'M99.01',
    icd10Title: 'Segmental and somatic dysfunction of cervical region',
    source: 'omt-reference §1.2 row 2 [C1][C15]',
  },
  {
    id: 'thoracic',
    label: 'Thoracic',
    icd10: 'M99.02',
    icd10Title: 'Segmental and somatic dysfunction of thoracic region',
    source: `omt-reference §1.2 row 3 [C1]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'lumbar',
    label: 'Lumbar',
    icd10: 'M99.03',
    icd10Title: 'Segmental and somatic dysfunction of lumbar region',
    source: `omt-reference §1.2 row 4 [C1]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'sacral',
    label: 'Sacral',
    icd10: 'M99.04',
    icd10Title: 'Segmental and somatic dysfunction of sacral region',
    source: `omt-reference §1.2 row 5 [C1]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'pelvic',
    label: 'Pelvic',
    icd10: 'M99.05',
    icd10Title: 'Segmental and somatic dysfunction of pelvic region',
    source: `omt-reference §1.2 row 6 [C1][C2]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'lower_extremities',
    label: 'Lower extremities',
    icd10: 'M99.06',
    icd10Title: 'Segmental and somatic dysfunction of lower extremity',
    source: 'omt-reference §1.2 row 7 [C1][C15]',
  },
  {
    id: 'upper_extremities',
    label: 'Upper extremities',
    icd10: 'M99.07',
    icd10Title: 'Segmental and somatic dysfunction of upper extremity',
    source: `omt-reference §1.2 row 8 [C1]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'rib_cage',
    label: 'Rib cage',
    icd10: 'M99.08',
    icd10Title: 'Segmental and somatic dysfunction of rib cage',
    source: `omt-reference §1.2 row 9 [C1]; ${TITLE_NOTE}`,
    titleUnconfirmed: true,
  },
  {
    id: 'abdomen',
    label: 'Abdomen and viscera',
    icd10: 'M99.09',
    icd10Title: 'Segmental and somatic dysfunction of abdomen and other regions',
    source: 'omt-reference §1.2 row 10 [C1][C15]',
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
