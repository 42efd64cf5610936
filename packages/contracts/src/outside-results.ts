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
 * Observation statuses a result is kept with as a current result. A result its sender withdraws (entered-in-error) or
 * cancels (cancelled) is kept withdrawn (`WITHDRAWN_STATUSES`).
 */
export const OUTSIDE_RESULT_STATUSES = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'unknown',
] as const;

/**
 * The statuses by which a sending system withdraws a result, so no one acts on it: entered-in-error (it was wrong)
 * and cancelled (FHIR R4: it was never completed, its value unavailable).
 */
export const WITHDRAWN_STATUSES = ['entered-in-error', 'cancelled'] as const;
export type WithdrawnStatus = (typeof WITHDRAWN_STATUSES)[number];

export const isWithdrawnStatus = (status: string): status is WithdrawnStatus =>
  (WITHDRAWN_STATUSES as readonly string[]).includes(status);

/** The sender's identifier of a result, by which a second import finds it. */
const ResultIdentifier = z.object({ system: text(500), value: text(200) }).strict();

/**
 * When the sender made this version (its `meta.lastUpdated`, else `issued`): an older version never replaces a newer
 * one. null: not given.
 */
const SentAt = Instant.nullable().default(null);

const Codings = z.array(OutsideCoding).max(20, { error: 'must hold at most 20 codings' });

/**
 * The sending organisation's name as the result gave it (the organisation that issued its identifier, else the one
 * that performed it); null: it named none in words.
 */
const SourceName = optionalText(500);

/**
 * A result another system sends in a FHIR import, as the record keeps it: checked whole before anything is saved.
 * `effective` is a UTC instant, or the date as sent when the sender gave no time.
 */
export const ImportedResult = z
  .object({
    identifier: ResultIdentifier,
    status: z.enum(OUTSIDE_RESULT_STATUSES, { error: `must be ${OUTSIDE_RESULT_STATUSES.join(', ')}` }),
    category: Codings,
    code: z.object({ coding: Codings, text: optionalText(500) }).strict(),
    value: OutsideValue,
    effective: z.string(),
    sentAt: SentAt,
    sourceName: SourceName,
  })
  .strict();
export type ImportedResult = z.infer<typeof ImportedResult>;

/**
 * A result another system sends as entered-in-error or cancelled: it withdraws the result its identifier names (the
 * kept one's content stays, its status becomes the one sent), unless the kept version is provably newer. What it says
 * of the result (a sender may leave out the value, or when it was taken: null) is kept only when no result of its
 * identifier was received before, as a withdrawn result that was never current here.
 */
export const ResultWithdrawal = ImportedResult.extend({
  status: z.enum(WITHDRAWN_STATUSES, { error: `must be ${WITHDRAWN_STATUSES.join(', ')}` }),
  value: OutsideValue.nullable(),
  effective: z.string().nullable(),
}).strict();
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
  /** The sender's identifier system: which system it came from, as a URI (`urn:oid:…`), for the record. */
  source: z.string(),
  /**
   * The sending organisation's name, as the latest version (or withdrawal) that gave one said it; null: none gave a
   * name, so only `source` tells where it came from.
   */
  sourceName: z.string().nullable(),
  importedAt: Instant,
});
export type OutsideResult = z.infer<typeof OutsideResult>;

/**
 * A result its sending system withdrew (entered-in-error) or cancelled, listed apart so no one takes it for a current
 * one: what it said, as far as the sender said it.
 */
export const WithdrawnOutsideResult = OutsideResult.omit({
  status: true,
  value: true,
  effective: true,
}).extend({
  /** null: the withdrawal, received before any version of the result, did not say it. */
  value: OutsideValue.nullable(),
  /** When it was taken; null: the withdrawal, received before any version of the result, did not say. */
  effective: z.string().nullable(),
  /** entered-in-error: withdrawn as wrong; cancelled: never completed, so it has no value to act on. */
  withdrawnAs: z.enum(WITHDRAWN_STATUSES),
  /** True when it reached the clinic already withdrawn or cancelled: it was never a current result here. */
  arrivedWithdrawn: z.boolean(),
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
