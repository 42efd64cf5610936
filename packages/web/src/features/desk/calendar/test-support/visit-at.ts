import { wallToInstant } from '../calendar-time';

export const NY = 'America/New_York';

/** A visit on Monday 2026-06-08 at an "HH:MM" New York wall-clock time lasting `minutes`. */
export function visitAt(time: string, minutes: number): { start: string; end: string } {
  const start = wallToInstant('2026-06-08', Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), NY);
  return { start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString().replace('.000', '') };
}
