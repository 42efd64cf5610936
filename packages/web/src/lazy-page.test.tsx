import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page';

const Page = () => null;

describe('a page loaded on first visit', () => {
  it('fetches its chunk once, whether preloaded or drawn first', async () => {
    const load = vi.fn(() => Promise.resolve({ Page }));
    const page = lazyPage(load, 'Page');
    const [a, b] = await Promise.all([page.preload(), page.preload()]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed fetch instead of keeping the failure', async () => {
    const load = vi
      .fn<() => Promise<{ Page: typeof Page }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ Page });
    const page = lazyPage(load, 'Page');
    await expect(page.preload()).rejects.toThrow('offline');
    await expect(page.preload()).resolves.toEqual({ Page });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
