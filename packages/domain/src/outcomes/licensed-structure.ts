/**
 * The structure the scorers need from a clinic's licensed item text (ODI, NDI, HIT-6): how many scored items and
 * which score each answer option must carry, in order. The text itself is the clinic's; only the shape is checked.
 */
import { HIT6_ITEMS, HIT6_POINTS, HIT6_SOURCE } from './hit6';
import { NDI_ITEMS, NDI_SOURCE } from './ndi';
import { ODI_SECTIONS, ODI_SOURCE } from './odi';

export const LICENSED_MEASURE_CODES = ['odi', 'ndi', 'hit6'] as const;
export type LicensedMeasureCode = (typeof LICENSED_MEASURE_CODES)[number];

export interface LicensedStructure {
  measure: LicensedMeasureCode;
  /** Scored items (ODI sections, NDI items, HIT-6 items), in the order the scorer reads them. */
  items: number;
  /** The score each answer option carries, in order (HIT-6: the points; the scorer reads the option's position). */
  optionScores: readonly number[];
  source: string;
}

const ZERO_TO_FIVE = [0, 1, 2, 3, 4, 5] as const;

export const LICENSED_STRUCTURES: Readonly<Record<LicensedMeasureCode, LicensedStructure>> = {
  odi: { measure: 'odi', items: ODI_SECTIONS, optionScores: ZERO_TO_FIVE, source: ODI_SOURCE },
  ndi: { measure: 'ndi', items: NDI_ITEMS, optionScores: ZERO_TO_FIVE, source: NDI_SOURCE },
  hit6: { measure: 'hit6', items: HIT6_ITEMS, optionScores: HIT6_POINTS, source: HIT6_SOURCE },
};

/** One scored item of an uploaded instrument: its id and its options' scores (null where an option carries none). */
export interface UploadedItem {
  linkId: string;
  optionScores: readonly (number | null)[];
}

export interface StructureProblem {
  /** The item's linkId, or null when the problem is the whole instrument (e.g. the number of items). */
  item: string | null;
  message: string;
}

/** The first way the uploaded items differ from what the measure's scorer needs; null when they fit. */
export function licensedStructureProblem(
  measure: LicensedMeasureCode,
  items: readonly UploadedItem[],
): StructureProblem | null {
  const want = LICENSED_STRUCTURES[measure];
  if (items.length !== want.items) {
    return {
      item: null,
      message: `${measure.toUpperCase()} needs ${want.items} scored items, the upload has ${items.length}`,
    };
  }
  const expected = want.optionScores.join(', ');
  for (const item of items) {
    const { linkId, optionScores } = item;
    if (optionScores.length !== want.optionScores.length) {
      return {
        item: linkId,
        message: `item ${linkId} has ${optionScores.length} answer options; it needs ${want.optionScores.length} scored ${expected}`,
      };
    }
    const wrong = optionScores.findIndex((score, i) => score !== want.optionScores[i]);
    if (wrong >= 0) {
      const got = optionScores[wrong];
      return {
        item: linkId,
        message: `item ${linkId} option ${wrong + 1} is scored ${got === null || got === undefined ? 'nothing' : String(got)}; the options must be scored ${expected} in that order`,
      };
    }
  }
  return null;
}
