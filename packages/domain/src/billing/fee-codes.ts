/** The codes the clinic sets a fee for: the OMT family the coding picks and the office E/M codes billed with modifier 25. */
import { OMT_CPT_CODES } from '../coding/omt-cpt';

/** Office or other outpatient E/M: new patient 99202–99205, established patient 99212–99215. */
export const EM_OFFICE_CODES = [
  '99202',
  '99203',
  '99204',
  '99205',
  '99212',
  '99213',
  '99214',
  '99215',
] as const;

export const FEE_CODES = [...OMT_CPT_CODES, ...EM_OFFICE_CODES] as const;
export type FeeCode = (typeof FEE_CODES)[number];

/** Short descriptions as a superbill and the fee schedule show them. */
export const FEE_CODE_TITLES: Record<FeeCode, string> = {
  '98925': 'OMT, 1–2 body regions',
  '98926': 'OMT, 3–4 body regions',
  '98927': 'OMT, 5–6 body regions',
  '98928': 'OMT, 7–8 body regions',
  '98929': 'OMT, 9–10 body regions',
  '99202': 'Office visit, new patient, straightforward',
  '99203': 'Office visit, new patient, low complexity',
  '99204': 'Office visit, new patient, moderate complexity',
  '99205': 'Office visit, new patient, high complexity',
  '99212': 'Office visit, established patient, straightforward',
  '99213': 'Office visit, established patient, low complexity',
  '99214': 'Office visit, established patient, moderate complexity',
  '99215': 'Office visit, established patient, high complexity',
};

export function isFeeCode(x: unknown): x is FeeCode {
  return typeof x === 'string' && (FEE_CODES as readonly string[]).includes(x);
}
