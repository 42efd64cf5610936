import { deleteClosure, deleteTimeOff, findClosure, findTimeOff } from '@omt/db';
import type { Closure, TimeOff } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { auditSetup } from './audit';

/** Deletes a closure, past or future (admin); its hours are offered again at the next search (catalogue version). */
export async function removeClosure(ctx: RequestContext, id: string): Promise<Closure> {
  ctx.requireRole('admin');
  const c = await findClosure(ctx.db, id);
  if (!c) throw fail.notFound('closure');
  await auditSetup(
    ctx,
    'closure.delete',
    'closure',
    id,
    `${c.location_id} ${c.start_at}–${c.end_at}: ${c.reason}`,
  );
  await deleteClosure(ctx.db, id);
  return { id, locationId: c.location_id, start: c.start_at, end: c.end_at, reason: c.reason };
}

/** Deletes time off, past or future (admin, or the provider whose time it is). */
export async function removeTimeOff(ctx: RequestContext, id: string): Promise<TimeOff> {
  const t = await findTimeOff(ctx.db, id);
  if (ctx.user.role !== 'admin' && (!t || ctx.user.id !== t.provider_id))
    throw fail.forbidden('only an admin or the provider may delete this time off');
  if (!t) throw fail.notFound('time off');
  await auditSetup(
    ctx,
    'time_off.delete',
    'time_off',
    id,
    `${t.provider_id} ${t.start_at}–${t.end_at}: ${t.reason}`,
  );
  await deleteTimeOff(ctx.db, id);
  return { id, providerId: t.provider_id, start: t.start_at, end: t.end_at, reason: t.reason };
}
