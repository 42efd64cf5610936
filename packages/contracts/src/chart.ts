import { z } from 'zod';
import { ALLERGY_SEVERITIES, CHART_STATUSES, ICD10_CM_FORMAT, PARTIAL_DATE_FORMAT } from '@omt/domain';
import { Id, Instant } from './common';
import { PatientFactorsView, PatientSex } from './patients';

const words = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is required' })
    .max(max, { error: `must be at most ${max} characters` });
const optionalWords = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .transform((s) => s || null)
    .nullable()
    .default(null);

export const Icd10Code = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(ICD10_CM_FORMAT, { error: 'must have the form of an ICD-10-CM code, e.g. M54.50' }));
export const PartialDate = z
  .string()
  .trim()
  .regex(PARTIAL_DATE_FORMAT, { error: 'must be a year, year-month or date (YYYY, YYYY-MM or YYYY-MM-DD)' });
export const HistoryYear = z
  .number({ error: 'must be a four-digit year' })
  .int({ error: 'must be a whole year' })
  .min(1900, { error: 'must be 1900 or later' })
  .max(2100, { error: 'must be a four-digit year' });

const status = <K extends keyof typeof CHART_STATUSES>(kind: K) =>
  z.enum(CHART_STATUSES[kind], { error: `must be ${CHART_STATUSES[kind].join(' or ')}` });

const problem = {
  kind: z.literal('problem'),
  name: words(200),
  onset: PartialDate.nullable().default(null),
  icd10: z
    .union([z.literal('').transform(() => null), Icd10Code])
    .nullable()
    .default(null),
  status: status('problem').default('active'),
};
const medication = {
  kind: z.literal('medication'),
  name: words(200),
  dose: optionalWords(100),
  frequency: optionalWords(100),
  anticoagulant: z.boolean().default(false),
  status: status('medication').default('active'),
};
const allergy = {
  kind: z.literal('allergy'),
  substance: words(200),
  reaction: optionalWords(200),
  severity: z
    .enum(ALLERGY_SEVERITIES, { error: 'must be mild, moderate or severe' })
    .nullable()
    .default(null),
  status: status('allergy').default('active'),
};
const history = <K extends 'medical_history' | 'surgical_history'>(kind: K) => ({
  kind: z.literal(kind),
  description: words(300),
  year: HistoryYear.nullable().default(null),
  status: status(kind).default('active'),
});

const entryUnion = <S extends z.core.$ZodShape>(extra: S) =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ ...problem, ...extra }).strict(),
      z.object({ ...medication, ...extra }).strict(),
      z.object({ ...allergy, ...extra }).strict(),
      z.object({ ...history('medical_history'), ...extra }).strict(),
      z.object({ ...history('surgical_history'), ...extra }).strict(),
    ],
    { error: 'kind: must be problem, medication, allergy, medical_history or surgical_history' },
  );

/** A new list entry; the fields follow its kind. */
export const CreateChartEntry = entryUnion({});
export type CreateChartEntry = z.infer<typeof CreateChartEntry>;
export type CreateChartEntryInput = z.input<typeof CreateChartEntry>;

/** An edit (including marking it resolved, stopped or inactive) with the version read; 409 stale_chart_entry. */
export const UpdateChartEntry = entryUnion({ version: z.number().int().min(0) });
export type UpdateChartEntry = z.infer<typeof UpdateChartEntry>;

const EntryMeta = {
  id: Id,
  version: z.number().int(),
  recordedAt: Instant,
  updatedAt: Instant,
  updatedBy: z.string(),
  fromIntake: z.boolean(),
};
export const ChartEntry = z.discriminatedUnion('kind', [
  z.object({ ...problem, icd10: z.string().nullable(), ...EntryMeta }),
  z.object({ ...medication, ...EntryMeta }),
  z.object({ ...allergy, ...EntryMeta }),
  z.object({ ...history('medical_history'), ...EntryMeta }),
  z.object({ ...history('surgical_history'), ...EntryMeta }),
]);
export type ChartEntry = z.infer<typeof ChartEntry>;

/** "No known allergies" as recorded, with the version an edit carries (0 when never recorded). */
export const SetAllergyStatus = z
  .object({ noKnownAllergies: z.boolean(), version: z.number().int().min(0) })
  .strict();

export const ReportedItem = z.object({
  intakeId: Id,
  reportedAt: Instant,
  key: z.string(),
  kind: z.enum(['medication', 'allergy', 'medical_history', 'surgical_history', 'no_known_allergies']),
  name: z.string(),
  reaction: z.string().nullable(),
  year: z.number().int().nullable(),
});
export type ReportedItem = z.infer<typeof ReportedItem>;

/** The physician's decision on one item a patient reported at intake; the same decision twice is one. */
export const ReconcileItem = z
  .object({
    intakeId: Id,
    key: z.string().min(1).max(300),
    decision: z.enum(['add', 'dismiss'], { error: 'must be add or dismiss' }),
  })
  .strict();
export type ReconcileItem = z.infer<typeof ReconcileItem>;

export const OpenFlag = z.object({
  kind: z.enum(['red_flag', 'safety_task', 'check_in_alert']),
  label: z.string(),
  at: Instant,
  appointmentId: Id.nullable(),
});
export type OpenFlag = z.infer<typeof OpenFlag>;

export const ChartHeader = z.object({
  patientId: Id,
  name: z.string(),
  birthDate: z.string(),
  ageLabel: z.string(),
  sex: PatientSex,
  allergies: z.object({
    /** recorded: active allergies listed; none_known: recorded as none; not_recorded: nobody has asked yet. */
    state: z.enum(['recorded', 'none_known', 'not_recorded']),
    active: z.array(
      z.object({ substance: z.string(), reaction: z.string().nullable(), severity: z.string().nullable() }),
    ),
  }),
  activeProblems: z.array(z.object({ name: z.string(), icd10: z.string().nullable() })),
  /** The patient's safety factors, the one record the safety engine reads (shown, never copied). */
  factors: PatientFactorsView,
  /** A medication list and the anticoagulation factor that disagree, for the clinician to settle. */
  anticoagulationMismatch: z.enum(['medication_not_in_factors', 'factor_without_medication']).nullable(),
  openFlags: z.array(OpenFlag),
});
export type ChartHeader = z.infer<typeof ChartHeader>;

/** The chart: the header for every role that may see it; the lists and the intake items for clinicians (lists also for the patient). */
export const Chart = z.object({
  header: ChartHeader,
  entries: z.array(ChartEntry).nullable(),
  allergyStatus: z.object({ noKnownAllergies: z.boolean(), version: z.number().int() }).nullable(),
  fromIntake: z.array(ReportedItem).nullable(),
});
export type Chart = z.infer<typeof Chart>;

/** The timeline's kinds of event; a new source (documents, plan of care) adds its kind here. */
export const TIMELINE_KINDS = [
  'visit',
  'note',
  'addendum',
  'intake',
  'check_in',
  'document',
  'consent',
] as const;
export const TimelineEvent = z.object({
  /** `<kind>:<id>`, unique: with `at` it orders the timeline and makes the cursor. */
  key: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  at: Instant,
  title: z.string(),
  detail: z.string().nullable(),
  status: z.string().nullable(),
  appointmentId: Id.nullable(),
  encounterId: Id.nullable(),
  /** The zone of the visit's location, in which the time is shown; null when the event has no visit. */
  timeZone: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const TimelineQuery = z.object({
  cursor: z.string().max(400).optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(100, { error: 'must be at most 100' })
    .default(25),
});
export const TimelinePage = z.object({ items: z.array(TimelineEvent), nextCursor: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;
