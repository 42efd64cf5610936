import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { Location, Provider } from '@omt/contracts';
import { appointmentOf } from '../../../test-support/appointment';
import { renderAs } from '../../../test-support/render';
import { CalendarGrid, type GridProps } from './calendar-grid';
import { wallToInstant } from './calendar-time';
import type { DragMove } from './use-drag-move';
import type { MoveMode } from './use-move-mode';

const NY = 'America/New_York';
const DAY = '2030-06-10'; // a Monday far ahead, so every open time can be booked
const location: Location = {
  id: 'cle',
  name: 'Cleveland',
  timeZone: NY,
  address: '1 Euclid Ave',
  phone: '+1 216 555 0100',
  openingHours: [],
  retired: false,
};
const providers: Provider[] = [
  { id: 'still', displayName: 'Dr. Still', credential: 'DO', role: 'physician', locationIds: ['cle'] },
  { id: 'kim', displayName: 'Dr. Kim', credential: 'DO', role: 'physician', locationIds: ['cle'] },
];
// Alex's visit with Dr. Still covers 9:30–10:30 (two rows).
const alex = appointmentOf({
  providerId: 'still',
  providerName: 'Dr. Still',
  start: wallToInstant(DAY, 570, NY),
  end: wallToInstant(DAY, 630, NY),
});
const idleMove: MoveMode = {
  moving: null,
  targets: [],
  busy: false,
  choose: () => {},
  moveTo: () => {},
  onKeyDown: () => {},
};
const noDrag: DragMove = {
  dragging: null,
  overKey: null,
  visitHandlers: () => ({ draggable: false }),
  cellHandlers: () => ({ onDragOver: () => {}, onDragLeave: () => {}, onDrop: () => {} }),
};

function renderGrid(over: Partial<GridProps> = {}) {
  const props: GridProps = {
    location,
    days: [DAY],
    providers,
    rows: [540, 570, 600, 630],
    visits: [alex],
    mode: idleMove,
    drag: noDrag,
    helpId: 'help',
    onOpenVisit: vi.fn(),
    onBookCell: vi.fn(),
    ...over,
  };
  const view = renderAs(
    <>
      <button type="button">Before</button>
      <CalendarGrid {...props} />
      <button type="button">After</button>
    </>,
  );
  return { ...view, props };
}

const open = (time: string, who: string) =>
  screen.getByRole('button', { name: `Book ${time} with ${who}, Mon, Jun 10` });
const visit = () => screen.getByTestId('calendar-visit');
const focused = () => document.activeElement;

describe('CalendarGrid keyboard', () => {
  it('is one Tab stop: Tab enters at the first visit and the next Tab leaves the grid', async () => {
    const { user } = renderGrid();
    const stops = [...document.querySelectorAll('table [tabindex="0"]')];
    expect(stops).toEqual([visit()]);
    expect(screen.getAllByTestId('calendar-open').every((b) => b.tabIndex === -1)).toBe(true);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(focused()).toBe(visit());
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'After' }));
  });

  it('moves with the arrow keys, Home and End, and Tab comes back to where it was left', async () => {
    const { user } = renderGrid();
    visit().focus();
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe(open('9:00 AM', 'Dr. Still'));
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe(visit());
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe(open('10:30 AM', 'Dr. Still'));
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(focused()).toBe(open('9:30 AM', 'Dr. Kim'));
    await user.keyboard('{End}');
    expect(focused()).toBe(open('10:30 AM', 'Dr. Kim'));
    await user.keyboard('{Home}');
    expect(focused()).toBe(open('9:00 AM', 'Dr. Kim'));
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe(open('9:00 AM', 'Dr. Still'));
    // The roving Tab stop follows focus: leaving and coming back lands on the same open time.
    expect(open('9:00 AM', 'Dr. Still').tabIndex).toBe(0);
    expect(visit().tabIndex).toBe(-1);
    await user.tab();
    await user.tab({ shift: true });
    expect(focused()).toBe(open('9:00 AM', 'Dr. Still'));
  });

  it('Enter books an open time there and opens a visit’s details', async () => {
    const { user, props } = renderGrid();
    visit().focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(props.onBookCell).toHaveBeenCalledWith({ day: DAY, providerId: 'kim', minute: 570 });
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(props.onOpenVisit).toHaveBeenCalledWith(alex);
  });

  it('without visits the first open time is the Tab stop', () => {
    renderGrid({ visits: [] });
    expect([...document.querySelectorAll('table [tabindex="0"]')]).toEqual([open('9:00 AM', 'Dr. Still')]);
  });
});
