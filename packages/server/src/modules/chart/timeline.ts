/**
 * The chart's timeline: every source's events of one patient, newest first. Sources are listed in
 * `TIMELINE_SOURCES` (timeline-sources.ts); another kind of event (documents, plan of care) is one more source.
 * Ordering and paging are pure: time first, then the event's unique key, so every event has one place and a
 * cursor (the last event's time and key) never skips or repeats one.
 */
import { findPatient } from '@omt/db';
import type { TimelineEvent, TimelinePage } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { TIMELINE_SOURCES } from './timeline-sources';

type Ordered = Pick<TimelineEvent, 'at' | 'key'>;

/** Newest first; events at the same instant in a fixed order of their keys. */
export function compareTimeline(a: Ordered, b: Ordered): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function orderTimeline<E extends Ordered>(events: readonly E[]): E[] {
  return [...events].sort(compareTimeline);
}

export function encodeCursor(e: Ordered): string {
  return Buffer.from(JSON.stringify([e.at, e.key])).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string): Ordered | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return { at: v[0], key: v[1] };
  } catch {
    // not JSON: refused below
  }
  return null;
}

/** The page after `after` (from the start when null): at most `limit` events and the cursor of the next. */
export function pageTimeline<E extends Ordered>(
  events: readonly E[],
  after: Ordered | null,
  limit: number,
): { items: E[]; nextCursor: string | null } {
  const ordered = orderTimeline(events);
  const start = after ? ordered.findIndex((e) => compareTimeline(e, after) > 0) : 0;
  const rest = start < 0 ? [] : ordered.slice(start);
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rest.length > limit && last ? encodeCursor(last) : null };
}

/** One page of the patient's timeline (clinicians; an audited read of the patient's clinical record). */
export async function getTimeline(
  ctx: RequestContext,
  patientId: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<TimelinePage> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'clinical.read', 'chart-timeline', patientId);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !after)
    throw fail.invalid('cursor', 'is not a cursor this timeline gave');
  const events = (await Promise.all(TIMELINE_SOURCES.map((s) => s(ctx.db, patientId)))).flat();
  return pageTimeline(events, after, query.limit);
}
