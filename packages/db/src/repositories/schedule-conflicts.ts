import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../connection';
import type { DB } from '../schema';
import { appointmentViews } from './appointments';

/** Statuses of a visit still expected to take place at its time: booked, or held for a waitlisted patient. */
export const UPCOMING_STATUSES = ['booked', 'held'] as const;

type Scope = ExpressionBuilder<DB & { a: DB['appointments']; u: DB['users'] }, 'a' | 'u'>;

/** The visit was found outside working hours when hours last changed, and has not moved since. */
function outsideHours(eb: Scope) {
  return eb.exists(
    eb
      .selectFrom('hours_conflicts as h')
      .select('h.appointment_id')
      .whereRef('h.appointment_id', '=', 'a.id')
      .whereRef('h.start_at', '=', 'a.start_at'),
  );
}

/**
 * A visit clashes when its location is closed, its provider is away or was deactivated (an invited one may be
 * booked), or it fell outside working hours when they changed.
 */
function clashes(eb: Scope) {
  return eb.or([
    outsideHours(eb),
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
    .select((eb) => outsideHours(eb).as('outside_hours'))
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
  let q = appointmentViews(db).where('a.status', 'in', UPCOMING_STATUSES).where('a.start_at', '>', f.now);
  if (f.locationId) q = q.where('a.location_id', '=', f.locationId);
  if (f.providerId) q = q.where('a.provider_id', '=', f.providerId);
  if (f.from) q = q.where('a.end_at', '>', f.from);
  if (f.to) q = q.where('a.start_at', '<', f.to);
  return q.orderBy('a.start_at').orderBy('a.id').limit(500).execute();
}

/** Where hours changed: a location's opening hours or a provider's weekly hours. */
export type HoursScope = { locationId: string } | { providerId: string };

/**
 * The upcoming visits (booked or held, starting after `now`) of a location or a provider, times and places only;
 * not those booked by a staff override, which were placed outside the rules on purpose.
 */
export function listUpcomingPlacements(db: Database, now: string, scope: HoursScope) {
  const q = db
    .selectFrom('appointments as a')
    .select(['a.id', 'a.start_at', 'a.end_at', 'a.location_id', 'a.provider_id'])
    .where('a.status', 'in', UPCOMING_STATUSES)
    .where('a.start_at', '>', now)
    .where('a.override_reason', 'is', null);
  return (
    'locationId' in scope
      ? q.where('a.location_id', '=', scope.locationId)
      : q.where('a.provider_id', '=', scope.providerId)
  ).execute();
}

/** Replaces the visits found outside working hours for a location or a provider, in one transaction. */
export async function replaceHoursConflicts(
  db: Database,
  scope: HoursScope,
  visits: readonly { id: string; start_at: string; location_id: string; provider_id: string }[],
  foundAt: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await (
      'locationId' in scope
        ? tx.deleteFrom('hours_conflicts').where('location_id', '=', scope.locationId)
        : tx.deleteFrom('hours_conflicts').where('provider_id', '=', scope.providerId)
    ).execute();
    for (let i = 0; i < visits.length; i += 200) {
      const rows = visits.slice(i, i + 200).map((v) => ({
        appointment_id: v.id,
        start_at: v.start_at,
        location_id: v.location_id,
        provider_id: v.provider_id,
        found_at: foundAt,
      }));
      await tx
        .insertInto('hours_conflicts')
        .values(rows)
        .onConflict((oc) =>
          oc.column('appointment_id').doUpdateSet((eb) => ({
            start_at: eb.ref('excluded.start_at'),
            location_id: eb.ref('excluded.location_id'),
            provider_id: eb.ref('excluded.provider_id'),
            found_at: eb.ref('excluded.found_at'),
          })),
        )
        .execute();
    }
  });
}
