import type { VisitTypeRow } from '@omt/db';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { toInstant } from '../../clock';

/**
 * The window in which the caller may book a visit type. Patients book online only visit types the clinic
 * allows online, no sooner than the minimum notice and no further ahead than the horizon; staff booking by
 * phone are held to neither.
 */
export function bookingWindow(
  ctx: RequestContext,
  vt: VisitTypeRow,
): { notBefore: string; notAfter: string | null } {
  const now = Date.parse(ctx.now());
  if (ctx.user.role !== 'patient') return { notBefore: ctx.now(), notAfter: null };
  if (vt.online_bookable !== 1) {
    throw fail.unprocessable(
      'not_online_bookable',
      `visitType: "${vt.name}" is booked by the front desk: please call the clinic`,
      'visitType',
    );
  }
  return {
    notBefore: toInstant(new Date(now + vt.min_notice_minutes * 60_000)),
    notAfter: toInstant(new Date(now + vt.max_horizon_days * 86_400_000)),
  };
}
