import { z } from 'zod';
import { LiveEvent } from '@omt/contracts';

/** The PostgreSQL channel on which the app instances tell each other their live events. */
export const LIVE_CHANNEL = 'omt_live';

/** An id as the app makes them (a UUID): letters, digits and dashes, nothing that could be a name. */
const Id = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** What goes on the channel: the sending instance and the event, ids only (nothing else is let through). */
const LiveNotice = z.strictObject({
  from: Id,
  event: z.strictObject({ kind: LiveEvent.shape.kind, id: Id }),
});
export type LiveNotice = z.infer<typeof LiveNotice>;

/** The payload telling the other instances of event, sent by the instance `from`. */
export function encodeLiveNotice(from: string, event: LiveEvent): string {
  return JSON.stringify({ from, event: { kind: event.kind, id: event.id } });
}

/** The notice in a payload from the channel, or null when it is not one (it is then ignored, never thrown). */
export function decodeLiveNotice(payload: string): LiveNotice | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const notice = LiveNotice.safeParse(parsed);
  return notice.success ? notice.data : null;
}
