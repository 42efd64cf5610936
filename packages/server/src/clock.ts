/** Where "now" comes from: injectable so tests can stand on a fixed day. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** An instant as stored: `YYYY-MM-DDTHH:MM:SSZ`, UTC, no milliseconds. */
export function toInstant(d: Date): string {
  const iso = d.toISOString();
  // `YYYY-MM-DDTHH:MM:SS.sssZ` is 24 characters; years past 9999 (or before 0) are longer and keep the slow path.
  return iso.length === 24 ? `${iso.slice(0, 19)}Z` : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** Normalizes any ISO-8601 instant (with Z or offset) to the stored form. */
export function normalizeInstant(iso: string): string {
  return toInstant(new Date(iso));
}
