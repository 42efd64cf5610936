import { useEffect } from 'react';

/** How often a page that others change (the worklist) asks again, while it is shown. */
export const POLL_INTERVAL_MS = 10_000;

/**
 * Calls `reload` every `intervalMs` while the page is visible, and at once when it becomes visible again.
 * A plain poll, so it works behind any number of app instances.
 */
export function usePoll(reload: () => void, intervalMs = POLL_INTERVAL_MS): void {
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = window.setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [reload, intervalMs]);
}
