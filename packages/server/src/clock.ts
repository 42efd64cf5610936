/** Where "now" comes from: injectable so tests can stand on a fixed day. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** An instant as stored: `YYYY-MM-DDTHH:MM:SSZ`, UTC, no milliseconds. */
export function toInstant(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Normalizes any ISO-8601 instant (with Z or offset) to the stored form. */
export function normalizeInstant(iso: string): string {
  return toInstant(new Date(iso));
}
