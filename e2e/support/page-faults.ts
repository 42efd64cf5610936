import type { Browser, BrowserContext } from 'playwright-core';

/** What the web app reports when a response does not match its contract (api/client.ts). */
const CONTRACT_MISMATCH = 'does not match the contract';
/** What Chromium reports when the page's Content-Security-Policy refused an inline style or script, or a load. */
const CSP_VIOLATION = 'Content Security Policy';

/**
 * Collects, for every page of every context the browser opens, the faults a journey must not pass over: a response
 * the client found not to match its zod contract, a breach of the Content-Security-Policy, and an uncaught exception in
 * the page. `take()` returns and
 * clears them; the journey fails the test when there are any.
 */
export function watchPageFaults(browser: Browser): { take(): string[] } {
  const faults: string[] = [];
  const watch = (context: BrowserContext) => {
    context.on('page', (page) => {
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && (text.includes(CONTRACT_MISMATCH) || text.includes(CSP_VIOLATION)))
          faults.push(text);
      });
      page.on('pageerror', (error) => faults.push(`uncaught in the page: ${error.message}`));
    });
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    watch(context);
    return context;
  };
  return { take: () => faults.splice(0) };
}
