import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimJobs, findJobByKey, listJobs, openUnitOfWork, unitOfWork, type DatabaseHandle } from '@omt/db';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { openSameDatabase } from '../../../../scripts/test-support/same-database';
import { startTestApp, TEST_NOW, type TestApp } from '../test-support/test-app';
import { sinkMailer, startSmtpSink } from '../test-support/smtp-sink';
import { bookFollowUp } from '../test-support/factories';
import { toInstant } from '../clock';
import type { AppDeps } from '../context';
import { enqueueDueReminders } from '../modules/notifications/appointment-mail';
import { enqueue, enqueueWithChange } from './enqueue';
import { createJobRunner, LEASE_MS } from './runner';
import type { JobHandler } from './job-kinds';

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

describe.each(TEST_DATABASES)('job runner on $name', (kind) => {
  let t: TestApp;
  let others: DatabaseHandle[];
  const ran: string[] = [];
  const handlers: Record<string, JobHandler> = {
    count: async (_deps, p: { n: number }) => {
      ran.push(String(p.n));
      await new Promise((r) => setImmediate(r));
    },
    boom: () => Promise.reject(new Error('550 mailbox of maria@demo.clinic unavailable')),
    tick: () => {
      ran.push('tick');
      return Promise.resolve();
    },
  };
  beforeEach(async () => {
    t = await startTestApp(kind, {}, {}, { demo: false });
    others = [await openSameDatabase(t.handle), await openSameDatabase(t.handle)];
    ran.length = 0;
  });
  afterEach(async () => {
    for (const o of others) await o.close();
    await t.close();
  });
  const runner = (db = t.handle) =>
    createJobRunner(
      { ...t.deps, db: db.db, jobs: undefined, onBackgroundError: () => {} },
      { handlers, recurring: { tick: { everyMs: 60_000 } } },
    );

  it('runs each job once with three runners at work at the same time', async () => {
    for (let n = 0; n < 24; n++) await enqueue(t.deps, t.handle.db, { kind: 'count', payload: { n } });
    const runners = [runner(), runner(others[0]), runner(others[1])];
    const counts = await Promise.all(runners.map((r) => r.runDueJobs(TEST_NOW)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(24);
    expect(ran.sort()).toEqual(Array.from({ length: 24 }, (_, n) => String(n)).sort());
    expect(await listJobs(t.handle.db, ['queued', 'running', 'failed'], 50)).toEqual([]);
  });

  it('retries with backoff, then fails for good with the last error, which an admin may retry', async () => {
    await enqueue(t.deps, t.handle.db, { kind: 'boom', key: 'boom:1', payload: {}, maxAttempts: 3 });
    const r = runner();
    await r.runDueJobs(TEST_NOW);
    expect(await findJobByKey(t.handle.db, 'boom:1')).toMatchObject({
      state: 'queued',
      attempts: 1,
      run_at: toInstant(at(30_000)),
      last_error: '550 mailbox of [address] unavailable',
    });
    expect(await r.runDueJobs(at(29_000))).toBe(0);
    await r.runDueJobs(at(30_000));
    expect(await findJobByKey(t.handle.db, 'boom:1')).toMatchObject({
      attempts: 2,
      run_at: toInstant(at(90_000)),
    });
    await r.runDueJobs(at(90_000));
    expect(await findJobByKey(t.handle.db, 'boom:1')).toMatchObject({ state: 'failed', attempts: 3 });
    expect(await r.runDueJobs(at(10 * 3_600_000))).toBe(0);
  });

  it('runs a job again whose runner crashed once its lease ran out', async () => {
    await enqueue(t.deps, t.handle.db, { kind: 'count', key: 'crash', payload: { n: 7 } });
    const now = toInstant(TEST_NOW);
    await claimJobs(t.handle.db, t.handle.dialect, {
      now,
      owner: 'crashed',
      leaseUntil: toInstant(at(LEASE_MS)),
      limit: 1,
    });
    expect(await runner().runDueJobs(at(LEASE_MS - 1_000))).toBe(0);
    expect(await runner(others[0]).runDueJobs(at(LEASE_MS))).toBe(1);
    expect(ran).toEqual(['7']);
    expect(await findJobByKey(t.handle.db, 'crash')).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('keeps one row per recurring job, run by one runner and queued again for its next time', async () => {
    const runners = [runner(), runner(others[0]), runner(others[1])];
    await Promise.all(runners.map((r) => r.start()));
    await Promise.all(runners.map((r) => r.runDueJobs(TEST_NOW)));
    await Promise.all(runners.map((r) => r.stop()));
    expect(ran).toEqual(['tick']);
    expect(await findJobByKey(t.handle.db, 'recurring:tick')).toMatchObject({
      state: 'queued',
      run_at: toInstant(at(60_000)),
    });
  });

  it("enqueues with a request's change: nothing when it rolls back, run once it commits", async () => {
    const r = runner();
    const deps = { ...t.deps, jobs: r };
    const db = t.handle.db;
    const change = (key: string, fail: boolean) =>
      unitOfWork(db, async () => {
        await openUnitOfWork(db);
        await enqueueWithChange(deps, { kind: 'count', key, payload: { n: key } });
        if (fail) throw new Error('the change was refused');
      });
    await expect(change('rolled-back', true)).rejects.toThrow('the change was refused');
    await change('committed', false);
    await r.runDueJobs(TEST_NOW);
    expect(await findJobByKey(db, 'rolled-back')).toBeUndefined();
    expect(ran).toEqual(['committed']);
  });

  it('stop() waits for the job in hand, then claims nothing', async () => {
    let release = () => {};
    let started = () => {};
    const inHand = new Promise<void>((r) => (started = r));
    const gate = new Promise<void>((r) => (release = r));
    const slow: JobHandler = async () => {
      started();
      await gate;
      ran.push('slow');
    };
    const r = createJobRunner({ ...t.deps, jobs: undefined }, { handlers: { ...handlers, slow } });
    await enqueue(t.deps, t.handle.db, { kind: 'slow', key: 'slow', payload: {} });
    const run = r.runDueJobs(TEST_NOW);
    await inHand;
    let stopped = false;
    const stopping = r.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    await run;
    expect(ran).toEqual(['slow']);
    expect(await findJobByKey(t.handle.db, 'slow')).toMatchObject({ state: 'done' });
    await enqueue(t.deps, t.handle.db, { kind: 'count', payload: { n: 2 } });
    expect(await r.runDueJobs(TEST_NOW)).toBe(0);
  });
});

describe.each(TEST_DATABASES)('reminders with three app processes on one $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, {}, { mailer: sinkMailer(sink) });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('sends each due reminder once, whichever process scans and runs', async () => {
    for (const email of ['alex@demo.clinic', 'maria@demo.clinic']) await bookFollowUp(t, email);
    await t.jobs.runDueJobs();
    const before = sink.messages.length;
    const handles = [t.handle, await openSameDatabase(t.handle), await openSameDatabase(t.handle)];
    try {
      const processes: AppDeps[] = handles.map((h) => ({ ...t.deps, db: h.db, jobs: undefined }));
      const scans = await Promise.all(processes.map((deps) => enqueueDueReminders(deps)));
      await Promise.all(
        processes.flatMap((deps) => [enqueueDueReminders(deps), createJobRunner(deps).runDueJobs()]),
      );
      await Promise.all(processes.map((deps) => createJobRunner(deps).runDueJobs()));
      const reminders = sink.messages.slice(before).filter((m) => /Reminder/.test(m.subject));
      const due = scans.reduce((a, b) => a + b, 0);
      expect(due).toBeGreaterThanOrEqual(2);
      expect(reminders.length).toBe(due);
      expect(new Set(reminders.map((m) => m.subject + m.to.join())).size).toBe(due);
      expect(await enqueueDueReminders(t.deps)).toBe(0);
    } finally {
      for (const h of handles.slice(1)) await h.close();
    }
  });
});
