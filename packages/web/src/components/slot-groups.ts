import type { Slot } from '@omt/contracts';
import { dayKey, formatter } from '../time';

export const PERIODS = ['morning', 'afternoon', 'evening'] as const;
export type Period = (typeof PERIODS)[number];

/** One day of open times (YYYY-MM-DD in the location's zone), split into morning, afternoon and evening. */
export interface SlotDay {
  day: string;
  slots: Slot[];
  periods: Record<Period, Slot[]>;
}

/** The hour (0–23) of an instant on the wall clock of a zone. */
function wallHour(iso: string, timeZone: string): number {
  const hour = formatter('wall-hour', 'en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'hour')?.value;
  return Number(hour ?? 0);
}

/** Morning before noon, afternoon from noon to 5 PM, evening from 5 PM, on the location's wall clock. */
export function periodOf(iso: string, timeZone: string): Period {
  const h = wallHour(iso, timeZone);
  return h < 12 ? 'morning' : h < 17 ? 'afternoon' : 'evening';
}

/** Open times by day (in time order) and, within a day, by period; days and periods with none are kept out. */
export function groupSlots(slots: Slot[], timeZone: string): SlotDay[] {
  const days = new Map<string, SlotDay>();
  const sorted = [...slots].sort(
    (a, b) => a.start.localeCompare(b.start) || a.providerId.localeCompare(b.providerId),
  );
  for (const slot of sorted) {
    const key = dayKey(slot.start, timeZone);
    let day = days.get(key);
    if (!day) {
      day = { day: key, slots: [], periods: { morning: [], afternoon: [], evening: [] } };
      days.set(key, day);
    }
    day.slots.push(slot);
    day.periods[periodOf(slot.start, timeZone)].push(slot);
  }
  return [...days.values()];
}

/** The periods of a day that have open times, in the day's order. */
export function periodsWithTimes(day: SlotDay): Period[] {
  return PERIODS.filter((p) => day.periods[p].length > 0);
}
