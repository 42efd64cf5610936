import { LIVE_RESYNC_EVENT, type LiveEvent } from '@omt/contracts';
import { SESSION_COOKIE } from '../auth/sessions';

/** `GET /api/events` on a listening app at `base`, with a session cookie (or none) and the given Accept. */
export function openEvents(
  base: string,
  token: string | null,
  accept = 'text/event-stream',
): Promise<Response> {
  return fetch(`${base}/api/events`, {
    headers: { accept, ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}) },
  });
}

/** The body of a clinician's open event stream (fails unless it opened). */
export async function eventStreamOf(base: string, token: string): Promise<ReadableStream<Uint8Array>> {
  const stream = await openEvents(base, token);
  if (stream.status !== 200 || !stream.body) throw new Error(`GET /api/events → ${stream.status}`);
  return stream.body;
}

/** The line an event stream carries for an event. */
export const eventLine = (kind: LiveEvent['kind'], id: string) => `data: ${JSON.stringify({ kind, id })}`;

/** The line an event stream carries for its catch-up event (events may have been missed). */
export const RESYNC_LINE = `event: ${LIVE_RESYNC_EVENT}`;

/** Reads a Server-Sent Events body until `until` matches what arrived, then ends it; returns everything read. */
export async function readUntil(
  body: ReadableStream<Uint8Array>,
  until: (text: string) => boolean,
): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + 5_000;
  while (!until(text)) {
    if (Date.now() > deadline) throw new Error(`no matching event in: ${text}`);
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}

/** How many events of a kind a stream's text carries. */
export const countOf = (text: string, kind: LiveEvent['kind']) =>
  text.split('\n').filter((line) => line.startsWith(`data: {"kind":"${kind}"`)).length;
