import type { Browser, BrowserContext } from 'playwright-core';

/** What the web app reports when a response does not match its contract (api/client.ts). */
const CONTRACT_MISMATCH = 'does not match the contract';

/**
 * Collects, for every page of every context the browser opens, the faults a journey must not pass over: a response
 * the client found not to match its zod contract, and an uncaught exception in the page. `take()` returns and
 * clears them; the journey fails the test when there are any.
 */
export function watchPageFaults(browser: Browser): { take(): string[] } {
  const faults: string[] = [];
  const watch = (context: BrowserContext) => {
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes(CONTRACT_MISMATCH))
          faults.push(message.text());
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
