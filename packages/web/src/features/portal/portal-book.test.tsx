import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { User } from '@omt/contracts';
import { renderAs } from '../../test-support/render';
import { SessionContext } from '../../session';
import { PortalBook } from './portal-book';

const ALEX: User = {
  id: 'u-alex',
  email: 'alex@example.test',
  role: 'patient',
  displayName: 'Alex Rivera',
  credential: null,
  patients: [{ id: 'pat-1', name: 'Alex Rivera', relationship: 'self', ageLabel: '42 y' }],
  preferredLanguage: 'en',
  emailVerified: true,
} as User;

/** The server, counting what the page asks for. */
function countingServer() {
  const asked: string[] = [];
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      asked.push(url.split('?')[0]!);
      if (url.startsWith('/api/locations'))
        return json([
          {
            id: 'loc-1',
            name: 'Cleveland',
            address: '1 Euclid Ave',
            timeZone: 'America/New_York',
            openingHours: [],
          },
        ]);
      if (url.startsWith('/api/providers')) return json([]);
      if (url.startsWith('/api/visit-types'))
        return json([
          {
            id: 'omt-follow-up',
            name: 'OMT follow-up',
            durationMinutes: 30,
            description: '',
            performerIds: [],
          },
        ]);
      return new Response('{}', { status: 404 });
    }),
  );
  return { times: (path: string) => asked.filter((p) => p === path).length };
}

describe('PortalBook', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the locations and visit types once, though the booking form and the waitlist form both offer them', async () => {
    const server = countingServer();
    renderAs(
      <SessionContext.Provider value={{ user: ALEX, setUser: () => undefined, logout: () => undefined }}>
        <PortalBook />
      </SessionContext.Provider>,
    );
    // The waitlist form appears once the booking form is whole, and offers the same visit types.
    await screen.findByRole('heading', { name: /No time that suits you/ });
    expect(await screen.findAllByRole('radio', { name: /OMT follow-up/ })).toHaveLength(2);
    expect(server.times('/api/locations')).toBe(1);
    expect(server.times('/api/visit-types')).toBe(1);
    expect(server.times('/api/providers')).toBe(1);
  });
});
