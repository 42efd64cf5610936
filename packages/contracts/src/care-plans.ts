import { z } from 'zod';
import { DISCHARGE_REASONS, MEASURE_CODES, MEASURE_TIMINGS, TECHNIQUE_IDS } from '@omt/domain';
import { Icd10Code } from './chart';
import { Id, Instant, IsoDate } from './common';
import { SeriesConflict } from './appointments';

const Goal = z.object({
  goal: z
    .string()
    .trim()
    .min(3, { error: 'describe the goal in at least 3 characters' })
    .max(300, { error: 'must be at most 300 characters' }),
  targetDate: IsoDate,
  met: z.boolean().default(false),
});

const PlannedMeasure = z.object({
  measure: z.enum(MEASURE_CODES),
  due: z.array(z.enum(MEASURE_TIMINGS)).min(1, { error: 'choose when the measure is due' }),
});

/** What one version of a plan holds. */
export const CarePlanContent = z.object({
  diagnoses: z.array(Icd10Code).min(1, { error: 'name at least one diagnosis' }).max(12),
  goals: z.array(Goal).min(1, { error: 'add at least one measurable goal' }).max(10),
  /** Frequency and length, e.g. every 1 week × 6 visits. */
  everyWeeks: z
    .number()
    .int()
    .min(1, { error: 'must be 1 to 4 weeks' })
    .max(4, { error: 'must be 1 to 4 weeks' }),
  visits: z
    .number()
    .int()
    .min(1, { error: 'must be 1 to 26 visits' })
    .max(26, { error: 'must be 1 to 26 visits' }),
  techniques: z.array(z.enum(TECHNIQUE_IDS)).max(20).default([]),
  measures: z.array(PlannedMeasure).max(7).default([]),
  reEvaluationDate: IsoDate,
});
export type CarePlanContent = z.infer<typeof CarePlanContent>;

export const CreateCarePlan = CarePlanContent.extend({ encounterId: Id });
export type CreateCarePlan = z.infer<typeof CreateCarePlan>;

/** A new version: a revision, or a re-evaluation; carries the version it was made from (409 stale_care_plan). */
export const ReviseCarePlan = CarePlanContent.extend({
  version: z.number().int().min(1),
  kind: z.enum(['revised', 're_evaluated']),
});
export type ReviseCarePlan = z.infer<typeof ReviseCarePlan>;

export const CosignCarePlan = z.object({ version: z.number().int().min(1) });

export const DischargeCarePlan = z.object({
  reason: z.enum(DISCHARGE_REASONS),
  summary: z
    .string()
    .trim()
    .min(10, { error: 'write a discharge summary of at least 10 characters' })
    .max(4000, { error: 'must be at most 4000 characters' }),
});
export type DischargeCarePlan = z.infer<typeof DischargeCarePlan>;

/** Book the plan's visits as a weekly series: without `confirm` nothing is booked and the conflicts are listed. */
export const BookCarePlan = z.object({
  visitType: Id,
  providerId: Id,
  locationId: Id,
  start: Instant,
  confirm: z.boolean().default(false),
});
export type BookCarePlan = z.infer<typeof BookCarePlan>;

export const CarePlanVersion = z.object({
  version: z.number(),
  kind: z.enum(['created', 'revised', 're_evaluated']),
  recordedAt: z.string(),
  authorName: z.string(),
  awaitingCosign: z.boolean(),
  cosignerName: z.string().nullable(),
  content: CarePlanContent,
});

export const CarePlan = z.object({
  id: z.string(),
  patientId: z.string(),
  encounterId: z.string(),
  status: z.enum(['active', 'discharged']),
  version: z.number(),
  current: CarePlanVersion,
  /** Only the author's supervising physician sees true while the current version awaits co-signature. */
  canCosign: z.boolean(),
  versions: z.array(CarePlanVersion),
  discharge: z
    .object({ reason: z.enum(DISCHARGE_REASONS), summary: z.string(), at: z.string(), byName: z.string() })
    .nullable(),
  progress: z.object({
    visitsPlanned: z.number(),
    visitsBooked: z.number(),
    visitsDone: z.number(),
    goalsMet: z.number(),
    goalsTotal: z.number(),
    nextVisitDay: z.string().nullable(),
    reEvaluationDue: z.boolean(),
    measuresDue: z.array(
      z.object({ measure: z.enum(MEASURE_CODES), timing: z.enum(MEASURE_TIMINGS), name: z.string() }),
    ),
  }),
  visits: z.array(z.object({ appointmentId: z.string(), start: z.string(), status: z.string() })),
});
export type CarePlan = z.infer<typeof CarePlan>;

export const CarePlanList = z.object({ plans: z.array(CarePlan) });
export type CarePlanList = z.infer<typeof CarePlanList>;

export const CarePlanBooking = z.object({
  booked: z.boolean(),
  /** Every visit of the series, in order. */
  starts: z.array(z.string()),
  conflicts: z.array(SeriesConflict),
  plan: CarePlan,
});
export type CarePlanBooking = z.infer<typeof CarePlanBooking>;
