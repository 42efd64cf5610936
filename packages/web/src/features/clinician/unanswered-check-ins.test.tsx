import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { ScheduledCheckIn } from '@omt/contracts';
import { renderAs } from '../../test-support/render';
import { UnansweredCheckIns } from './unanswered-check-ins';

const ITEM: ScheduledCheckIn = {
  id: 'sc-1',
  encounterId: 'enc-1',
  patientId: 'p-1',
  patientName: 'Alex Rivera',
  day: 1,
  visitStart: '2026-06-01T13:00:00Z',
  timeZone: 'America/New_York',
  locationName: 'Cleveland',
  providerName: 'Dr. Andrea Still',
  dueAt: '2026-06-02T13:00:00Z',
  dayEndsAt: '2026-06-03T04:00:00Z',
  expiresAt: '2026-06-04T13:00:00Z',
  state: 'open',
  answeredAt: null,
};

function answer(status: number, body: unknown) {
  return vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
}

describe('UnansweredCheckIns', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each in the location zone and clears one from the keyboard', async () => {
    const fetch = answer(200, { ...ITEM });
    vi.stubGlobal('fetch', fetch);
    const onChanged = vi.fn();
    const { user } = renderAs(<UnansweredCheckIns items={[ITEM]} onChanged={onChanged} />);
    const row = screen.getByRole('row', { name: /Alex Rivera/ });
    expect(row.textContent).toContain('Mon, Jun 1, 2026, 9:00 AM Cleveland time (America/New_York)');
    expect(row.textContent).toContain('Day 1 (Tuesday, June 2)');
    screen.getByRole('button', { name: 'Clear the unanswered check-in of Alex Rivera' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Cleared the unanswered check-in of Alex Rivera.');
    expect(fetch).toHaveBeenCalledWith(
      '/api/scheduled-check-ins/sc-1/clear',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(onChanged).toHaveBeenCalled();
  });

  it("shows the server's refusal (cleared meanwhile) and says when there is nothing to clear", async () => {
    vi.stubGlobal(
      'fetch',
      answer(409, { code: 'already_acknowledged', message: 'this was already acknowledged' }),
    );
    const { user } = renderAs(<UnansweredCheckIns items={[ITEM]} onChanged={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /Clear the unanswered check-in/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Not cleared');
    renderAs(<UnansweredCheckIns items={[]} onChanged={() => undefined} />);
    screen.getByText('No unanswered first check-ins.');
  });
});
