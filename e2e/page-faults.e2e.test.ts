import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { watchPageFaults } from './support/page-faults';

/** The journeys' watch over the pages: a contract mismatch or an uncaught exception is caught, anything else not. */
describe('the watch for faults in the pages', () => {
  let browser: Browser;
  let faults: ReturnType<typeof watchPageFaults>;
  beforeAll(async () => {
    browser = await launchChromium();
    faults = watchPageFaults(browser);
  });
  afterAll(() => browser.close());

  it('reports a response that does not match its contract and an uncaught exception, once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<p>test</p>');
    await page.evaluate(() => {
      console.error('Response of GET /api/me does not match the contract');
      console.error('some other message');
      console.warn('Response of GET /api/x does not match the contract (a warning)');
      setTimeout(() => {
        throw new Error('boom');
      }, 0);
    });
    const seen: string[] = [];
    const collect = () => {
      seen.push(...faults.take());
      return seen;
    };
    await expect
      .poll(collect, { timeout: 5000 })
      .toEqual(['Response of GET /api/me does not match the contract', 'uncaught in the page: boom']);
    expect(faults.take()).toEqual([]);
    await context.close();
  });

  it('reports what the Content-Security-Policy refused (an inline style attribute and an inline script)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('http://csp.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" },
        body: '<p style="color: red">styled</p><script>document.title = "ran";</script>',
      }),
    );
    await page.goto('http://csp.test/');
    const seen: string[] = [];
    const collect = () => {
      seen.push(...faults.take());
      return seen;
    };
    await expect.poll(collect, { timeout: 5000 }).toHaveLength(2);
    expect(seen.every((f) => f.includes('Content Security Policy'))).toBe(true);
    await context.close();
  });
});
