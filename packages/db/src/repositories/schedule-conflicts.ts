import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../connection';
import type { DB } from '../schema';
import { appointmentViews } from './appointments';

/** Statuses of a visit still expected to take place at its time: booked, or held for a waitlisted patient. */
export const UPCOMING_STATUSES = ['booked', 'held'] as const;

type Scope = ExpressionBuilder<DB & { a: DB['appointments']; u: DB['users'] }, 'a' | 'u'>;

/** A visit clashes when its location is closed, its provider is away, or its provider was deactivated (an invited one may be booked). */
function clashes(eb: Scope) {
  return eb.or([
    eb.exists(
      eb
        .selectFrom('location_closures as c')
        .select('c.id')
        .whereRef('c.location_id', '=', 'a.location_id')
        .whereRef('c.start_at', '<', 'a.end_at')
        .whereRef('c.end_at', '>', 'a.start_at'),
    ),
    eb.exists(
      eb
        .selectFrom('time_off as t')
        .select('t.id')
        .whereRef('t.provider_id', '=', 'a.provider_id')
        .whereRef('t.start_at', '<', 'a.end_at')
        .whereRef('t.end_at', '>', 'a.start_at'),
    ),
    eb('u.status', '=', 'deactivated'),
  ]);
}

/** Visits starting after `now`, booked or held, on a closed day, in time off or with an inactive provider (first 500 by start). */
export function listScheduleConflicts(db: Database, now: string) {
  return appointmentViews(db)
    .select('u.status as provider_status')
    .where('a.status', 'in', UPCOMING_STATUSES)
    .where('a.start_at', '>', now)
    .where((eb) => clashes(eb))
    .orderBy('a.start_at')
    .orderBy('a.id')
    .limit(500)
    .execute();
}

/** How many visits `listScheduleConflicts` would list (no patient data). */
export async function countScheduleConflicts(db: Database, now: string): Promise<number> {
  const row = await db
    .selectFrom('appointments as a')
    .innerJoin('users as u', 'u.id', 'a.provider_id')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('a.status', 'in', UPCOMING_STATUSES)
    .where('a.start_at', '>', now)
    .where((eb) => clashes(eb))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Upcoming visits (booked or held, starting after `now`) of a location or a provider in [from, to), first 500 by start. */
export function listUpcomingVisits(
  db: Database,
  f: { now: string; locationId?: string; providerId?: string; from?: string; to?: string },
) {
  let q = appointmentViews(db)
    .where('a.status', 'in', UPCOMING_STATUSES)
    .where('a.start_at', '>', f.now);
  if (f.locationId) q = q.where('a.location_id', '=', f.locationId);
  if (f.providerId) q = q.where('a.provider_id', '=', f.providerId);
  if (f.from) q = q.where('a.end_at', '>', f.from);
  if (f.to) q = q.where('a.start_at', '<', f.to);
  return q.orderBy('a.start_at').orderBy('a.id').limit(500).execute();
}
