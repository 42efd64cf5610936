import { describe, expect, it } from 'vitest';
import { LiveEvent } from '@omt/contracts';
import { API } from './endpoints';
import { apiQuery } from './query';
import { createTestQueryClient } from './query-client';
import { invalidateForLiveEvent } from './use-live-refresh';

/** A cache holding the worklist and a list the live events do not concern. */
function seeded() {
  const client = createTestQueryClient();
  const worklist = apiQuery(API.worklist).queryKey;
  const visits = apiQuery(API.listAppointments, { query: { from: 'a', to: 'b' } }).queryKey;
  client.setQueryData(worklist, { stamp: 's1' });
  client.setQueryData(visits, []);
  const stale = () => ({
    worklist: client.getQueryState(worklist)?.isInvalidated,
    visits: client.getQueryState(visits)?.isInvalidated,
  });
  return { client, stale };
}

describe('live events invalidate the queries they concern', () => {
  it.each(LiveEvent.shape.kind.options)('%s marks the worklist stale and leaves other lists', async (kind) => {
    const { client, stale } = seeded();
    await invalidateForLiveEvent(client, JSON.stringify({ kind, id: 'x-1' }));
    expect(stale()).toEqual({ worklist: true, visits: false });
  });

  it.each(['not json', '{"kind":"patient.deleted","id":"x"}', '{}'])('ignores the message %s', async (data) => {
    const { client, stale } = seeded();
    await invalidateForLiveEvent(client, data);
    expect(stale()).toEqual({ worklist: false, visits: false });
  });
});
