import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { options } from 'preact';

/** The app ships on Preact (packages/web/vite.config.ts): these tests must render on it too, not on React. */
describe('component tests', () => {
  it('render through Preact, Testing Library included', () => {
    const diffed = vi.spyOn(options, 'diffed');
    try {
      render(<p>Drawn by Preact</p>);
      expect(screen.getByText('Drawn by Preact')).toBeTruthy();
      expect(diffed.mock.calls.map(([vnode]) => vnode.type)).toContain('p');
    } finally {
      diffed.mockRestore();
    }
  });
});
