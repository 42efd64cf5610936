/** Validation of item answers, shared by every scorer. */
import { MeasureAnswerError, type ItemAnswer } from './types';

/** Checks the item count and that each answer is null or a whole number in [min, max]; returns the answered values. */
export function checkAnswers(
  name: string,
  answers: readonly ItemAnswer[],
  itemCount: number,
  min: number,
  max: number,
): number[] {
  if (answers.length !== itemCount) {
    throw new MeasureAnswerError(`${name} needs ${itemCount} answers, got ${answers.length}`, null);
  }
  const answered: number[] = [];
  answers.forEach((value, i) => {
    if (value === null) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new MeasureAnswerError(
        `${name} item ${i + 1} must be a whole number from ${min} to ${max}, got ${String(value)}`,
        i + 1,
      );
    }
    answered.push(value);
  });
  return answered;
}

/** A value cut (never rounded up) to one decimal, as the ODI's worked example shows it (16 of 45 = 35.5 %). */
export function oneDecimalDown(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
