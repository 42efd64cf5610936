import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loginAs } from './browser';
import { startClinic, type ClinicOptions, type ClinicServer } from './clinic-server';
import { watchPageFaults } from './page-faults';

export interface Journey {
  readonly clinic: ClinicServer;
  readonly browser: Browser;
  /** Runs `run` in a fresh browser context logged in as `email`, closed afterwards. */
  as(email: string, run: (page: Page) => Promise<void>): Promise<void>;
}

/**
 * A real clinic (fresh demo database) and Chromium for one describe block, stopped after it. A test fails when a
 * page threw or read a response that does not match its contract.
 */
export function useJourney(options: ClinicOptions = {}): Journey {
  let clinic: ClinicServer | undefined;
  let browser: Browser | undefined;
  let faults: { take(): string[] } | undefined;
  beforeAll(async () => {
    clinic = await startClinic(options);
    browser = await launchChromium();
    faults = watchPageFaults(browser);
  });
  afterEach(() => {
    expect(faults?.take() ?? [], 'faults in the pages').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await clinic?.stop();
  });
  const need = <T>(v: T | undefined, what: string): T => {
    if (!v) throw new Error(`${what} is not started yet (use it inside a test)`);
    return v;
  };
  return {
    get clinic() {
      return need(clinic, 'the clinic');
    },
    get browser() {
      return need(browser, 'Chromium');
    },
    async as(email, run) {
      const { context, page } = await loginAs(
        need(browser, 'Chromium'),
        need(clinic, 'the clinic').url,
        email,
      );
      try {
        await run(page);
      } finally {
        await context.close();
      }
    },
  };
}
