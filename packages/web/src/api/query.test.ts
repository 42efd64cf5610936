import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { API } from './endpoints';
import { apiKey, apiQuery } from './query';
import { createTestQueryClient } from './query-client';

afterEach(() => vi.unstubAllGlobals());

describe('apiQuery keys', () => {
  it('gives two screens asking the same endpoint with the same params one key, in any property order', () => {
    const a = apiQuery(API.listAppointments, { query: { locationId: 'loc-1', from: 'a', to: 'b' } });
    const b = apiQuery(API.listAppointments, { query: { to: 'b', from: 'a', locationId: 'loc-1' } });
    expect(hashKey(a.queryKey)).toBe(hashKey(b.queryKey));
  });

  it.each([
    ['other params', apiQuery(API.getChart, { params: { id: 'p-2' } })],
    ['another endpoint', apiQuery(API.getPatient, { params: { id: 'p-1' } })],
  ])('keeps %s apart', (_, other) => {
    const one = apiQuery(API.getChart, { params: { id: 'p-1' } });
    expect(hashKey(one.queryKey)).not.toBe(hashKey(other.queryKey));
  });

  it("invalidating an endpoint marks every cached answer of it stale, and nothing else's", async () => {
    const client = createTestQueryClient();
    const day1 = apiQuery(API.listAppointments, { query: { from: '1', to: '2' } });
    const day2 = apiQuery(API.listAppointments, { query: { from: '2', to: '3' } });
    const chart = apiQuery(API.getChart, { params: { id: 'p-1' } });
    for (const q of [day1, day2, chart]) client.setQueryData(q.queryKey, []);
    await client.invalidateQueries({ queryKey: apiKey(API.listAppointments) });
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect([stale(day1.queryKey), stale(day2.queryKey), stale(chart.queryKey)]).toEqual([true, true, false]);
  });

  it('reads through the typed call: path and query from the options, the abort signal from the query', async () => {
    const seen: { url: string; signal: AbortSignal | null | undefined }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      seen.push({ url, signal: init.signal });
      const stamp = url === '/api/worklist/stamp';
      const body = stamp ? { stamp: 's1' } : { code: 'not_found', message: 'No such page' };
      return Promise.resolve(new Response(JSON.stringify(body), { status: stamp ? 200 : 404 }));
    });
    const controller = new AbortController();
    const { queryFn } = apiQuery(API.worklistStamp);
    await expect(queryFn({ signal: controller.signal })).resolves.toEqual({ stamp: 's1' });
    const audit = apiQuery(API.audit, { query: { page: 2, pageSize: 50 } });
    await expect(audit.queryFn({ signal: controller.signal })).rejects.toThrow('No such page');
    expect(seen.map((s) => s.url)).toEqual(['/api/worklist/stamp', '/api/audit?page=2&pageSize=50']);
    expect(seen[0]?.signal).toBe(controller.signal);
  });
});
