const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parse a strict 'HH:MM' (00:00–23:59) so bad admin-entered hours fail loudly instead of silently shifting slots. */
export function parseHHMM(s: string): { hour: number; minute: number } {
  const match = typeof s === 'string' ? HHMM.exec(s) : null;
  if (!match) throw new RangeError(`Expected a time as 'HH:MM' (00:00–23:59), got ${JSON.stringify(s)}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Minutes since local midnight, so window arithmetic stays in plain integers. */
export function minutesOfDay(s: string): number {
  const { hour, minute } = parseHHMM(s);
  return hour * 60 + minute;
}
