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

describe('BookingFlow', () => {
  afterEach(() => vi.unstubAllGlobals());

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
