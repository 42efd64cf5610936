import { createElement, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, CHANGED_EVENT } from './client';

/** A refusal (4xx) will not change by asking again; a lost connection or a server hiccup may: once more. */
function retryOnce(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 1;
}

/**
 * The app's one cache of server state. Every mount reads again (stale at once) but shows the cached answer
 * meanwhile; focus does not refetch (a shared front-desk screen changes focus all day), the live lists follow the
 * event stream instead. After any change the answers of screens not on view are dropped, so a screen opened after
 * a change never shows what was true before it (an intake just sent as "not yet filled in").
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 0, retry: retryOnce, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  window.addEventListener(CHANGED_EVENT, () => client.removeQueries({ type: 'inactive' }));
  return client;
}

/** A fresh cache for one test: no retries, nothing kept between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Wraps a component under test in a cache of its own (or the one given). */
export function TestQueryProvider({ client, children }: { client?: QueryClient; children: ReactNode }) {
  return createElement(QueryClientProvider, { client: client ?? createTestQueryClient() }, children);
}
