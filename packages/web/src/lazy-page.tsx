import { lazy, type ComponentType } from 'react';
import { usePortalText } from './i18n/use-portal-text';

/**
 * A page loaded on first visit (its own chunk): patients never download the staff pages, and staff download each
 * area when they open it. `name` is the page's export.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own signature takes any props
export function lazyPage<K extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<K, C>>,
  name: K,
) {
  let loading: Promise<Record<K, C>> | null = null;
  const once = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null; // a fetch that failed is tried again when next asked for
      throw error;
    }));
  return Object.assign(
    lazy(async () => ({ default: (await once())[name] })),
    { preload: once } satisfies Preloadable,
  );
}

/** A page whose chunk can be fetched before it is first drawn (`preloadPageAt`). */
export interface Preloadable {
  preload(): Promise<unknown>;
}

/** What shows while a page's chunk loads: a heading (every page has one), busy, in the reader's language. */
export function PageLoading() {
  const { t } = usePortalText();
  return (
    <h1 className="muted" aria-busy="true">
      {t('pageLoading')}
    </h1>
  );
}
