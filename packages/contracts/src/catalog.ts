import { z } from 'zod';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24-hour)');
const WEEKDAY = z
  .number()
  .int()
  .min(1, 'use 1 (Monday) to 7 (Sunday)')
  .max(7, 'use 1 (Monday) to 7 (Sunday)');

/** One weekly opening window of a location, in its own wall clock. */
export const OpeningHours = z.object({ weekday: WEEKDAY, start: HHMM, end: HHMM });
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Location = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  address: z.string(),
  phone: z.string(),
  /** Empty when the clinic has not entered them: the location then does not restrict its providers' hours. */
  openingHours: z.array(OpeningHours),
  /** A retired location is kept for its visits but offered nowhere. */
  retired: z.boolean(),
});
export type Location = z.infer<typeof Location>;

/** The IANA zones this runtime knows (Intl); a location's clock must be one of them. */
export function isIanaTimeZone(zone: string): boolean {
  return Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC';
}

/** A location's own facts (its hours are set apart, `PUT /api/locations/:id/hours`). */
export const LocationInput = z.strictObject({
  name: z.string().trim().min(2, 'name the location (2–100 characters)').max(100, 'at most 100 characters'),
  timeZone: z
    .string()
    .refine(isIanaTimeZone, 'choose a time zone from the IANA list (e.g. America/New_York)'),
  address: z.string().trim().min(5, 'give the street address').max(300, 'at most 300 characters'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{7,25}$/, 'use digits, spaces and + ( ) - . only (7–25 characters)'),
});
export type LocationInput = z.infer<typeof LocationInput>;

/** Admin lists ask for retired ones too; everyone else sees only what is offered. */
export const CatalogListQuery = z.object({ includeRetired: z.enum(['true', 'false']).optional() });
export type CatalogListQuery = z.infer<typeof CatalogListQuery>;

/** Who a visit type is for: age on the day of the visit in days (null: no bound) and a recorded pregnancy. */
export const VisitEligibilityView = z
  .object({
    minAgeDays: z.number().int().min(0).max(50_000).nullable(),
    maxAgeDays: z.number().int().min(0).max(50_000).nullable(),
    requiresPregnancy: z.boolean(),
  })
  .refine((e) => e.minAgeDays === null || e.maxAgeDays === null || e.minAgeDays <= e.maxAgeDays, {
    message: 'minAgeDays must not be above maxAgeDays',
    path: ['minAgeDays'],
  });
export type VisitEligibilityView = z.infer<typeof VisitEligibilityView>;

export const VisitType = z.object({
  id: z.string(),
  name: z.string(),
  durationMinutes: z.number().int(),
  requiresConsultation: z.boolean(),
  description: z.string(),
  bufferAfterMinutes: z.number().int(),
  onlineBookable: z.boolean(),
  minNoticeMinutes: z.number().int(),
  maxHorizonDays: z.number().int(),
  /** The providers who may perform it; empty: every provider (a resident still needs a supervisor on site). */
  performerIds: z.array(z.string()),
  eligibility: VisitEligibilityView,
  /** A retired visit type is kept for its visits but cannot be booked. */
  retired: z.boolean(),
  /** What Spanish readers see instead of `name` / `description`; null: the English. */
  nameEs: z.string().nullable(),
  descriptionEs: z.string().nullable(),
});
export type VisitType = z.infer<typeof VisitType>;

/** Given a patient, only the visit types that patient may have are listed (age on the day, pregnancy). */
export const VisitTypesQuery = CatalogListQuery.extend({ patientId: z.string().min(1).max(100).optional() });
export type VisitTypesQuery = z.infer<typeof VisitTypesQuery>;

export const Provider = z.object({
  id: z.string(),
  displayName: z.string(),
  credential: z.string().nullable(),
  role: z.enum(['physician', 'resident']),
  locationIds: z.array(z.string()),
});
export type Provider = z.infer<typeof Provider>;

/** A comma-separated list of ids (`a,b,c`), so one search can mix visit types, locations and providers. */
const IdList = (max: number) =>
  z
    .string()
    .min(1)
    .refine((v) => v.split(',').filter((x) => x.trim()).length <= max, `at most ${max}, separated by commas`);

export const AvailabilityQuery = z.object({
  visitType: IdList(10),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  location: IdList(50).optional(),
  provider: IdList(200).optional(),
});
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;

export const Slot = z.object({
  start: z.string(),
  end: z.string(),
  providerId: z.string(),
  locationId: z.string(),
  /** Which of the searched visit types the slot is for. */
  visitType: z.string(),
});
export type Slot = z.infer<typeof Slot>;

/**
 * The open slots of one provider at one location for one visit type: each start (UTC, `YYYY-MM-DDTHH:MM:SSZ`, in
 * time order) opens a visit of `minutes`. The availability answer sends these instead of one object per slot, which
 * repeated three ids and the end each time (`expandSlots` gives the slots back).
 */
export const SlotGroup = z.object({
  providerId: z.string(),
  locationId: z.string(),
  visitType: z.string(),
  minutes: z.number(),
  // Only the server writes these, from its own clock: a cheap check of 7,000 starts, not a pattern on each.
  starts: z.array(z.string()),
});
export type SlotGroup = z.infer<typeof SlotGroup>;

/** The availability answer: its groups in order of provider, location and visit type. */
export const OpenSlots = z.object({ groups: z.array(SlotGroup) });
export type OpenSlots = z.infer<typeof OpenSlots>;

export const CreateTimeOff = z.object({
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  reason: z.string().trim().min(2, 'say why (holiday, course, sick …)').max(200),
});
export type CreateTimeOff = z.infer<typeof CreateTimeOff>;

export const TimeOff = z.object({
  id: z.string(),
  providerId: z.string(),
  start: z.string(),
  end: z.string(),
  reason: z.string(),
});
export type TimeOff = z.infer<typeof TimeOff>;

export const UpdateVisitType = z.object({
  name: z.string().trim().min(2).max(100),
  description: z.string().trim().max(500),
  durationMinutes: z.number().int().min(5, 'must be 5–240 minutes').max(240, 'must be 5–240 minutes'),
  bufferAfterMinutes: z.number().int().min(0, 'must be 0–120 minutes').max(120, 'must be 0–120 minutes'),
  requiresConsultation: z.boolean(),
  onlineBookable: z.boolean(),
  minNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(14 * 24 * 60, 'at most 14 days'),
  maxHorizonDays: z.number().int().min(1, 'at least 1 day').max(365, 'at most 365 days'),
  /** Left out: unchanged. Empty: every provider. */
  performerIds: z.array(z.string().min(1)).max(200).optional(),
  /** Left out: unchanged. */
  eligibility: VisitEligibilityView.optional(),
  /** Spanish for Spanish readers, checked like the English; null or blank: none (the English is shown). Left out: unchanged. */
  nameEs: z
    .string()
    .trim()
    .max(100)
    .refine((v) => v === '' || v.length >= 2, 'must be at least 2 characters, or left blank')
    .nullable()
    .optional(),
  descriptionEs: z.string().trim().max(500).nullable().optional(),
});
export type UpdateVisitType = z.infer<typeof UpdateVisitType>;

export const Room = z.object({
  id: z.string(),
  locationId: z.string(),
  name: z.string(),
  retired: z.boolean(),
});
export type Room = z.infer<typeof Room>;
export const CreateRoom = z.object({ name: z.string().trim().min(1, 'name the room').max(60) });
export type CreateRoom = z.infer<typeof CreateRoom>;

const ClosurePeriod = z.object({
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  reason: z.string().trim().min(2, 'say why (public holiday, staff training …)').max(200),
});
/** A start and an end, or whole days (`firstDay` to `lastDay`, default the first) on the location's clock. */
export const CreateClosure = ClosurePeriod.partial({ start: true, end: true }).extend({
  firstDay: z.iso.date('must be a date YYYY-MM-DD').optional(),
  lastDay: z.iso.date('must be a date YYYY-MM-DD').optional(),
});
export type CreateClosure = z.infer<typeof CreateClosure>;
export const Closure = z.object({
  id: z.string(),
  locationId: z.string(),
  start: z.string(),
  end: z.string(),
  reason: z.string(),
});
export type Closure = z.infer<typeof Closure>;

export const CreateExtraHours = ClosurePeriod.extend({ locationId: z.string().min(1) });
export type CreateExtraHours = z.infer<typeof CreateExtraHours>;
export const ExtraHours = Closure.extend({ providerId: z.string() });
export type ExtraHours = z.infer<typeof ExtraHours>;

export const WeeklyHoursRow = OpeningHours.extend({ locationId: z.string().min(1) });
export type WeeklyHoursRow = z.infer<typeof WeeklyHoursRow>;
export const SetWeeklyHours = z.object({ hours: z.array(WeeklyHoursRow).max(50) });
export type SetWeeklyHours = z.infer<typeof SetWeeklyHours>;
