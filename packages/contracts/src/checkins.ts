import { z } from 'zod';
import { SafetyTask } from './safety-tasks';
import { ScheduledCheckIn } from './check-in-series';
import { AlertAcknowledgement, AlertAssignee } from './worklists';

export const SubmitCheckIn = z.object({
  soreness: z.number().int().min(0, 'must be 0–10').max(10, 'must be 0–10'),
  daysSore: z.number().int().min(0, 'must be 0 or more').max(60, 'must be at most 60'),
  newSymptoms: z.array(z.string().min(1)).max(20).default([]),
});
export type SubmitCheckIn = z.infer<typeof SubmitCheckIn>;

export const CheckIn = z.object({
  id: z.string(),
  encounterId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  soreness: z.number(),
  daysSore: z.number(),
  newSymptoms: z.array(z.string()),
  route: z.enum(['emergency', 'same_day_call', 'routine_review', 'none']),
  reasons: z.array(z.string()),
  alert: z.boolean(),
  advice: z.string(),
  submittedAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  /** The visit's physician, who acknowledges an alert (or a resident's supervisor). */
  assignedTo: AlertAssignee,
  /** Whether the caller may acknowledge it; everyone else reads it. */
  canAcknowledge: z.boolean(),
  acknowledgement: AlertAcknowledgement,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInForm = z.object({
  symptoms: z.array(z.object({ id: z.string(), label: z.string() })),
});

/** Changes whenever a task or an alert opens, closes or changes physician; the same list gives the same stamp. */
export const WorklistStamp = z.object({ stamp: z.string() });
export type WorklistStamp = z.infer<typeof WorklistStamp>;

export const Worklist = WorklistStamp.extend({
  alerts: z.array(CheckIn),
  safetyTasks: z.array(SafetyTask),
  /** First check-ins after a patient's first OMT visit still unanswered when their day ended (clinic-wide). */
  unansweredCheckIns: z.array(ScheduledCheckIn),
  /** The latest acknowledged tasks and alerts, newest first, with what was done. */
  acknowledged: z.object({ alerts: z.array(CheckIn), safetyTasks: z.array(SafetyTask) }),
});
export type Worklist = z.infer<typeof Worklist>;
