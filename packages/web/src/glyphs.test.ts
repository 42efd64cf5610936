import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Symbols that the fonts the app names (system-ui and its fallbacks) often lack, so they render as empty boxes:
 * the "Miscellaneous Technical" block (⏳ ⏸ ⌛) and emoji pictographs. Words or the plainer symbols (⚠ ✓) say it.
 */
const BOXED = /[\u2300-\u23FF\u{1F000}-\u{1FAFF}]|\uFE0F/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('text shown in the web app', () => {
  it('uses no glyph that renders as a box', () => {
    const found = sources(join(__dirname))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${path}:${i + 1}` })),
      )
      .filter(({ line }) => BOXED.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(found).toEqual([]);
  });
});
