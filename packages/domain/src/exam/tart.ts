/** TART findings: the Medicare LCD criterion for diagnosing somatic dysfunction (clinical-reference CR-EXAM-1). */
import { cite } from '../clinical-reference';

export interface TartFindings {
  tenderness: boolean;
  asymmetry: boolean;
  restriction: boolean;
  tissueTexture: boolean;
}

export const TART_ELEMENTS = ['tenderness', 'asymmetry', 'restriction', 'tissueTexture'] as const;
export type TartElement = (typeof TART_ELEMENTS)[number];

export const TART_RULE_SOURCE = cite('CR-EXAM-1');

/** A blank exam row, so forms start with every element explicitly false rather than missing. */
export function emptyTart(): TartFindings {
  return { tenderness: false, asymmetry: false, restriction: false, tissueTexture: false };
}

/** Lists the TART elements present, for the exam note and the coding audit trail. */
export function tartElementsPresent(t: TartFindings): TartElement[] {
  return TART_ELEMENTS.filter((element) => t[element]);
}

/** Somatic dysfunction is diagnosed by one or more TART elements (clinical-reference CR-EXAM-1); gates region coding. */
export function hasSomaticDysfunction(t: TartFindings): boolean {
  return tartElementsPresent(t).length >= 1;
}
