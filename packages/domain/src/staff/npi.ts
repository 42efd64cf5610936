/**
 * The National Provider Identifier check (CMS, "NPI Check Digit"): 10 digits whose last one is the Luhn check
 * digit computed over the prefix 80840 (the NPI's issuer identifier) followed by the first nine digits.
 */
export const NPI_PREFIX = '80840';

/** The Luhn check digit for a string of digits (the digit that would be appended). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export type NpiProblem = 'format' | 'check_digit';

/** Why an NPI is refused, or null when it is valid. */
export function npiProblem(npi: string): NpiProblem | null {
  if (!/^\d{10}$/.test(npi)) return 'format';
  return luhnCheckDigit(NPI_PREFIX + npi.slice(0, 9)) === Number(npi[9]) ? null : 'check_digit';
}

export function isValidNpi(npi: string): boolean {
  return npiProblem(npi) === null;
}
