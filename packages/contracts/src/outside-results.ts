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

/** Observation statuses a result is kept with (entered-in-error and cancelled ones are not kept). */
export const OUTSIDE_RESULT_STATUSES = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'unknown',
] as const;

/**
 * A result another system sends in a FHIR import, as the record keeps it: checked whole before anything is saved.
 * `effective` is a UTC instant, or the date as sent when the sender gave no time.
 */
export const ImportedResult = z
  .object({
    identifier: z.object({ system: text(500), value: text(200) }).strict(),
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
    /**
     * When the sender made this version (its `meta.lastUpdated`, else `issued`): an older version never replaces a
     * newer one. null: not given.
     */
    sentAt: Instant.nullable().default(null),
  })
  .strict();
export type ImportedResult = z.infer<typeof ImportedResult>;

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

export const OutsideResults = z.object({ results: z.array(OutsideResult) });
export type OutsideResults = z.infer<typeof OutsideResults>;
