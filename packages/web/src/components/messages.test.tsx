import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ApiError } from '../api/client';
import { renderAs } from '../test-support/render';
import { ErrorAlert, useFieldMessage } from './messages';

const slotTaken = new ApiError(409, {
  code: 'slot_taken',
  message: 'Someone just booked this time. Choose another.',
});
const badPhone = new ApiError(400, {
  code: 'validation_failed',
  field: 'guardians.0.phone',
  message: 'Phone: must be a phone number',
});

/** A form field's message the way forms show it: under the field it names, nothing under another. */
function PhoneAndEmail({ error }: { error: unknown }) {
  const fieldMessage = useFieldMessage();
  return (
    <>
      <p data-testid="phone">{fieldMessage(error, 'guardians.0.phone') ?? '(none)'}</p>
      <p data-testid="email">{fieldMessage(error, 'guardians.0.email') ?? '(none)'}</p>
    </>
  );
}

describe('refusals in the reader’s language', () => {
  it('ErrorAlert announces a refusal in Spanish to a Spanish reader, with no English left', () => {
    renderAs(<ErrorAlert error={slotTaken} />, { lang: 'es' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Problema: Alguien acaba de reservar esta hora. Elija otra.');
    expect(alert.textContent).not.toMatch(/Someone|booked/);
  });

  it('ErrorAlert gives an English reader the server’s own sentence', () => {
    renderAs(<ErrorAlert error={slotTaken} title="Not booked:" />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Not booked: Someone just booked this time. Choose another.',
    );
  });

  it('ErrorAlert says a lost connection plainly in Spanish, and shows nothing without an error', () => {
    const { rerender } = renderAs(<ErrorAlert error={new TypeError('Failed to fetch')} />, { lang: 'es' });
    expect(screen.getByRole('alert').textContent).toContain('No se pudo conectar con la clínica');
    rerender(<ErrorAlert error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('useFieldMessage puts a field’s refusal, in Spanish, under that field only', () => {
    renderAs(<PhoneAndEmail error={badPhone} />, { lang: 'es' });
    expect(screen.getByTestId('phone').textContent).toBe(
      'Escriba un número de teléfono válido, por ejemplo (216) 555-0100.',
    );
    expect(screen.getByTestId('email').textContent).toBe('(none)');
  });
});
