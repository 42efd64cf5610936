import { afterAll, beforeAll } from 'vitest';
import type { TestDatabase } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from './test-app';

/**
 * The app of a `describe` block on `kind`, listening on a free local port for what a test reads over real HTTP (an
 * event stream): started before the block's tests and closed after them. `t` is the app and `base` its address, both
 * there once it started.
 */
export function listeningApp(kind: TestDatabase) {
  let started: { t: TestApp; base: string } | undefined;
  beforeAll(async () => {
    const t = await startTestApp(kind);
    started = { t, base: await t.app.listen({ port: 0, host: '127.0.0.1' }) };
  });
  afterAll(() => started?.t.close());

  const app = () => {
    if (!started) throw new Error('the app has not started: use it inside a test');
    return started;
  };
  return {
    get t() {
      return app().t;
    },
    get base() {
      return app().base;
    },
  };
}
