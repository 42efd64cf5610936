import { listUpcomingVisits } from '@omt/db';
import type { RequestContext } from '../../context';

/** The ids of the upcoming visits (booked or held) a closure or time off just covered; ids only, no patient data. */
export async function upcomingVisitIds(
  ctx: RequestContext,
  f: { locationId?: string; providerId?: string; from: string; to: string },
): Promise<string[]> {
  return (await listUpcomingVisits(ctx.db, { ...f, now: ctx.now() })).map((a) => a.id);
}
