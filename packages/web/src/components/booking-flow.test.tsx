import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { renderAs } from '../test-support/render';
import { BookingFlow } from './booking-flow';

const LOCATION = {
  id: 'loc-1',
  name: 'Cleveland',
  address: '1 Euclid Ave',
  timeZone: 'America/New_York',
  openingHours: [],
};
const VISIT_TYPE = {
  id: 'omt-follow-up',
  name: 'OMT follow-up',
  durationMinutes: 30,
  description: '',
  performerIds: [],
};

/** The server, answering the catalogue at once and the patient's visit types when `answerVisitTypes` is called. */
function serverWithSlowVisitTypes() {
  let answerVisitTypes = () => {};
  const visitTypes = new Promise<void>((resolve) => (answerVisitTypes = resolve));
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.startsWith('/api/locations')) return json([LOCATION]);
      if (url.startsWith('/api/providers')) return json([]);
      if (url.startsWith('/api/visit-types')) {
        await visitTypes;
        return json([VISIT_TYPE]);
      }
      return new Response('{}', { status: 404 });
    }),
  );
  return { answerVisitTypes };
}

/** The server of a quiet clinic: two physicians at Cleveland with open times tomorrow, grouped as the server sends them. */
function serverWithOpenTimes() {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const at = (hhmm: string) => `${tomorrow}T${hhmm}:00Z`;
  const providers = [
    { id: 'kim', displayName: 'Dr. Kim', credential: 'DO', role: 'physician', locationIds: ['loc-1'] },
    { id: 'still', displayName: 'Dr. Still', credential: 'DO', role: 'physician', locationIds: ['loc-1'] },
  ];
  const groups = [
    {
      providerId: 'kim',
      locationId: 'loc-1',
      visitType: 'omt-follow-up',
      minutes: 30,
      starts: [at('15:00')],
    },
    {
      providerId: 'still',
      locationId: 'loc-1',
      visitType: 'omt-follow-up',
      minutes: 30,
      starts: [at('15:00'), at('15:30')],
    },
  ];
  const asked: string[] = [];
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (url.startsWith('/api/locations')) return json([LOCATION]);
      if (url.startsWith('/api/providers')) return json(providers);
      if (url.startsWith('/api/visit-types')) return json([VISIT_TYPE]);
      if (url.startsWith('/api/availability')) {
        asked.push(url);
        return json({ groups });
      }
      return new Response('{}', { status: 404 });
    }),
  );
  return { asked };
}

describe('BookingFlow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers each open time of the grouped answer with its provider, and confirms the one chosen with that provider', async () => {
    const server = serverWithOpenTimes();
    const { user } = renderAs(
      <BookingFlow patients={[{ id: 'pat-1', name: 'Alex Rivera', ageLabel: '42 y' }]} />,
    );
    await user.click(await screen.findByRole('radio', { name: /OMT follow-up/ }));
    await user.click(screen.getByRole('radio', { name: /Cleveland/ }));
    const times = await screen.findAllByTestId('slot-button');
    expect(server.asked[0]).toContain('visitType=omt-follow-up');
    expect(server.asked[0]).toContain('location=loc-1');
    // Three slots from two groups, in time order; at the shared time, Dr. Kim before Dr. Still.
    expect(times.map((b) => b.querySelector('.slot-who')?.textContent)).toEqual([
      'with Dr. Kim',
      'with Dr. Still',
      'with Dr. Still',
    ]);
    await user.click(times[2]!);
    expect(screen.getByText(/Dr\. Still/, { selector: '.confirm-box p' })).toBeTruthy();
  });

  it('appears whole, once the visit types are in too (nothing below it moves down), and says so once', async () => {
    const server = serverWithSlowVisitTypes();
    const onReady = vi.fn();
    renderAs(
      <BookingFlow patients={[{ id: 'pat-1', name: 'Alex Rivera', ageLabel: '42 y' }]} onReady={onReady} />,
    );
    await screen.findByText(/visit types and locations/);
    // The locations and providers are in and rendered (a few turns of the event loop), the visit types are not.
    for (let turn = 0; turn < 5; turn++) await act(() => new Promise((next) => setTimeout(next, 0)));
    expect(screen.getByText(/visit types and locations/)).toBeTruthy();
    expect(screen.queryByText('Location')).toBeNull();
    expect(onReady).not.toHaveBeenCalled();
    await act(() => Promise.resolve(server.answerVisitTypes()));
    expect(await screen.findByText('Location')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /OMT follow-up/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Cleveland/ })).toBeTruthy();
    // onReady is an effect of the render that drew the form: it runs after that render, not with it.
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
  });
});
