import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { LiveEvent } from '@omt/contracts';
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

/** Every endpoint some live event changes: all read again after a reconnect, when events may have been missed. */
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

/**
 * Listens to the server's event stream (`GET /api/events`, kinds and ids only) while mounted: each event marks the
 * queries it concerns stale, and a reconnect marks every live query stale. Returns whether the stream is connected.
 * The live queries themselves also refetch every 60 s and when the page becomes visible again.
 */
export function useLiveQueries(): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    let opened = false;
    source.onmessage = (message: MessageEvent<string>) => void invalidateForLiveEvent(client, message.data);
    source.onopen = () => {
      if (opened) void invalidateEndpoints(client, LIVE_ENDPOINTS); // a reconnect: whatever happened meanwhile was not heard
      opened = true;
      setConnected(true);
    };
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [client]);
  return connected;
}
