import { z } from 'zod';
import { MAX_CHECKIN_COUNT, MAX_CHECKIN_DAY } from '@omt/domain';

/** One check-in of a visit's series (day 1, 3, 7 after it, by the clinic's setting), as the portal and worklist show it. */
export const ScheduledCheckIn = z.object({
  id: z.string(),
  encounterId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  /** Days after the visit, counted in the location's zone. */
  day: z.number().int(),
  visitStart: z.string(),
  timeZone: z.string(),
  locationName: z.string(),
  providerName: z.string(),
  /** When it opens (and is mailed), when its day ends in the location's zone, and when it closes; UTC. */
  dueAt: z.string(),
  dayEndsAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(['upcoming', 'open', 'answered', 'closed']),
  answeredAt: z.string().nullable(),
});
export type ScheduledCheckIn = z.infer<typeof ScheduledCheckIn>;

/** The clinic's check-in days after an OMT visit. */
export const CheckInDays = z.object({
  days: z
    .array(
      z
        .number()
        .int('must be whole days')
        .min(1, 'must be 1 or more')
        .max(MAX_CHECKIN_DAY, `must be at most ${MAX_CHECKIN_DAY}`),
    )
    .min(1, 'name at least one day')
    .max(MAX_CHECKIN_COUNT, `at most ${MAX_CHECKIN_COUNT} days`),
});
export type CheckInDays = z.infer<typeof CheckInDays>;
