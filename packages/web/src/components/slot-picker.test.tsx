import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Location, Provider, Slot } from '@omt/contracts';
import { renderAs } from '../test-support/render';
import { SlotPicker } from './slot-picker';

const location: Location = {
  id: 'cle',
  name: 'Cleveland',
  timeZone: 'America/New_York',
  address: '1 Euclid Ave',
  phone: '+1 216 555 0100',
  openingHours: [],
  retired: false,
};
const providers: Provider[] = [
  { id: 'still', displayName: 'Dr. Andrea Still', credential: 'DO', role: 'physician', locationIds: ['cle'] },
];
/** An open half hour on a New York wall-clock time in June (UTC−4). */
const slotAt = (day: string, hhmm: string): Slot => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const start = new Date(Date.UTC(2026, 5, Number(day), h + 4, m)).toISOString().replace('.000', '');
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString().replace('.000', '');
  return { start, end, providerId: 'still', locationId: 'cle', visitType: 'follow_up' };
};
const slots = [
  slotAt('2', '09:00'),
  slotAt('2', '09:30'),
  slotAt('2', '13:00'),
  slotAt('2', '17:30'),
  slotAt('3', '14:00'),
];

const pressed = (b: HTMLElement) => b.getAttribute('aria-pressed') === 'true';
const timesShown = () => screen.getAllByTestId('slot-button').map((b) => b.textContent?.split('with')[0]);

describe('SlotPicker', () => {
  it('groups a day’s times into morning, afternoon and evening, with counts, in the location’s zone', async () => {
    const { user } = renderAs(
      <SlotPicker
        slots={slots}
        location={location}
        providers={providers}
        selected={null}
        onSelect={() => {}}
      />,
    );
    const periods = within(screen.getByRole('group', { name: 'Time of day' })).getAllByRole('button');
    expect(periods.map((b) => b.textContent)).toEqual(['Morning (2)', 'Afternoon (1)', 'Evening (1)']);
    expect(periods.map(pressed)).toEqual([true, false, false]);
    expect(timesShown()).toEqual(['9:00 AM', '9:30 AM']);

    await user.click(screen.getByRole('button', { name: /^Evening/ }));
    expect(timesShown()).toEqual(['5:30 PM']);
    // The next day has only an afternoon: no period choice, its one time shown.
    await user.click(screen.getByRole('button', { name: /^Wed, Jun 3/ }));
    expect(screen.queryByRole('group', { name: 'Time of day' })).toBeNull();
    expect(timesShown()).toEqual(['2:00 PM']);
  });

  it('chooses a time with the keyboard alone', async () => {
    const onSelect = vi.fn();
    const { user } = renderAs(
      <SlotPicker
        slots={slots}
        location={location}
        providers={providers}
        selected={null}
        onSelect={onSelect}
      />,
    );
    // Tab: the two days, the three periods, then the times; Space chooses the afternoon, Enter its time.
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/^Tue, Jun 2/);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Afternoon (1)');
    await user.keyboard(' ');
    expect(pressed(screen.getByRole('button', { name: /^Afternoon/ }))).toBe(true);
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('1:00 PMwith Dr. Andrea Still');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(slots[2]);
  });

  it('shows the chosen time pressed, in its period', () => {
    renderAs(
      <SlotPicker
        slots={slots}
        location={location}
        providers={providers}
        selected={slots[3] ?? null}
        onSelect={() => {}}
      />,
    );
    expect(pressed(screen.getByRole('button', { name: /^Evening/ }))).toBe(true);
    expect(pressed(screen.getByRole('button', { name: /^5:30 PM/ }))).toBe(true);
  });

  it('speaks Spanish to a Spanish reader', () => {
    renderAs(
      <SlotPicker
        slots={slots}
        location={location}
        providers={providers}
        selected={null}
        onSelect={() => {}}
      />,
      { lang: 'es' },
    );
    const periods = within(screen.getByRole('group', { name: 'Hora del día' })).getAllByRole('button');
    expect(periods.map((b) => b.textContent)).toEqual(['Mañana (2)', 'Tarde (1)', 'Noche (1)']);
  });
});
