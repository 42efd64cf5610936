import type { QueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '@omt/contracts';
import { call, type CallOptions } from './client';
import type { ContractOf, EndpointRef } from './endpoint-ref';
import { API } from './endpoints';

/** The cache key of every answer of one endpoint: invalidating it refreshes each screen showing that endpoint. */
export function apiKey(endpoint: EndpointRef): readonly unknown[] {
  return ['api', endpoint.method, endpoint.path];
}

/** Marks every cached answer of these endpoints stale; the screens showing one read it again. */
export async function invalidateEndpoints(client: QueryClient, endpoints: readonly EndpointRef[]): Promise<void> {
  await Promise.all(endpoints.map((e) => client.invalidateQueries({ queryKey: apiKey(e) })));
}

/**
 * One read of the contract as a query: the key is the endpoint plus its params and query, so two screens showing the
 * same data share one cache entry and one request; the read is aborted when nobody waits for it any more.
 */
export function apiQuery<E extends EndpointRef>(endpoint: E, options: Omit<CallOptions<E>, 'signal' | 'body'> = {}) {
  const { params, query } = options;
  return {
    queryKey: [...apiKey(endpoint), { params: params ?? null, query: query ?? null }] as readonly unknown[],
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<ResponseOf<ContractOf<E>>> =>
      call(endpoint, { params, query, signal }),
  };
}

/** What signing, co-signing or an addendum changes: the note queues and the patient's chart. */
export const NOTE_LISTS: readonly EndpointRef[] = [API.myUnsignedNotes, API.cosignQueue, API.getChart, API.getTimeline];

/** What booking, moving, cancelling, checking in or a no-show changes: every list of visits and what hangs on them. */
export const VISIT_LISTS: readonly EndpointRef[] = [
  API.listAppointments,
  API.listWaitlist,
  API.scheduleConflicts,
  API.scheduleConflictCount,
];
