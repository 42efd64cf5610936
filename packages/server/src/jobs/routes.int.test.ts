import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../test-support/test-app';
import { bookFollowUp } from '../test-support/factories';
import { createMailer } from '../mail/mailer';

describe.each(TEST_DATABASES)('background jobs for admins on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // A mail server that refuses every connection: the confirmation's job fails on each try.
    t = await startTestApp(
      kind,
      {},
      { mailer: createMailer('smtp://127.0.0.1:9', 'OMT Clinic <clinic@test.local>') },
    );
    t.deps.onBackgroundError = () => {};
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists a mail that failed after its tries with its last error, no patient in it, and retries it now', async () => {
    const admin = await t.login('admin@demo.clinic');
    await bookFollowUp(t, 'alex@demo.clinic');
    await t.jobs.runDueJobs();
    const queued = await t.call(admin, 'GET', '/api/jobs');
    expect(queued.status).toBe(200);
    const mail = queued.body.items.find((j: { kind: string }) => j.kind === 'appointment-mail');
    expect(mail).toMatchObject({ state: 'queued', attempts: 1, maxAttempts: 5 });
    expect(mail.runAt > TEST_NOW.toISOString().slice(0, 19)).toBe(true);
    for (let hour = 1; hour <= 4; hour++) {
      t.clock.now = new Date(TEST_NOW.getTime() + hour * 3_600_000);
      await t.jobs.runDueJobs();
    }
    const failed = await t.call(admin, 'GET', '/api/jobs?state=failed');
    expect(failed.body.counts.failed).toBe(1);
    const [job] = failed.body.items;
    expect(job).toMatchObject({ id: mail.id, kind: 'appointment-mail', state: 'failed', attempts: 5 });
    expect(job.lastError).toMatch(/ECONNREFUSED/);
    expect(job.lastError).not.toMatch(/alex|Alex|Rivera|@/);

    const retried = await t.call(admin, 'POST', `/api/jobs/${job.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: 'queued', attempts: 0 });
    const again = await t.call(admin, 'POST', `/api/jobs/${job.id}/retry`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('job_not_failed');
    expect((await t.call(admin, 'POST', '/api/jobs/nope/retry')).status).toBe(404);
    // One audit row, of the retry that happened: the refused ones rolled theirs back.
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['resource_id', 'patient_id'])
      .where('action', '=', 'job.retry')
      .execute();
    expect(audit).toEqual([{ resource_id: String(job.id), patient_id: null }]);
    expect((await t.call(admin, 'GET', '/api/jobs?state=later')).status).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths;
    expect(Object.keys(paths['/api/jobs'])).toEqual(['get']);
    expect(Object.keys(paths['/api/jobs/{id}/retry'])).toEqual(['post']);
  });

  it('is for admins only', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await t.call(desk, 'GET', '/api/jobs')).status).toBe(403);
    expect((await t.call(desk, 'POST', '/api/jobs/x/retry')).status).toBe(403);
  });
});
