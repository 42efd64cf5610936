import { z } from 'zod';
import { FlagUrgency, RedFlagView } from './intake';
import { AlertAcknowledgement, AlertAssignee } from './worklists';

/**
 * A same-visit safety task (PHQ-9 item 9 above 0, or an emergency or urgent red flag at intake), assigned
 * to the visit's physician, on the worklist until acknowledged.
 */
export const SafetyTask = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  appointmentId: z.string(),
  /** The visit's physician, who acknowledges the task (or a resident's supervisor). */
  assignedTo: AlertAssignee,
  /** Whether the caller may acknowledge it; everyone else reads it. */
  canAcknowledge: z.boolean(),
  reason: z.string(),
  /** The red flag that opened the task, its action and urgency; null for the PHQ-9 task. */
  flag: z.object({ id: z.string(), action: RedFlagView.shape.action, urgency: FlagUrgency }).nullable(),
  createdAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgement: AlertAcknowledgement,
});
export type SafetyTask = z.infer<typeof SafetyTask>;
