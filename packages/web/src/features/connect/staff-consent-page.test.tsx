import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { SmartRequestView, User } from '@omt/contracts';
import { SessionContext } from '../../session';
import { renderAs } from '../../test-support/render';
import { StaffConsentPage } from './staff-consent-page';

const DESK: User = {
  id: 'u-desk',
  email: 'frontdesk@demo.clinic',
  role: 'front_desk',
  displayName: 'Jo Desk',
  credential: null,
  patients: [],
  emailVerified: true,
};

const REQUEST: SmartRequestView = {
  appName: 'Chart Helper',
  clientId: 'app-1',
  redirectOrigin: 'https://chart-helper.example',
  access: { read: ['Patient', 'Appointment'], change: ['Appointment'] },
  offline: true,
  identity: 'login',
  patients: [],
  leftOut: ['patient/Observation.rs'],
  expiresAt: '2026-03-02T10:15:00Z',
};

/** The server's answers in turn: the request, then the decision. */
function answers(...bodies: unknown[]) {
  const fetch = vi.fn();
  for (const body of bodies)
    fetch.mockImplementationOnce(() => Promise.resolve(new Response(JSON.stringify(body), { status: 200 })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const renderPage = () =>
  renderAs(
    <SessionContext.Provider value={{ user: DESK, logout: () => undefined, setUser: () => undefined }}>
      <StaffConsentPage handle="h-1" />
    </SessionContext.Provider>,
  );

describe('StaffConsentPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the app acts as this staff member, what it may read and change, for how long, and what is left out', async () => {
    answers(REQUEST);
    renderPage();
    await screen.findByRole('heading', { name: 'Let Chart Helper act as you?', level: 1 });
    expect(screen.getByText(/it acts as you \(Jo Desk, Front desk\)/)).toBeTruthy();
    const reads = screen.getByRole('region', { name: 'If you allow it, it may read:' });
    const [readList, changeList] = within(reads).getAllByRole('list');
    const items = (list: HTMLElement | undefined) =>
      within(list!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items(readList)).toEqual([
      "patients' personal details (name, birth date, contact)",
      'appointments',
    ]);
    expect(within(reads).getByRole('heading', { name: 'It may also add to or change:' })).toBeTruthy();
    expect(items(changeList)).toEqual(['appointments']);
    expect(screen.getByText(/keep working until you disconnect it/)).toBeTruthy();
    expect(
      screen.getByText('It will also be told that it is you who allowed it, so it can sign you in.'),
    ).toBeTruthy();
    const leftOut = screen.getByRole('region', { name: 'Not included' });
    expect(leftOut.textContent).toContain('patient/Observation.rs');
    expect(screen.getByRole('button', { name: 'Allow' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deny' })).toBeTruthy();
  });

  it('offers only going back when nothing it asked for can be allowed, and answers without a patient', async () => {
    const fetch = answers(
      { ...REQUEST, access: { read: [], change: [] }, leftOut: ['launch/patient', 'patient/*.rs'] },
      { redirectTo: 'https://chart-helper.example/cb?error=invalid_scope' },
    );
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    const { user } = renderPage();
    await screen.findByRole('heading', { name: 'Chart Helper cannot connect as you', level: 1 });
    expect(screen.queryByRole('button', { name: 'Allow' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Return to the app' }));
    await vi.waitFor(() =>
      expect(assign).toHaveBeenCalledWith(expect.stringContaining('error=invalid_scope')),
    );
    const [url, init] = fetch.mock.calls[1] as [string, RequestInit];
    expect(url).toBe('/api/smart/requests/h-1/decision');
    expect(JSON.parse(init.body as string)).toEqual({ allow: false });
  });
});
