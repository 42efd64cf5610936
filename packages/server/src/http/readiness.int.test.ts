import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp } from '../test-support/test-app';

describe.each(TEST_DATABASES)('liveness and readiness on $name', (kind) => {
  it('is ready while the database answers, and 503 not_ready once it does not; /healthz stays live', async () => {
    const t = await startTestApp(kind);
    try {
      const ready = await t.call(null, 'GET', '/readyz');
      expect([ready.status, ready.body]).toEqual([200, { status: 'ready', database: kind.name }]);
      await t.handle.close();
      const gone = await t.call(null, 'GET', '/readyz');
      expect(gone.status).toBe(503);
      expect(gone.body).toMatchObject({ code: 'not_ready' });
      expect((await t.call(null, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await t.app.close();
    }
  });
});
