import { z } from 'zod';
import { ALERT_NOTE_MAX, ALERT_OUTCOMES } from '@omt/domain';

export const AlertOutcome = z.enum(ALERT_OUTCOMES, {
  error: `choose what was done: one of ${ALERT_OUTCOMES.join(', ')}`,
});
export type AlertOutcome = z.infer<typeof AlertOutcome>;

/** Acknowledging a safety task or a check-in alert: what was done, and a note (required for "other"). */
export const AcknowledgeAlert = z.object({
  outcome: AlertOutcome,
  note: z.string().max(ALERT_NOTE_MAX, `must be at most ${ALERT_NOTE_MAX} characters`).default(''),
});
export type AcknowledgeAlert = z.infer<typeof AcknowledgeAlert>;

/** Who a task or an alert is assigned to: the visit's physician, and a resident's supervisor. */
export const AlertAssignee = z.object({
  id: z.string(),
  name: z.string(),
  supervisor: z.object({ id: z.string(), name: z.string() }).nullable(),
});

/** What the acknowledgement recorded, shown in the history; null while open (or acknowledged before outcomes). */
export const AlertAcknowledgement = z.object({
  byName: z.string().nullable(),
  outcome: AlertOutcome.nullable(),
  note: z.string().nullable(),
});

/** A resident's note awaiting the supervisor's co-signature. */
export const CosignQueueItem = z.object({
  encounterId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  visitStart: z.string(),
  /** The visit's location's zone, in which its times are shown. */
  timeZone: z.string(),
  signedAt: z.string(),
  resident: z.object({ id: z.string(), name: z.string() }),
  /** What holds the co-signature now (a hold that blocks treatment blocks signing too); empty when none. */
  blockers: z.array(z.string()),
});
export type CosignQueueItem = z.infer<typeof CosignQueueItem>;

/** One of the clinician's own notes still in draft. */
export const UnsignedNote = z.object({
  encounterId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  visitStart: z.string(),
  /** The visit's location's zone, in which its times are shown. */
  timeZone: z.string(),
  /** Unsigned more than 24 hours after the visit started. */
  overdue: z.boolean(),
});
export type UnsignedNote = z.infer<typeof UnsignedNote>;

/** A live event: its kind and the id it concerns, never patient data; the client refetches what it may see. */
export const LiveEvent = z.object({
  kind: z.enum(['safety_task.raised', 'safety_task.acknowledged', 'alert.raised', 'alert.acknowledged']),
  id: z.string(),
});
export type LiveEvent = z.infer<typeof LiveEvent>;

/**
 * The name of the stream's catch-up event (`event: resync`): live events may have been missed (the app instance's
 * listening connection dropped and is back), so the client reads again everything live events refresh.
 */
export const LIVE_RESYNC_EVENT = 'resync';
