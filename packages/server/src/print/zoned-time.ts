/** Instants as prints show them: in the location's zone, with the zone named ("Nov 30, 2026, 2:15 PM EST (America/New_York)"). */
export function zonedTimeText(instant: string, timeZone: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(when);
  const abbreviation =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(when)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  // ICU puts a narrow no-break space before AM/PM; prints and searches read a plain one.
  return `${text} ${abbreviation} (${timeZone})`.replace(/[\s\u202f]+/g, ' ');
}

/** A calendar day as prints show it: "Nov 30, 2026" (read as that day, whatever the server's zone). */
export function dayText(date: string): string {
  const when = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(when.getTime())) return date;
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(when);
}
