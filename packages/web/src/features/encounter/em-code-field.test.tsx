import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { ApiError } from '../../api/client';
import { renderAs } from '../../test-support/render';
import type { NoteDraft } from './note-draft';
import { EmCodeField } from './note-fields';

function draftOf(over: Partial<NoteDraft> = {}): NoteDraft {
  return {
    fields: { hpi: '', assessment: '', plan: '', emNote: 'Raised blood pressure evaluated.', emCode: '' },
    change: vi.fn(),
    error: null,
    readOnly: false,
    ...over,
  } as unknown as NoteDraft;
}

describe('EmCodeField', () => {
  it('is labelled, takes digits as typed (spaces dropped) into the draft', async () => {
    const draft = draftOf();
    const { user } = renderAs(<EmCodeField draft={draft} />);
    const input = screen.getByLabelText('E/M code (CPT, billed with modifier 25)');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('maxlength')).toBe('5');
    await user.type(input, ' ');
    expect(draft.change).toHaveBeenLastCalledWith('emCode', '');
    await user.type(input, '9');
    expect(draft.change).toHaveBeenLastCalledWith('emCode', '9');
  });

  it('shows the server’s refusal of the code on the field, without the field’s name in front', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      field: 'emCode',
      message: 'emCode: must be a CPT code of 5 digits',
    });
    renderAs(<EmCodeField draft={draftOf({ error, fields: { ...draftOf().fields, emCode: '9921' } })} />);
    const input = screen.getByLabelText('E/M code (CPT, billed with modifier 25)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const message = described.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(message).toContain('must be a CPT code of 5 digits');
    expect(message).not.toContain('emCode:');
  });

  it('is read-only on a signed note', () => {
    renderAs(<EmCodeField draft={draftOf({ readOnly: true })} />);
    expect(screen.getByLabelText('E/M code (CPT, billed with modifier 25)').hasAttribute('readonly')).toBe(
      true,
    );
  });
});
