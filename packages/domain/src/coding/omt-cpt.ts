/** OMT CPT family 98925–98929, chosen by the number of body regions treated (clinical-reference CR-REG-1). */
import { cite } from '../clinical-reference';

export const OMT_CPT_CODES = ['98925', '98926', '98927', '98928', '98929'] as const;
export type OmtCpt = (typeof OMT_CPT_CODES)[number];

export interface OmtCptBand {
  cpt: OmtCpt;
  minRegions: number;
  maxRegions: number;
  source: string;
}

export const OMT_CPT_BANDS: readonly OmtCptBand[] = [
  { cpt: '98925', minRegions: 1, maxRegions: 2, source: cite('CR-REG-1') },
  { cpt: '98926', minRegions: 3, maxRegions: 4, source: cite('CR-REG-1') },
  { cpt: '98927', minRegions: 5, maxRegions: 6, source: cite('CR-REG-1') },
  { cpt: '98928', minRegions: 7, maxRegions: 8, source: cite('CR-REG-1') },
  { cpt: '98929', minRegions: 9, maxRegions: 10, source: cite('CR-REG-1') },
];

/** Codes that must never be offered for OMT: manual therapy 97140 and chiropractic CMT 98940–98943 (clinical-reference CR-REG-2). */
export const NON_OMT_MANIPULATION_CODES = ['97140', '98940', '98941', '98942', '98943'] as const;

/** Guards user- or payer-supplied codes so only 98925–98929 can be billed as OMT (clinical-reference CR-REG-2). */
export function isOmtCpt(x: unknown): x is OmtCpt {
  return typeof x === 'string' && (OMT_CPT_CODES as readonly string[]).includes(x);
}

/** Picks the CPT level for a count of treated regions with somatic dysfunction; null when nothing is billable. */
export function cptForRegionCount(count: number): OmtCpt | null {
  if (!Number.isInteger(count)) throw new RangeError(`region count must be an integer, got ${count}`);
  const band = OMT_CPT_BANDS.find((b) => count >= b.minRegions && count <= b.maxRegions);
  return band?.cpt ?? null;
}
