import { findLocation, findUserById } from '@omt/db';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';

/** 404 unless the id is a physician's or a resident's. */
export async function requireProvider(ctx: RequestContext, id: string): Promise<void> {
  const p = await findUserById(ctx.db, id);
  if (!p || !['physician', 'resident'].includes(p.role)) throw fail.notFound('provider');
}

/** 404 unless the location exists. */
export async function requireLocation(ctx: RequestContext, id: string): Promise<void> {
  if (!(await findLocation(ctx.db, id))) throw fail.notFound('location');
}

/** 422: a retired visit type or location is kept for its visits but takes no new ones. */
export function retired(code: string, field: string, name: string) {
  return fail.unprocessable(code, `${field}: ${name} is retired and can no longer be booked`, field);
}
