/** The lines of a superbill from a signed note's coding and the clinic's fee schedule. */
import { feeOn, type FeeEntry } from './fee-lookup';
import { FEE_CODE_TITLES, isFeeCode } from './fee-codes';

export interface SuperbillCoding {
  cpt: string | null;
  diagnoses: readonly { icd10: string; title: string }[];
  emModifier25: boolean;
  /** The office E/M code billed with modifier 25, when the note names one. */
  emCode?: string | null;
}

export type SuperbillLineStatus = 'priced' | 'fee_not_set' | 'level_not_coded';

export interface SuperbillLine {
  /** The CPT code; null for an E/M service whose level the note does not name. */
  code: string | null;
  modifier: '25' | null;
  description: string;
  /** The ICD-10-CM codes this line is billed for. */
  icd10: string[];
  units: number;
  /** The fee effective on the date of service, in cents; null when none is set or the code is not known. */
  feeCents: number | null;
  status: SuperbillLineStatus;
}

export interface Superbill {
  lines: SuperbillLine[];
  /** The sum of the priced lines, in cents. */
  totalCents: number;
  /** Whether every line has a fee (else the total leaves some out). */
  complete: boolean;
}

function line(code: string, modifier: '25' | null, icd10: string[], fees: readonly FeeEntry[], date: string) {
  const fee = feeOn(fees, code, date);
  return {
    code,
    modifier,
    // A code the fee schedule does not list (the physician types the E/M code) is described by what it bills.
    description: isFeeCode(code)
      ? FEE_CODE_TITLES[code]
      : modifier === '25'
        ? 'E/M service, separately identifiable'
        : code,
    icd10,
    units: 1,
    feeCents: fee?.amountCents ?? null,
    status: fee ? 'priced' : 'fee_not_set',
  } satisfies SuperbillLine;
}

/**
 * One line per billed service on the date of service (YYYY-MM-DD in the location's zone): the separately
 * identifiable E/M with modifier 25 first when documented, then the OMT code. Each line carries every ICD-10-CM code of
 * the visit (a separate diagnosis is not required for the E/M) and the fee effective that day.
 */
export function superbillLines(coding: SuperbillCoding, fees: readonly FeeEntry[], date: string): Superbill {
  const icd10 = coding.diagnoses.map((d) => d.icd10);
  const lines: SuperbillLine[] = [];
  if (coding.emModifier25) {
    lines.push(
      coding.emCode
        ? line(coding.emCode, '25', icd10, fees, date)
        : {
            code: null,
            modifier: '25',
            description: 'Office visit E/M, separately identifiable (level not named in the note)',
            icd10,
            units: 1,
            feeCents: null,
            status: 'level_not_coded',
          },
    );
  }
  if (coding.cpt) lines.push(line(coding.cpt, null, icd10, fees, date));
  const totalCents = lines.reduce((sum, l) => sum + (l.feeCents ?? 0) * l.units, 0);
  return { lines, totalCents, complete: lines.every((l) => l.status === 'priced') };
}
