import { randomUUID } from 'node:crypto';
import {
  findVisitType,
  insertVisitType,
  listProviderUsers,
  retireCatalogueItem,
  updateVisitType,
  type VisitTypeRow,
} from '@omt/db';
import type { UpdateVisitType, VisitType } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { eligibilityOf } from '../scheduling/eligibility';
import { auditSetup } from './audit';

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
    retired: v.retired_at !== null,
    nameEs: v.name_es,
    descriptionEs: v.description_es,
  };
}

/** The named performers, each checked to be a provider (400 naming the one that is not); undefined: unchanged. */
async function checkedPerformers(
  ctx: RequestContext,
  ids: string[] | undefined,
): Promise<string[] | undefined> {
  if (!ids) return undefined;
  const known = new Set((await listProviderUsers(ctx.db, ids)).map((p) => p.id));
  ids.forEach((p, i) => {
    if (!known.has(p)) throw fail.invalid(`performerIds.${i}`, 'not a physician or resident of the clinic');
  });
  return [...new Set(ids)];
}

/** A Spanish text left blank is none: Spanish readers then read the English. */
const blankAsNull = (text: string | null) => (text === null || text === '' ? null : text);

function rowOf(body: UpdateVisitType, performers: string[]) {
  return {
    name: body.name,
    description: body.description,
    duration_minutes: body.durationMinutes,
    buffer_after_minutes: body.bufferAfterMinutes,
    requires_consultation: body.requiresConsultation ? 1 : 0,
    online_bookable: body.onlineBookable ? 1 : 0,
    min_notice_minutes: body.minNoticeMinutes,
    max_horizon_days: body.maxHorizonDays,
    performer_ids: JSON.stringify(performers),
    ...(body.nameEs !== undefined ? { name_es: blankAsNull(body.nameEs) } : {}),
    ...(body.descriptionEs !== undefined ? { description_es: blankAsNull(body.descriptionEs) } : {}),
    ...(body.eligibility
      ? {
          min_age_days: body.eligibility.minAgeDays,
          max_age_days: body.eligibility.maxAgeDays,
          requires_pregnancy: body.eligibility.requiresPregnancy ? 1 : 0,
        }
      : {}),
  };
}

async function presentOne(ctx: RequestContext, id: string): Promise<VisitType> {
  const row = await findVisitType(ctx.db, id);
  if (!row) throw fail.notFound('visit type');
  return presentVisitType(row);
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
  const performers = (await checkedPerformers(ctx, body.performerIds)) ?? performersOf(current);
  await auditSetup(ctx, 'visit_type.update', 'visit_type', id, body.name);
  await updateVisitType(ctx.db, id, rowOf(body, performers));
  return presentOne(ctx, id);
}

/** Adds a visit type (admin); left-out performers mean every provider, left-out eligibility means everyone. */
export async function createVisitType(ctx: RequestContext, body: UpdateVisitType): Promise<VisitType> {
  ctx.requireRole('admin');
  const performers = (await checkedPerformers(ctx, body.performerIds)) ?? [];
  const id = randomUUID();
  await auditSetup(ctx, 'visit_type.create', 'visit_type', id, body.name);
  await insertVisitType(ctx.db, { id, ...rowOf(body, performers) });
  return presentOne(ctx, id);
}

/** Retired, not deleted: its visits stay, but it is no longer listed or bookable. */
export async function retireVisitType(ctx: RequestContext, id: string): Promise<VisitType> {
  ctx.requireRole('admin');
  const current = await findVisitType(ctx.db, id);
  if (!current) throw fail.notFound('visit type');
  await auditSetup(ctx, 'visit_type.retire', 'visit_type', id, current.name);
  await retireCatalogueItem(ctx.db, 'visit_types', id, ctx.now());
  return presentOne(ctx, id);
}
