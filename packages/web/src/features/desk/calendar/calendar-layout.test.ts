import { describe, expect, it } from 'vitest';
import { columnCells } from './calendar-layout';
import { NY, visitAt as at } from './test-support/visit-at';

describe('column cells', () => {
  const rows = [540, 570, 600, 630, 660];

  it('span a visit over the rows it covers and fill the rest with one-row cells', () => {
    const cells = columnCells(rows, [at('09:30', 60)], NY);
    expect(cells.map((c) => [c.row, c.span, c.items.length])).toEqual([
      [0, 1, 0],
      [1, 2, 1],
      [3, 1, 0],
      [4, 1, 0],
    ]);
  });

  it('share one cell between overlapping visits (a double booking by override)', () => {
    const cells = columnCells(rows, [at('09:00', 60), at('09:30', 60)], NY);
    expect(cells.map((c) => [c.row, c.span, c.items.length])).toEqual([
      [0, 3, 2],
      [3, 1, 0],
      [4, 1, 0],
    ]);
  });
});
