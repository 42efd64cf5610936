import { describe, expect, it } from 'vitest';
import { OpenSlots } from './catalog';
import { expandSlots } from './slot-groups';

const group = (
  providerId: string,
  locationId: string,
  visitType: string,
  minutes: number,
  starts: string[],
) => ({
  providerId,
  locationId,
  visitType,
  minutes,
  starts,
});

describe('expandSlots', () => {
  it('gives one slot per start, sorted by start and then in the order of the groups, each ending after its visit', () => {
    const answer = OpenSlots.parse({
      groups: [
        group('prov-a', 'loc-1', 'consultation', 60, ['2026-06-02T13:00:00Z', '2026-06-02T23:30:00Z']),
        group('prov-a', 'loc-1', 'omt-follow-up', 30, ['2026-06-02T13:00:00Z']),
        group('prov-b', 'loc-2', 'omt-follow-up', 30, ['2026-06-02T12:30:00Z', '2026-06-02T13:00:00Z']),
      ],
    });
    expect(expandSlots(answer)).toEqual([
      {
        start: '2026-06-02T12:30:00Z',
        end: '2026-06-02T13:00:00Z',
        providerId: 'prov-b',
        locationId: 'loc-2',
        visitType: 'omt-follow-up',
      },
      {
        start: '2026-06-02T13:00:00Z',
        end: '2026-06-02T14:00:00Z',
        providerId: 'prov-a',
        locationId: 'loc-1',
        visitType: 'consultation',
      },
      {
        start: '2026-06-02T13:00:00Z',
        end: '2026-06-02T13:30:00Z',
        providerId: 'prov-a',
        locationId: 'loc-1',
        visitType: 'omt-follow-up',
      },
      {
        start: '2026-06-02T13:00:00Z',
        end: '2026-06-02T13:30:00Z',
        providerId: 'prov-b',
        locationId: 'loc-2',
        visitType: 'omt-follow-up',
      },
      // An end past midnight UTC is on the next day, written as the server writes instants.
      {
        start: '2026-06-02T23:30:00Z',
        end: '2026-06-03T00:30:00Z',
        providerId: 'prov-a',
        locationId: 'loc-1',
        visitType: 'consultation',
      },
    ]);
  });

  it('gives no slots for an answer with no groups or only empty ones', () => {
    expect(expandSlots({ groups: [] })).toEqual([]);
    expect(expandSlots({ groups: [group('prov-a', 'loc-1', 'omt-follow-up', 30, [])] })).toEqual([]);
  });

  it('keeps every slot of a large answer, each start once per group, in time order', () => {
    const starts = Array.from({ length: 960 }, (_, i) =>
      new Date(Date.UTC(2026, 5, 1, 12) + i * 30 * 60_000).toISOString().replace('.000Z', 'Z'),
    );
    const groups = Array.from({ length: 40 }, (_, p) =>
      group(
        `prov-${String(p).padStart(2, '0')}`,
        'loc-1',
        'omt-follow-up',
        30,
        starts.filter((_, i) => i % 5 !== p % 5),
      ),
    );
    const slots = expandSlots({ groups });
    expect(slots).toHaveLength(groups.reduce((n, g) => n + g.starts.length, 0));
    const keys = slots.map((s) => `${s.start} ${s.providerId}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
