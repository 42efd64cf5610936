import { availableSlots, type WeeklyHours, type Weekday } from '@omt/domain';
import { busyIntervals, listLocations, listProviderHours, listProviders, type Database } from '@omt/db';
import type { AvailabilityQuery, Slot } from '@omt/contracts';
import { fail } from '../../errors';
import { normalizeInstant } from '../../clock';

export const SLOT_STEP_MINUTES = 30;
const MAX_RANGE_DAYS = 62;

export interface SlotSearch {
  durationMinutes: number;
  from: string;
  to: string;
  notBefore: string;
  providerIds?: string[];
  locationIds?: string[];
  /** When moving an appointment, its own time does not count as busy. */
  ignoreAppointmentId?: string;
}

/** Checks the range of a search: `to` after `from`, at most 31 days. */
export function validateRange(q: Pick<AvailabilityQuery, 'from' | 'to'>): { from: string; to: string } {
  const from = normalizeInstant(q.from);
  const to = normalizeInstant(q.to);
  if (to <= from) throw fail.invalid('to', 'must be after from');
  if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) {
    throw fail.invalid('to', `the range may span at most ${MAX_RANGE_DAYS} days`);
  }
  return { from, to };
}

/** Open slots of every provider at every location they work, from their hours minus their bookings. */
export async function searchSlots(db: Database, s: SlotSearch): Promise<Slot[]> {
  const providers = (await listProviders(db)).filter((p) => !s.providerIds || s.providerIds.includes(p.id));
  const locations = (await listLocations(db)).filter((l) => !s.locationIds || s.locationIds.includes(l.id));
  const ids = providers.map((p) => p.id);
  const hours = await listProviderHours(db, { providerIds: ids, locationIds: locations.map((l) => l.id) });
  const busy = await busyIntervals(db, ids, s.from, s.to);
  const slots: Slot[] = [];
  for (const p of providers) {
    const mine = busy
      .filter((b) => b.provider_id === p.id)
      .map((b) => ({ start: b.start_at, end: b.end_at }));
    for (const l of locations) {
      const weekly: WeeklyHours[] = hours
        .filter((h) => h.provider_id === p.id && h.location_id === l.id)
        .map((h) => ({ weekday: h.weekday as Weekday, start: h.start_time, end: h.end_time }));
      if (!weekly.length) continue;
      const found = availableSlots({
        timeZone: l.time_zone,
        hours: weekly,
        from: s.from,
        to: s.to,
        durationMinutes: s.durationMinutes,
        stepMinutes: SLOT_STEP_MINUTES,
        busy: mine,
        notBefore: s.notBefore,
      });
      for (const f of found) slots.push({ start: f.start, end: f.end, providerId: p.id, locationId: l.id });
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start) || a.providerId.localeCompare(b.providerId));
}
