import { z } from 'zod';

export const AuditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  patientId: z.string().min(1).optional(),
});

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userEmail: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  patientId: z.string().nullable(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  outcome: z.enum(['allowed', 'denied']),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type AuditPage = z.infer<typeof AuditPage>;
