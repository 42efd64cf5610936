import { z } from 'zod';
import { Id, Instant } from './common';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
const optionalText = (max: number) => text(max).nullable().default(null);

/** A coding as the other system sent it. */
export const OutsideCoding = z
  .object({ system: optionalText(500), code: optionalText(200), display: optionalText(500) })
  .strict();
export type OutsideCoding = z.infer<typeof OutsideCoding>;

/** A result's value: a quantity with its unit, a string, or a concept in words. */
export const OutsideValue = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('quantity'),
      value: z.number({ error: 'is required: the number measured' }),
      unit: optionalText(100),
      unitSystem: optionalText(500),
      unitCode: optionalText(100),
    })
    .strict(),
  z.object({ kind: z.literal('string'), text: text(2000) }).strict(),
  z.object({ kind: z.literal('concept'), text: text(500) }).strict(),
]);
export type OutsideValue = z.infer<typeof OutsideValue>;

/**
 * Observation statuses a result is kept with as a current result. A result its sender withdraws (sent again as
 * entered-in-error) is kept withdrawn (`WITHDRAWN_STATUS`); a cancelled one is not kept.
 */
export const OUTSIDE_RESULT_STATUSES = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'unknown',
] as const;

/** The status of a result its sending system withdrew: sent again as entered-in-error, it is known to be wrong. */
export const WITHDRAWN_STATUS = 'entered-in-error';

/** The sender's identifier of a result, by which a second import finds it. */
const ResultIdentifier = z.object({ system: text(500), value: text(200) }).strict();

/**
 * When the sender made this version (its `meta.lastUpdated`, else `issued`): an older version never replaces a newer
 * one. null: not given.
 */
const SentAt = Instant.nullable().default(null);

/**
 * A result another system sends in a FHIR import, as the record keeps it: checked whole before anything is saved.
 * `effective` is a UTC instant, or the date as sent when the sender gave no time.
 */
export const ImportedResult = z
  .object({
    identifier: ResultIdentifier,
    status: z.enum(OUTSIDE_RESULT_STATUSES, { error: `must be ${OUTSIDE_RESULT_STATUSES.join(', ')}` }),
    category: z.array(OutsideCoding).max(20, { error: 'must hold at most 20 codings' }),
    code: z
      .object({
        coding: z.array(OutsideCoding).max(20, { error: 'must hold at most 20 codings' }),
        text: optionalText(500),
      })
      .strict(),
    value: OutsideValue,
    effective: z.string(),
    sentAt: SentAt,
  })
  .strict();
export type ImportedResult = z.infer<typeof ImportedResult>;

/**
 * A result another system sends again as entered-in-error: it withdraws the result its identifier names (the kept
 * one's content stays, its status becomes entered-in-error), unless the kept version is provably newer.
 */
export const ResultWithdrawal = z
  .object({ identifier: ResultIdentifier, status: z.literal(WITHDRAWN_STATUS), sentAt: SentAt })
  .strict();
export type ResultWithdrawal = z.infer<typeof ResultWithdrawal>;

/** What an imported Observation says of a result: a version of it, or its withdrawal. */
export const ImportedObservation = z.discriminatedUnion('status', [ImportedResult, ResultWithdrawal]);
export type ImportedObservation = z.infer<typeof ImportedObservation>;

/** A result from another system as the chart lists it (read-only). */
export const OutsideResult = z.object({
  id: Id,
  /** The code's words as sent (its text, else a coding's display, else its code). */
  name: z.string(),
  codings: z.array(OutsideCoding),
  category: z.array(OutsideCoding),
  value: OutsideValue,
  status: z.enum(OUTSIDE_RESULT_STATUSES),
  effective: z.string(),
  /** The sender's identifier system: which system it came from. */
  source: z.string(),
  importedAt: Instant,
});
export type OutsideResult = z.infer<typeof OutsideResult>;

/** A result its sending system withdrew (entered-in-error), listed apart so no one takes it for a current one. */
export const WithdrawnOutsideResult = OutsideResult.omit({ status: true }).extend({
  /** When the sender withdrew it (its time of the withdrawal), else when the withdrawal reached the clinic. */
  withdrawnAt: Instant,
});
export type WithdrawnOutsideResult = z.infer<typeof WithdrawnOutsideResult>;

/** The current results, latest first, and apart from them the ones their senders withdrew. */
export const OutsideResults = z.object({
  results: z.array(OutsideResult),
  withdrawn: z.array(WithdrawnOutsideResult),
});
export type OutsideResults = z.infer<typeof OutsideResults>;
