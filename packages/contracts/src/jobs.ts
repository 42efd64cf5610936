import { z } from 'zod';

export const JobState = z.enum(['queued', 'running', 'done', 'failed']);
export type JobState = z.infer<typeof JobState>;

export const JobQuery = z.object({
  /** Which jobs to list; by default those still to run or failed (queued, running, failed). */
  state: JobState.optional(),
});

/** A background job as admins see it: its kind and progress, never its payload (which may hold a link). */
export const JobSummary = z.object({
  id: z.string(),
  kind: z.string(),
  state: JobState,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  /** When it runs next (queued), or ran last. */
  runAt: z.string(),
  /** The last failure, one line with addresses left out; null after a success. */
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});
export type JobSummary = z.infer<typeof JobSummary>;

export const JobList = z.object({
  counts: z.object({ queued: z.number(), running: z.number(), done: z.number(), failed: z.number() }),
  /** The first 200 in the order they run. */
  items: z.array(JobSummary),
});
export type JobList = z.infer<typeof JobList>;
