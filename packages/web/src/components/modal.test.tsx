import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderAs } from '../test-support/render';
import { Modal } from './modal';

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Visit details
      </button>
      <Modal id="details" open={open} heading="Alex Rivera" onClose={() => setOpen(false)}>
        <button type="button">Check in</button>
      </Modal>
    </>
  );
}

const dialog = () => screen.getByRole<HTMLDialogElement>('dialog', { hidden: true });

describe('Modal and useModalDialog', () => {
  it('opens as a modal named by its heading, its content only while open', async () => {
    const { user } = renderAs(<Opener />);
    expect(dialog().open).toBe(false);
    expect(screen.queryByRole('button', { name: 'Check in', hidden: true })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Visit details' }));
    expect(dialog().open).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Alex Rivera' })).toBe(dialog());
    expect(screen.getByRole('button', { name: 'Check in' })).toBeTruthy();
  });

  it('Escape closes it and focus returns to the button that opened it', async () => {
    const { user } = renderAs(<Opener />);
    const opener = screen.getByRole('button', { name: 'Visit details' });
    opener.focus();
    await user.keyboard('{Enter}');
    expect(dialog().open).toBe(true);
    screen.getByRole('button', { name: 'Check in' }).focus();
    // Escape on a modal dialog makes the browser fire `cancel`; happy-dom has no such key handling, so the test does.
    fireEvent(dialog(), new Event('cancel', { cancelable: true }));
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('the Close button closes it and gives focus back too', async () => {
    const { user } = renderAs(<Opener />);
    const opener = screen.getByRole('button', { name: 'Visit details' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});
