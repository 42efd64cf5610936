import { z } from 'zod';
import { centsFromDollars, FEE_CODES, MAX_FEE_CENTS, formatUsd, type AmountProblem } from '@omt/domain';

const AMOUNT_RULES: Record<AmountProblem, string> = {
  format: 'must be an amount in US dollars, like 85 or 85.50',
  negative: 'must not be negative',
  decimals: 'must have at most 2 decimals (cents)',
  too_large: `must be at most ${formatUsd(MAX_FEE_CENTS)}`,
};

/** The admin sets a fee: a code, an amount in US dollars (at most 2 decimals) and the day it applies from. */
export const SetFee = z.strictObject({
  code: z.enum(FEE_CODES, { error: 'must be one of the OMT (98925–98929) or office E/M codes' }),
  /** Dollars as typed ("85", "85.50"); stored as whole cents. */
  amount: z
    .union([z.string().max(20, 'must be at most 20 characters'), z.number()], {
      error: 'must be an amount in US dollars, like 85 or 85.50',
    })
    .transform((v, ctx) => {
      const read = centsFromDollars(String(v));
      if ('cents' in read) return read.cents;
      ctx.addIssue({ code: 'custom', message: AMOUNT_RULES[read.problem], params: { rule: read.problem } });
      return z.NEVER;
    }),
  /** The first day (YYYY-MM-DD) the fee applies to: today or later, so superbills already issued keep their fee. */
  effectiveFrom: z.iso.date({ error: 'must be a date YYYY-MM-DD' }),
});
export type SetFee = z.infer<typeof SetFee>;

export const FeeView = z.object({
  id: z.number().int(),
  code: z.string(),
  amountCents: z.number().int(),
  currency: z.literal('USD'),
  effectiveFrom: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type FeeView = z.infer<typeof FeeView>;

/** The schedule: each code with the fee that applies today, one set for a later day if any, and its history. */
export const FeeSchedule = z.object({
  /** The clinic's today (YYYY-MM-DD), from which "current" is read and new fees may start. */
  today: z.string(),
  currency: z.literal('USD'),
  codes: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      current: FeeView.nullable(),
      /** Fees set to apply from a later day, soonest first. */
      upcoming: z.array(FeeView),
      /** Every fee ever set for the code, newest first. */
      history: z.array(FeeView),
    }),
  ),
});
export type FeeSchedule = z.infer<typeof FeeSchedule>;
