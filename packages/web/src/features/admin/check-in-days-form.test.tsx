import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderAs } from '../../test-support/render';
import { CheckInDaysForm } from './check-in-days-form';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

describe('CheckInDaysForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the saved days, refuses what is not whole days before sending, shows the rule the server names, saves', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => {
        if (init?.method !== 'PUT') return Promise.resolve(json(200, { days: [1, 3, 7] }));
        const body = JSON.parse(init.body as string) as { days: number[] };
        sent.push(body);
        return Promise.resolve(
          body.days[0] === 3
            ? json(400, {
                code: 'validation_failed',
                field: 'days',
                message: 'days: must be in increasing order without repeats',
              })
            : json(200, body),
        );
      }),
    );
    const { user } = renderAs(<CheckInDaysForm />);
    const input = await screen.findByLabelText('Days after each OMT visit');
    expect((input as HTMLInputElement).value).toBe('1, 3, 7');
    const save = screen.getByRole('button', { name: 'Save check-in days' });

    await user.clear(input);
    await user.type(input, '1 3 x{Enter}');
    await screen.findByText('write whole days separated by commas, e.g. 1, 3, 7');
    expect(sent).toEqual([]);

    await user.clear(input);
    await user.type(input, '3, 1');
    await user.click(save);
    await screen.findByText('must be in increasing order without repeats');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    await user.clear(input);
    await user.type(input, '2, 5{Enter}');
    await screen.findByText('Check-ins on day 2, 5 after each OMT visit signed from now on.');
    expect(sent).toEqual([{ days: [3, 1] }, { days: [2, 5] }]);
  });
});
