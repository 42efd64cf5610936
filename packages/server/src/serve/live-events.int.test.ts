import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { LISTENER_APPLICATION_NAME } from '@omt/db';
import type { TestApp } from '../test-support/test-app';
import { startTestApp } from '../test-support/test-app';
import { instanceOf, startTwoInstances } from '../test-support/instances';
import { bookFollowUp, submitIntake } from '../test-support/factories';
import { countOf, eventLine, eventStreamOf, readUntil, RESYNC_LINE } from '../test-support/event-stream';
import { EMERGENCY_FLAG, openSafetyTaskOf, submitEmergencyIntakeThenFail } from '../test-support/live-events';
import { logSink } from '../test-support/log-sink';
import { publishLive } from '../modules/worklists/live-events';
import { LIVE_CHANNEL } from '../modules/worklists/live-notice';

// Two app instances on one PostgreSQL database: an alarm raised through one reaches the streams open on the other.
describe('live events across two app instances on one PostgreSQL', () => {
  let url: string;
  let one: TestApp;
  let two: TestApp;
  let baseTwo: string;
  const log = logSink();
  beforeAll(async () => {
    ({ url, one, two } = await startTwoInstances({ logger: { stream: log.stream } }));
    baseTwo = await two.app.listen({ port: 0, host: '127.0.0.1' }); // ready: its listening connection is open
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  /** The server processes of the listening connections on the database now (each instance keeps one once ready). */
  const listening = async () =>
    (
      await sql<{ pid: number }>`select pid from pg_stat_activity
        where datname = current_database() and application_name = ${LISTENER_APPLICATION_NAME}
          and state = 'idle' and query = ${`listen ${LIVE_CHANNEL}`}`.execute(one.handle.db)
    ).rows.map((r) => r.pid);
  /** Polls until `n` connections listen, none of them among `gone`; fails after 5 s. */
  const untilListening = async (n: number, gone: number[] = []) => {
    const until = Date.now() + 5_000;
    for (;;) {
      const pids = await listening();
      if (pids.length === n && !pids.some((pid) => gone.includes(pid))) return;
      if (Date.now() > until)
        throw new Error(`listening: ${pids.join(', ')}; wanted ${n}, none of ${gone.join(', ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const heardOnTwo = async (kind: 'alert.raised', id: string, events: ReadableStream<Uint8Array>) =>
    readUntil(events, (s) => s.includes(eventLine(kind, id)));

  it('tells a clinician on instance two of a red-flag safety task raised through instance one, by ids only', async () => {
    const events = await eventStreamOf(baseTwo, await two.login('dr.kim@demo.clinic'));
    const appt = await bookFollowUp(one, 'alex@demo.clinic');
    const submitted = await submitIntake(one, await one.login('alex@demo.clinic'), appt.id, EMERGENCY_FLAG);
    expect(submitted.status).toBe(201);
    const task = await openSafetyTaskOf(one, appt.id);
    if (!task) throw new Error('no safety task');
    const text = await readUntil(events, (s) => s.includes(eventLine('safety_task.raised', task.id)));
    expect(countOf(text, 'safety_task.raised')).toBe(1);
    expect(text).not.toMatch(/Alex|Rivera|saddle/i);
  });

  it('tells instance two nothing of an intake whose request failed on instance one', async () => {
    const events = await eventStreamOf(baseTwo, await two.login('dr.kim@demo.clinic'));
    const appt = await bookFollowUp(one, 'alex@demo.clinic');
    await submitEmergencyIntakeThenFail(one, 'alex@demo.clinic', appt.id);
    expect(await openSafetyTaskOf(two, appt.id)).toBeUndefined();

    expect(
      (await submitIntake(one, await one.login('alex@demo.clinic'), appt.id, EMERGENCY_FLAG)).status,
    ).toBe(201);
    const task = await openSafetyTaskOf(one, appt.id);
    if (!task) throw new Error('no safety task');
    const text = await readUntil(events, (s) => s.includes(eventLine('safety_task.raised', task.id)));
    expect(countOf(text, 'safety_task.raised')).toBe(1);
  });

  it('ignores and logs a malformed notification (never its text), and hears the next event', async () => {
    const events = await eventStreamOf(baseTwo, await two.login('dr.kim@demo.clinic'));
    const from = randomUUID();
    const malformed = [
      'not json',
      JSON.stringify({ from, event: { kind: 'alert.raised', id: 'Alex Rivera' } }),
      JSON.stringify({ from, event: { kind: 'alert.raised', id: 'a1' }, patient: 'Alex Rivera' }),
      JSON.stringify({ from, event: { kind: 'patient.moved', id: 'a1' } }),
    ];
    for (const payload of malformed)
      await sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(one.handle.db);
    const id = randomUUID();
    await publishLive(one.deps, [{ kind: 'alert.raised', id }]);

    const text = await heardOnTwo('alert.raised', id, events);
    expect(countOf(text, 'alert.raised')).toBe(1);
    const ignored = log.lines.filter((line) => line.includes('malformed live event ignored'));
    expect(ignored).toHaveLength(malformed.length);
    expect(ignored.join('\n')).not.toMatch(/Alex|Rivera|not json/);
  });

  it('reconnects when its listening connection drops, and hears the next event', async () => {
    await untilListening(2);
    const before = await listening();
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and application_name = ${LISTENER_APPLICATION_NAME}`.execute(
      one.handle.db,
    );
    await untilListening(2, before);
    expect(log.lines.some((line) => line.includes('listening connection lost, reconnecting'))).toBe(true);

    const events = await eventStreamOf(baseTwo, await two.login('dr.kim@demo.clinic'));
    const id = randomUUID();
    await publishLive(one.deps, [{ kind: 'alert.raised', id }]);
    expect(countOf(await heardOnTwo('alert.raised', id, events), 'alert.raised')).toBe(1);
  });

  it('tells the streams of an instance that missed events while reconnecting to catch up, and the alarm is there to read', async () => {
    const appt = await bookFollowUp(one, 'alex@demo.clinic'); // instance one is ready: it listens too
    const alex = await one.login('alex@demo.clinic');
    await untilListening(2);
    const before = await listening();
    const events = await eventStreamOf(baseTwo, await two.login('dr.kim@demo.clinic'));
    // Returns once the listeners' server processes have ended; they reconnect half a second later at the earliest.
    await sql`select pg_terminate_backend(pid, 5000) from pg_stat_activity
      where datname = current_database() and application_name = ${LISTENER_APPLICATION_NAME}`.execute(
      one.handle.db,
    );
    expect((await submitIntake(one, alex, appt.id, EMERGENCY_FLAG)).status).toBe(201);

    const resync = `${RESYNC_LINE}\ndata: {}\n\n`;
    expect(await readUntil(events, (s) => s.includes(resync))).toContain(resync);
    await untilListening(2, before);
    // What the page reads again on that signal holds the red-flag task raised while instance two was not listening.
    expect(await openSafetyTaskOf(two, appt.id)).toEqual(expect.objectContaining({ id: expect.any(String) }));
    expect(log.lines.some((line) => line.includes('streams told to catch up'))).toBe(true);
  });

  it('ends the listening connection when an instance closes', async () => {
    await untilListening(2);
    const three = await startTestApp(instanceOf(url, false));
    await three.app.ready();
    await untilListening(3);
    await three.close();
    await untilListening(2);
  });
});
