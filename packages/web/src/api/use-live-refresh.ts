import { useEffect, useRef, useState } from 'react';

/** How often a live page asks again anyway: a stream may be on another app instance, or events may be lost. */
export const LIVE_REFRESH_INTERVAL_MS = 60_000;

/**
 * Calls `refresh` when the server's event stream (`GET /api/events`, kinds and ids only) says something changed,
 * when the stream reconnects (events may have been missed), every 60 s, and when the page becomes visible again.
 * Returns whether the stream is connected now.
 */
export function useLiveRefresh(refresh: () => void): boolean {
  const [connected, setConnected] = useState(false);
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    const run = () => latest.current();
    const source = typeof EventSource === 'undefined' ? null : new EventSource('/api/events');
    let opened = false;
    if (source) {
      source.onmessage = run;
      source.onopen = () => {
        if (opened) run(); // a reconnect: whatever happened meanwhile was not heard
        opened = true;
        setConnected(true);
      };
      source.onerror = () => setConnected(false);
    }
    const timer = window.setInterval(run, LIVE_REFRESH_INTERVAL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      source?.close();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return connected;
}
