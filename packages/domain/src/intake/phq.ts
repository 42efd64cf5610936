/** PHQ-2 and PHQ-9 depression screening scores for the intake questionnaire (clinical-reference CR-SCORE-1, CR-SCORE-2). */
import { cite } from '../clinical-reference';

export const PHQ_ITEM_MIN = 0;
export const PHQ_ITEM_MAX = 3;

/** PHQ-2 ≥3 is a positive screen (≥2 is more sensitive), clinical-reference CR-SCORE-1. */
export const PHQ2_POSITIVE_CUTOFF = 3;
export const PHQ2_SOURCE = cite('CR-SCORE-1');

export type Phq9Severity = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

export interface Phq9Band {
  severity: Phq9Severity;
  min: number;
  max: number;
  source: string;
}

const PHQ9_BANDS_SOURCE = cite('CR-SCORE-2');

export const PHQ9_BANDS: readonly Phq9Band[] = [
  { severity: 'minimal', min: 0, max: 4, source: PHQ9_BANDS_SOURCE },
  { severity: 'mild', min: 5, max: 9, source: PHQ9_BANDS_SOURCE },
  { severity: 'moderate', min: 10, max: 14, source: PHQ9_BANDS_SOURCE },
  { severity: 'moderately_severe', min: 15, max: 19, source: PHQ9_BANDS_SOURCE },
  { severity: 'severe', min: 20, max: 27, source: PHQ9_BANDS_SOURCE },
];

/** PHQ-9 MCID of 5 points (Löwe 2004), for plan-of-care progress flags. */
export const PHQ9_MCID = 5;
export const PHQ9_SOURCE = cite('CR-SCORE-2', 'CR-SCORE-4');

export interface Phq2Score {
  score: number;
  positive: boolean;
}

export interface Phq9Score {
  score: number;
  severity: Phq9Severity;
  /**
   * Any non-zero self-harm item (item 9) → same-visit safety workflow (clinical-reference CR-SCORE-4,
   * expert consensus).
   */
  item9Positive: boolean;
}

function assertItem(value: number, name: string): void {
  if (!Number.isInteger(value) || value < PHQ_ITEM_MIN || value > PHQ_ITEM_MAX) {
    throw new RangeError(`${name} must be an integer 0–3, got ${String(value)}`);
  }
}

/** Scores the two-item screen that decides whether the full PHQ-9 is asked (clinical-reference CR-SCORE-1). */
export function scorePhq2(item1: number, item2: number): Phq2Score {
  assertItem(item1, 'PHQ-2 item 1');
  assertItem(item2, 'PHQ-2 item 2');
  const score = item1 + item2;
  return { score, positive: score >= PHQ2_POSITIVE_CUTOFF };
}

/** Maps a PHQ-9 total to its severity band. */
export function phq9Severity(score: number): Phq9Severity {
  const band = PHQ9_BANDS.find((b) => score >= b.min && score <= b.max);
  if (band === undefined) throw new RangeError(`PHQ-9 total must be 0–27, got ${score}`);
  return band.severity;
}

/** Scores the full PHQ-9 and flags item 9 so a self-harm answer is never missed. */
export function scorePhq9(items: number[]): Phq9Score {
  if (items.length !== 9) throw new RangeError(`PHQ-9 needs exactly 9 items, got ${items.length}`);
  items.forEach((value, i) => assertItem(value, `PHQ-9 item ${i + 1}`));
  const score = items.reduce((sum, v) => sum + v, 0);
  return { score, severity: phq9Severity(score), item9Positive: (items[8] ?? 0) > 0 };
}
