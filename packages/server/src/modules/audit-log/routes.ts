import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import { pageAudit } from '@omt/db';
import type { AppDeps } from '../../context';
import { defineRoute } from '../../http/define-route';

export function auditRoutes(app: FastifyInstance, deps: AppDeps): void {
  defineRoute(app, deps, API.audit, async ({ query }, ctx) => {
    ctx.requireRole('admin');
    const { total, items } = await pageAudit(ctx.db, query);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: items.map((r) => ({
        id: String(r.id),
        at: r.at,
        userId: r.user_id,
        userEmail: r.user_email ?? null,
        role: r.role,
        action: r.action,
        patientId: r.patient_id,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        outcome: r.outcome as 'allowed' | 'denied',
        detail: r.detail,
      })),
    };
  });
}
