import { describe, expect, it } from 'vitest';
import { QueryObserver } from '@tanstack/react-query';
import { CHANGED_EVENT } from './client';
import { createQueryClient } from './query-client';

describe('the app query cache after a change', () => {
  it('drops the answers of screens not on view and keeps the one on view', () => {
    const client = createQueryClient();
    client.setQueryData(['api', 'GET', '/api/appointments'], ['intake: not yet filled in']);
    client.setQueryData(['api', 'GET', '/api/me'], { name: 'Alex' });
    const onView = new QueryObserver(client, {
      queryKey: ['api', 'GET', '/api/me'],
      queryFn: () => ({ name: 'Alex' }),
    });
    const stop = onView.subscribe(() => undefined);
    try {
      window.dispatchEvent(new Event(CHANGED_EVENT));
      expect(client.getQueryData(['api', 'GET', '/api/appointments'])).toBeUndefined();
      expect(client.getQueryData(['api', 'GET', '/api/me'])).toEqual({ name: 'Alex' });
    } finally {
      stop();
      client.clear();
    }
  });
});
