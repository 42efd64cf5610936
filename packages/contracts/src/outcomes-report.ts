import { REPORT_CONDITION_CODES } from '@omt/domain';
import { z } from 'zod';
import { IsoDate } from './common';

export const ReportCondition = z.enum(REPORT_CONDITION_CODES);

export const OutcomesReportQuery = z
  .object({
    /** First day of plans started (in the location's zone, or the clinic's first location's). */
    from: IsoDate.optional(),
    /** Last day of plans started, included. */
    to: IsoDate.optional(),
    locationId: z.string().min(1).max(64).optional(),
    providerId: z.string().min(1).max(64).optional(),
    condition: ReportCondition.optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    error: 'must be on or after the first day',
    path: ['to'],
  });
export type OutcomesReportQuery = z.infer<typeof OutcomesReportQuery>;

const Share = z.object({
  /** Plans with a baseline pain rating and a later one. */
  plans: z.number().int(),
  /** ≥ 30 % less pain than at baseline. */
  reachedRelief: z.number().int(),
  /** ≥ 2 points less pain than at baseline (the MCID). */
  reachedMcid: z.number().int(),
});

export const OutcomesReport = z.object({
  zone: z.string(),
  /** When the figures were read (UTC): they are kept for a minute. */
  asOf: z.string(),
  plans: z.object({
    total: z.number().int(),
    active: z.number().int(),
    completed: z.number().int(),
    abandoned: z.number().int(),
  }),
  painByVisit4: Share,
  painAtDischarge: Share,
  measures: z.array(
    z.object({
      measure: z.enum(['peg', 'odi', 'ndi']),
      name: z.string(),
      /** Plans with a baseline and a later score. */
      plans: z.number().int(),
      /** Mean of (latest − baseline); negative is better. Null without plans. */
      meanChange: z.number().nullable(),
      unit: z.string(),
    }),
  ),
  adverseEvents: z.object({
    checkIns: z.number().int(),
    prolongedSoreness: z.number().int(),
    newSymptoms: z.number().int(),
    plansAffected: z.number().int(),
  }),
  visits: z.object({ past: z.number().int(), noShows: z.number().int() }),
  /** How each figure is counted, with the clinical reference rows. */
  definitions: z.array(z.object({ figure: z.string(), rule: z.string() })),
  published: z.array(
    z.object({
      trial: z.string(),
      design: z.string(),
      outcome: z.string(),
      omt: z.string(),
      comparison: z.string(),
      source: z.string(),
    }),
  ),
});
export type OutcomesReport = z.infer<typeof OutcomesReport>;
