/** Which fee applies on a day: fees are kept as history, each effective from a date. */

export interface FeeEntry {
  code: string;
  amountCents: number;
  /** The first calendar day (YYYY-MM-DD) the fee applies to. */
  effectiveFrom: string;
  /** Order of recording: of two fees from the same day, the later-recorded one applies. */
  seq: number;
}

/**
 * The fee for `code` on `date` (a YYYY-MM-DD date of service): the one with the latest `effectiveFrom` on or before
 * that day, the later-recorded on a tie; null when none applies yet. A fee set later from a later day leaves earlier
 * dates of service as they were.
 */
export function feeOn(entries: readonly FeeEntry[], code: string, date: string): FeeEntry | null {
  let best: FeeEntry | null = null;
  for (const e of entries) {
    if (e.code !== code || e.effectiveFrom > date) continue;
    if (
      best === null ||
      e.effectiveFrom > best.effectiveFrom ||
      (e.effectiveFrom === best.effectiveFrom && e.seq > best.seq)
    ) {
      best = e;
    }
  }
  return best;
}
