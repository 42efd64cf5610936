import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderAs } from '../../test-support/render';
import { BodyMap } from './body-map';
import { rowsOf } from './exam-rows';

describe('BodyMap', () => {
  it('makes each region a keyboard button: it takes focus, and Enter selects it', async () => {
    const onToggle = vi.fn();
    const { user } = renderAs(<BodyMap rows={rowsOf([])} selected={new Set()} onToggle={onToggle} />);
    const lumbar = screen.getByRole('button', { name: /^Lumbar: / });
    // SVG's attribute names are case-sensitive: only `tabindex` makes the region focusable.
    expect(lumbar.getAttribute('tabindex')).toBe('0');
    lumbar.focus();
    expect(document.activeElement).toBe(lumbar);
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledWith('lumbar');
  });
});
