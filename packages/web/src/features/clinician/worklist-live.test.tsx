import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { SafetyTask, User, Worklist as WorklistData } from '@omt/contracts';
import { LIVE_RESYNC_EVENT } from '@omt/contracts';
import { STREAM_REOPEN_MS } from '../../api/use-live-refresh';
import { SessionContext } from '../../session';
import { stubEventSource } from '../../test-support/event-source';
import { renderAs } from '../../test-support/render';
import { Worklist } from './worklist';

const DR_STILL: User = {
  id: 'u-still',
  email: 'dr.still@demo.clinic',
  role: 'physician',
  displayName: 'Dr. Andrea Still',
  credential: 'DO',
  patients: [],
  emailVerified: true,
};

const TASK: SafetyTask = {
  id: 'task-1',
  patientId: 'p-1',
  patientName: 'Alex Rivera',
  appointmentId: 'appt-1',
  assignedTo: { id: 'u-still', name: 'Dr. Andrea Still', supervisor: null },
  canAcknowledge: true,
  reason: 'Saddle numbness at intake',
  flag: null,
  createdAt: '2026-06-02T13:00:00Z',
  acknowledgedBy: null,
  acknowledgedAt: null,
  acknowledgement: { byName: null, outcome: null, note: null },
};

const worklistOf = (stamp: string, safetyTasks: SafetyTask[]): WorklistData => ({
  stamp,
  alerts: [],
  safetyTasks,
  unansweredCheckIns: [],
  acknowledged: { alerts: [], safetyTasks: [] },
});

/** The server's worklist as it stands now (the stamp and the list), which a test changes as the clinic would. */
function stubWorklistServer() {
  const server = { now: worklistOf('s1', []) };
  const answer = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
  const fetch = vi.fn((url: string) =>
    url === '/api/worklist/stamp' ? answer({ stamp: server.now.stamp }) : answer(server.now),
  );
  vi.stubGlobal('fetch', fetch);
  return server;
}

/** The worklist page with the list read, before anything was raised; its event stream asked for, not yet open. */
async function renderRead() {
  const server = stubWorklistServer();
  const streams = stubEventSource();
  renderAs(
    <SessionContext.Provider value={{ user: DR_STILL, logout: () => undefined, setUser: () => undefined }}>
      <Worklist />
    </SessionContext.Provider>,
  );
  await screen.findByText('No open safety tasks.');
  expect(streams.map((s) => s.url)).toEqual(['/api/events']);
  return { server, streams };
}

/** The worklist page with its event stream connected and the list read, before anything was raised. */
async function renderConnected() {
  const { server, streams } = await renderRead();
  streams[0]!.connect();
  await screen.findByText('Updates live.');
  return { server, streams };
}

const raisedTask = () => screen.findByRole('button', { name: 'Acknowledge safety task of Alex Rivera' });

describe('the worklist reads again what live events may have missed', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows a task raised between the first read and the stream opening, once it opens', async () => {
    const { server, streams } = await renderRead();
    server.now = worklistOf('s2', [TASK]);
    streams[0]!.connect();
    await raisedTask();
  });

  it("shows a safety task raised while the server's instance was not hearing the others, on its catch-up event", async () => {
    const { server, streams } = await renderConnected();
    server.now = worklistOf('s2', [TASK]);
    streams[0]!.send(LIVE_RESYNC_EVENT, '{}');
    await raisedTask();
  });

  it('shows a task raised while the browser reconnected its stream, once the stream is back', async () => {
    const { server, streams } = await renderConnected();
    streams[0]!.drop({ givenUp: false });
    await screen.findByText(/Connecting for live updates/);
    server.now = worklistOf('s2', [TASK]);
    streams[0]!.connect();
    await raisedTask();
    expect(streams).toHaveLength(1); // the browser reconnected it: no second stream
  });

  it('opens again a stream the browser gave up, and shows what was raised meanwhile once it is open', async () => {
    const { server, streams } = await renderConnected();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    streams[0]!.drop({ givenUp: true });
    vi.advanceTimersByTime(STREAM_REOPEN_MS - 1);
    expect(streams).toHaveLength(1);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    expect(streams.map((s) => s.url)).toEqual(['/api/events', '/api/events']);
    await screen.findByText(/Connecting for live updates/);

    server.now = worklistOf('s2', [TASK]);
    streams[1]!.connect();
    await raisedTask();
    await screen.findByText('Updates live.');
  });
});
