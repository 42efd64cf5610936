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
  return lazy(async () => ({ default: (await load())[name] }));
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
