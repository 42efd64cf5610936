import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, orderTimeline, pageTimeline } from './timeline';

const e = (at: string, key: string) => ({ at, key });

describe('timeline order: newest first, then the key, whatever order the sources gave', () => {
  it.each([
    [
      'by time',
      [e('2026-06-01T10:00:00Z', 'visit:a'), e('2026-06-02T09:00:00Z', 'note:b')],
      ['note:b', 'visit:a'],
    ],
    [
      'same instant: by key, so the order is the same on every read',
      [
        e('2026-06-01T10:00:00Z', 'visit:b'),
        e('2026-06-01T10:00:00Z', 'intake:z'),
        e('2026-06-01T10:00:00Z', 'visit:a'),
      ],
      ['intake:z', 'visit:a', 'visit:b'],
    ],
    ['empty', [], []],
  ])('%s', (_name, events, keys) => {
    expect(orderTimeline(events).map((x) => x.key)).toEqual(keys);
    expect(orderTimeline([...events].reverse()).map((x) => x.key)).toEqual(keys);
  });
});

describe('timeline pages', () => {
  const events = Array.from({ length: 7 }, (_, i) => e(`2026-06-0${(i % 3) + 1}T10:00:00Z`, `visit:${i}`));

  it('walks every event once, in order, across pages (ties at one instant included)', () => {
    const seen: string[] = [];
    let after: { at: string; key: string } | null = null;
    for (let n = 0; n < 10; n++) {
      const page = pageTimeline(events, after, 3);
      seen.push(...page.items.map((x) => x.key));
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor);
    }
    expect(seen).toEqual(orderTimeline(events).map((x) => x.key));
    expect(new Set(seen).size).toBe(events.length);
  });

  it('no next cursor on the last page', () => {
    expect(pageTimeline(events, null, 7).nextCursor).toBeNull();
    expect(pageTimeline(events, null, 6).nextCursor).not.toBeNull();
  });

  it('a cursor past the end gives an empty page', () => {
    expect(pageTimeline(events, e('2000-01-01T00:00:00Z', 'x'), 3)).toEqual({ items: [], nextCursor: null });
  });

  it('cursors round-trip, and junk is not a cursor', () => {
    const x = e('2026-06-01T10:00:00Z', 'note:1');
    expect(decodeCursor(encodeCursor(x))).toEqual(x);
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('[1,2]').toString('base64url'))).toBeNull();
  });
});
