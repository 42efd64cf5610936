/**
 * When an anticoagulated patient's last therapeutic-level check counts (clinical-reference CR-POP-7).
 * WHO names "anticoagulant therapy without recent evaluation of therapeutic level" as a contraindication to
 * direct techniques but gives no interval; the interval and the INR range here are the safer choice, stated
 * to clinicians as expert consensus.
 */
import { cite } from '../clinical-reference';

/** The last level check as recorded: its date, and the INR value when one was measured, or the prescriber's "in range". */
export interface AnticoagulationLevelCheck {
  /** YYYY-MM-DD, not after the day it is recorded. */
  date: string;
  /** The INR measured, when the therapy is monitored by INR (e.g. warfarin); null otherwise. */
  inr: number | null;
  /** The check found the level in the therapeutic range. */
  inRange: boolean;
}

export const ANTICOAGULATION_RECENCY = {
  /** A check older than this many days no longer counts. */
  maxAgeDays: 7,
  /** Usual warfarin target; a value outside it does not count as in range, whatever the record says. */
  inrLow: 2.0,
  inrHigh: 3.0,
  evidence: 'expert consensus',
  source: cite('CR-POP-7'),
} as const;

const MS_PER_DAY = 86_400_000;

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;
}

/**
 * True when the check is recent (0–7 days before `today`, both YYYY-MM-DD) and in range (an INR recorded
 * must lie in 2.0–3.0); anything else, a missing, future or malformed date included, counts as not checked.
 */
export function isAnticoagulationCheckCurrent(
  check: AnticoagulationLevelCheck | null | undefined,
  today: string,
): boolean {
  if (!check || !check.inRange) return false;
  const { maxAgeDays, inrLow, inrHigh } = ANTICOAGULATION_RECENCY;
  if (check.inr !== null && (check.inr < inrLow || check.inr > inrHigh)) return false;
  const age = dayNumber(today) - dayNumber(check.date);
  return Number.isFinite(age) && age >= 0 && age <= maxAgeDays;
}

/** Plain words for the form and the safety message, e.g. "an in-range level check in the last 7 days". */
export function anticoagulationRecencyText(): string {
  const { maxAgeDays, inrLow, inrHigh, evidence } = ANTICOAGULATION_RECENCY;
  return `a level check in the last ${maxAgeDays} days that was in range (INR ${inrLow.toFixed(1)}–${inrHigh.toFixed(1)} when measured; ${evidence})`;
}
