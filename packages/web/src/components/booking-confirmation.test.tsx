import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { appointmentOf } from '../test-support/appointment';
import { renderAs } from '../test-support/render';
import { BookingConfirmation } from './booking-confirmation';

const intakeStep = (
  <a className="button-link" href="/portal/appointments/appt-1/intake">
    Fill in your intake form
  </a>
);

/** The calendar file behind a data: link, as the browser downloads it. */
const fileOf = (link: HTMLElement) =>
  decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:text\/calendar;charset=utf-8,/, ''));

describe('BookingConfirmation', () => {
  it('leads with the next step (fill in intake), focused on its heading, before what was booked', () => {
    renderAs(
      <BookingConfirmation booked={appointmentOf()} count={1} nextStep={intakeStep} onAnother={() => {}} />,
    );
    const heading = screen.getByRole('heading', { name: 'Booked' });
    expect(document.activeElement).toBe(heading);
    const intake = screen.getByRole('link', { name: 'Fill in your intake form' });
    const booked = screen.getByRole('status');
    const calendar = screen.getByRole('link', { name: 'Add to my calendar' });
    // Reading order: heading, the intake form, then the visit booked, then the calendar file.
    const order = [heading, intake, booked, calendar];
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]?.compareDocumentPosition(order[i] as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    }
    expect(booked.textContent).toBe(
      'Booked: Follow-up OMT for Alex Rivera on Tue, Jun 2, 2026, 9:00 AM (Cleveland time (America/New_York)).',
    );
    // No booking form left on screen.
    expect(screen.queryByRole('button', { name: /^Book$/ })).toBeNull();
  });

  it('offers the visit as a calendar file in UTC, titled in the reader’s language', () => {
    renderAs(
      <BookingConfirmation booked={appointmentOf()} count={1} nextStep={intakeStep} onAnother={() => {}} />,
      { lang: 'es' },
    );
    const link = screen.getByRole('link', { name: 'Añadir a mi calendario' });
    expect(link.getAttribute('download')).toBe('visit.ics');
    const ics = fileOf(link);
    expect(ics).toContain('\r\nDTSTART:20260602T130000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20260602T133000Z\r\n');
    expect(ics).toContain('\r\nSUMMARY:Follow-up OMT con Dr. Andrea Still\r\n');
  });

  it('points to the education article on what to expect at a visit, in the reader’s language', () => {
    renderAs(<BookingConfirmation booked={appointmentOf()} count={1} onAnother={() => {}} />, { lang: 'es' });
    const link = screen.getByRole('link', { name: /qué esperar en su primera visita/ });
    expect(link.getAttribute('href')).toBe('/education/first-visit');
  });

  it('says how many weekly visits were booked and books another on request', async () => {
    const onAnother = vi.fn();
    const { user } = renderAs(
      <BookingConfirmation booked={appointmentOf()} count={6} onAnother={onAnother} />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/6/);
    await user.click(screen.getByRole('button', { name: 'Book another visit' }));
    expect(onAnother).toHaveBeenCalledTimes(1);
  });
});
