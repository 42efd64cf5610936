import { z } from 'zod';

/** An instant in UTC, ISO-8601 with a Z or an offset; stored and returned as `YYYY-MM-DDTHH:MM:SSZ`. */
export const Instant = z.iso.datetime({ offset: true });
export const Id = z.string().min(1).max(64);
export const IsoDate = z.iso.date();

/** The one error body every 4xx/5xx carries. */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ok = z.object({ ok: z.literal(true) });

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });
export const Ready = z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) });
