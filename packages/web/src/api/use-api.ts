import { useCallback, useId } from 'react';
import {
  keepPreviousData,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ResponseOf } from '@omt/contracts';
import type { CallOptions } from './client';
import type { ContractOf, EndpointRef } from './endpoint-ref';
import { apiQuery, invalidateEndpoints } from './query';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  /** Nothing to show yet for these inputs (a background refresh of shown data does not count). */
  loading: boolean;
  reload: () => void;
  /** Replaces the cached answer (the endpoint's whole answer) with one the server just returned. */
  setData: (data: T) => void;
}

export function useLoaded<T>(queryKey: QueryKey, result: UseQueryResult<T>): Loaded<T> {
  const client = useQueryClient();
  const hash = JSON.stringify(queryKey);
  const reload = useCallback(() => void client.invalidateQueries({ queryKey, exact: true }), [client, hash]);
  const setData = useCallback((data: T) => client.setQueryData(queryKey, data), [client, hash]);
  return {
    data: result.data,
    error: result.error ?? undefined,
    loading: result.isLoading || result.isPlaceholderData,
    reload,
    setData,
  };
}

/** How a read may differ from the defaults: off until its inputs exist, or narrowed for one screen. */
export interface ReadOptions<R, T> {
  enabled?: boolean;
  /** Narrows the answer for this screen; the cache keeps the endpoint's whole answer. */
  select?: (data: R) => T;
  /** For how many ms a cached answer is taken as it is (default 0: every mount reads again). */
  staleTime?: number;
}

/** Reads one endpoint of the contract, cached under the endpoint and its params/query (see `apiQuery`). */
export function useApiQuery<E extends EndpointRef, T = ResponseOf<ContractOf<E>>>(
  endpoint: E,
  options: Omit<CallOptions<E>, 'signal' | 'body'> = {},
  { enabled = true, select, staleTime = 0 }: ReadOptions<ResponseOf<ContractOf<E>>, T> = {},
): Loaded<T> {
  const query = apiQuery(endpoint, options);
  const result = useQuery({ ...query, enabled, select, staleTime, placeholderData: keepPreviousData });
  return useLoaded(query.queryKey, result);
}

/**
 * Loads what one component composes from several calls; reloads when `deps` change, showing the previous answer
 * meanwhile. Cached for this component only: prefer `useApiQuery` for a single endpoint.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const queryKey = ['component', useId(), ...deps];
  const result = useQuery({
    queryKey,
    queryFn: ({ signal }) => load(signal),
    placeholderData: keepPreviousData,
  });
  return useLoaded(queryKey, result);
}

/** `invalidate(VISIT_LISTS)`: every screen showing one of these endpoints reads it again. */
export function useInvalidate(): (endpoints: readonly EndpointRef[]) => void {
  const client = useQueryClient();
  return useCallback(
    (endpoints: readonly EndpointRef[]) => void invalidateEndpoints(client, endpoints),
    [client],
  );
}
