import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { LIVE_RESYNC_EVENT, LiveEvent } from '@omt/contracts';
import type { EndpointRef } from './endpoint-ref';
import { API } from './endpoints';
import { invalidateEndpoints } from './query';

/** How often a live list asks again anyway: a stream may be on another app instance, or events may be lost. */
export const LIVE_REFRESH_INTERVAL_MS = 60_000;

/** What each kind of live event may change: the cached answers of these endpoints are read again. */
const CHANGED_BY: Record<LiveEvent['kind'], EndpointRef[]> = {
  'safety_task.raised': [API.worklist],
  'safety_task.acknowledged': [API.worklist],
  'alert.raised': [API.worklist],
  'alert.acknowledged': [API.worklist],
};

/** Every endpoint some live event changes: all read again when events may have been missed. */
const LIVE_ENDPOINTS = [...new Set(Object.values(CHANGED_BY).flat())];

/** Marks stale what one message of the stream changed; a message that is not a live event changes nothing. */
export async function invalidateForLiveEvent(client: QueryClient, data: string): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return;
  }
  const event = LiveEvent.safeParse(json);
  if (!event.success) return;
  await invalidateEndpoints(client, CHANGED_BY[event.data.kind]);
}

/** After the browser gives the stream up, it is opened again after this wait, doubled each time up to a minute. */
export const STREAM_REOPEN_MS = 3_000;
const STREAM_REOPEN_MAX_MS = 60_000;

/**
 * Listens to the server's event stream (`GET /api/events`, kinds and ids only) while mounted: each event marks the
 * queries it concerns stale, and whenever events may have been missed every live query is marked stale: on the
 * server's catch-up event (its instance stopped hearing the others for a while) and whenever the stream opens
 * (first or again).
 * The browser reconnects a dropped stream by itself; one it gives up (an answer that is not a stream, such as a
 * proxy's 502 while the server restarts) is opened again here. Returns whether the stream is connected. The live
 * queries themselves also refetch every 60 s and when the page becomes visible again.
 */
export function useLiveQueries(): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const readAllAgain = () => void invalidateEndpoints(client, LIVE_ENDPOINTS);
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let givenUp = 0;
    const open = () => {
      const stream = new EventSource('/api/events');
      source = stream;
      stream.addEventListener('message', (message: MessageEvent<string>) => {
        void invalidateForLiveEvent(client, message.data);
      });
      stream.addEventListener(LIVE_RESYNC_EVENT, readAllAgain);
      stream.addEventListener('open', () => {
        // Whatever happened before the stream was open was not heard: on a reconnect, and on the first opening too
        // (a task raised between the page's first read and this moment would wait for the 60 s refresh).
        readAllAgain();
        givenUp = 0;
        setConnected(true);
      });
      stream.addEventListener('error', () => {
        setConnected(false);
        if (stream.readyState !== EventSource.CLOSED) return; // the browser is reconnecting
        reopen = setTimeout(open, Math.min(STREAM_REOPEN_MAX_MS, STREAM_REOPEN_MS * 2 ** givenUp++));
      });
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [client]);
  return connected;
}
