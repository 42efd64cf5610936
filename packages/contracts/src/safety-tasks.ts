import { z } from 'zod';

/** A same-visit safety task (PHQ-9 item 9 above 0), on the physician worklist until acknowledged. */
export const SafetyTask = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  appointmentId: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type SafetyTask = z.infer<typeof SafetyTask>;
