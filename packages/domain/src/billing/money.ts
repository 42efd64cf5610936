/** US dollar amounts as the admin types them and as prints show them, held as whole cents. */

/** The largest fee accepted, in cents ($99,999.99): a typo of extra digits is refused rather than billed. */
export const MAX_FEE_CENTS = 9_999_999;

export type AmountProblem = 'format' | 'negative' | 'decimals' | 'too_large';

/**
 * Reads "85", "85.5", "85.50" or "$1,200.00" into cents; refuses a negative amount, more than two decimals,
 * anything that is not a plain number, and amounts above {@link MAX_FEE_CENTS}.
 */
export function centsFromDollars(text: string): { cents: number } | { problem: AmountProblem } {
  const v = text
    .trim()
    .replace(/^\$/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (/^-/.test(v)) return { problem: 'negative' };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) return { problem: 'format' };
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { problem: 'decimals' };
  const cents = Number(m[1]) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_FEE_CENTS) return { problem: 'too_large' };
  return { cents };
}

/** "$1,234.50" from 123450 cents. */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
