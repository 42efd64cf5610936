import { findVisitType, listProviderUsers, updateVisitType, type VisitTypeRow } from '@omt/db';
import type { UpdateVisitType, VisitType } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { eligibilityOf } from '../scheduling/eligibility';

/** The provider ids who may perform a visit type; empty: every provider. */
export function performersOf(v: Pick<VisitTypeRow, 'performer_ids'>): string[] {
  const ids: unknown = JSON.parse(v.performer_ids);
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Whether the provider may perform the visit type (every provider may where none is named). */
export function mayPerform(v: Pick<VisitTypeRow, 'performer_ids'>, providerId: string): boolean {
  const performers = performersOf(v);
  return performers.length === 0 || performers.includes(providerId);
}

export function presentVisitType(v: VisitTypeRow): VisitType {
  return {
    id: v.id,
    name: v.name,
    durationMinutes: v.duration_minutes,
    requiresConsultation: v.requires_consultation === 1,
    description: v.description,
    bufferAfterMinutes: v.buffer_after_minutes,
    onlineBookable: v.online_bookable === 1,
    minNoticeMinutes: v.min_notice_minutes,
    maxHorizonDays: v.max_horizon_days,
    performerIds: performersOf(v),
    eligibility: eligibilityOf(v),
  };
}

/** Changes a visit type and its booking rules (admin); each named performer must be a provider. */
export async function changeVisitType(
  ctx: RequestContext,
  id: string,
  body: UpdateVisitType,
): Promise<VisitType> {
  ctx.requireRole('admin');
  const current = await findVisitType(ctx.db, id);
  if (!current) throw fail.notFound('visit type');
  let performers = performersOf(current);
  if (body.performerIds) {
    const known = new Set((await listProviderUsers(ctx.db, body.performerIds)).map((p) => p.id));
    body.performerIds.forEach((p, i) => {
      if (!known.has(p)) throw fail.invalid(`performerIds.${i}`, 'not a physician or resident of the clinic');
    });
    performers = [...new Set(body.performerIds)];
  }
  await updateVisitType(ctx.db, id, {
    name: body.name,
    description: body.description,
    duration_minutes: body.durationMinutes,
    buffer_after_minutes: body.bufferAfterMinutes,
    requires_consultation: body.requiresConsultation ? 1 : 0,
    online_bookable: body.onlineBookable ? 1 : 0,
    min_notice_minutes: body.minNoticeMinutes,
    max_horizon_days: body.maxHorizonDays,
    performer_ids: JSON.stringify(performers),
    ...(body.eligibility
      ? {
          min_age_days: body.eligibility.minAgeDays,
          max_age_days: body.eligibility.maxAgeDays,
          requires_pregnancy: body.eligibility.requiresPregnancy ? 1 : 0,
        }
      : {}),
  });
  const updated = await findVisitType(ctx.db, id);
  if (!updated) throw fail.notFound('visit type');
  return presentVisitType(updated);
}
