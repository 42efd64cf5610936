import { describe, expect, it } from 'vitest';
import * as domain from '../index';

interface Pair {
  path: string;
  en: unknown;
  es: unknown;
}

/**
 * Every `{ en, es }` pair (or `{ text, es }`, `{ display, es }`) reachable from the domain's exports (aftercare, intake questions and choices, red-flag
 * questions, urgent-flag instructions, check-in advice, patients' words for regions and techniques, and whatever is
 * added later), with where it was found. An object holding only one of the two is a pair too, with the other missing.
 */
function bilingualPairs(): Pair[] {
  const pairs: Pair[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if ('en' in value || 'es' in value) {
      // The English is `en`, or an intake question's `text` or a choice's `display` beside its `es`.
      const pair = value as { en?: unknown; es?: unknown; text?: unknown; display?: unknown };
      pairs.push({ path, en: pair.en ?? pair.text ?? pair.display, es: pair.es });
    }
    for (const [key, child] of value instanceof Map ? value.entries() : Object.entries(value)) {
      walk(child, `${path}.${String(key)}`);
    }
  };
  for (const [name, value] of Object.entries(domain)) walk(value, name);
  return pairs;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The same shape in both languages: text for text (never empty, same placeholders), list for list of equal length. */
function expectSameShape(en: unknown, es: unknown, path: string) {
  if (typeof en === 'string') {
    expect(typeof es, `${path}: Spanish missing`).toBe('string');
    const spanish = es as string;
    expect(en.trim(), `${path}.en is empty`).not.toBe('');
    expect(spanish.trim(), `${path}.es is empty`).not.toBe('');
    expect(`${en}\n${spanish}`, path).not.toMatch(/TODO|UNCONFIRMED|FIXME|\.tsx?\b/);
    expect(placeholders(spanish), path).toEqual(placeholders(en));
    return;
  }
  if (Array.isArray(en)) {
    expect(Array.isArray(es), `${path}: Spanish is no list`).toBe(true);
    expect((es as unknown[]).length, `${path}: lists of different length`).toBe(en.length);
    en.forEach((item, i) => expectSameShape(item, (es as unknown[])[i], `${path}.${i}`));
    return;
  }
  if (typeof en === 'object' && en !== null) {
    expect(typeof es === 'object' && es !== null, `${path}: Spanish missing`).toBe(true);
    expect(Object.keys(es as object).sort(), `${path}: different keys`).toEqual(Object.keys(en).sort());
    for (const [key, item] of Object.entries(en)) {
      expectSameShape(item, (es as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return;
  }
  throw new Error(`${path}: English is ${String(en)}, not text`);
}

describe("the domain's bilingual texts", () => {
  const pairs = bilingualPairs();

  it('are found where patients read them', () => {
    const paths = pairs.map((p) => p.path).join('\n');
    expect(pairs.length).toBeGreaterThan(50);
    for (const where of [
      'AFTERCARE_CONTENT',
      'INTAKE_TEXT',
      'REGION_PATIENT_WORDS',
      'TECHNIQUE_PATIENT_WORDS',
      'CHECKIN_ADVICE',
      'LOW_BACK_RED_FLAG_QUESTIONS',
    ]) {
      expect(paths).toContain(where);
    }
  });

  it.each([
    ['a missing Spanish text', { en: 'Rest', es: undefined }],
    ['an empty Spanish text', { text: 'Rest', es: ' ' }],
    ['a different placeholder', { en: 'By {date}', es: 'El {fecha}' }],
    ['a shorter Spanish list', { en: ['a', 'b'], es: ['a'] }],
  ])('catch %s', (_what, pair) => {
    const en = 'en' in pair ? pair.en : pair.text;
    expect(() => expectSameShape(en, pair.es, 'example')).toThrow();
  });

  it('have both English and Spanish, of the same shape, never empty, with the same placeholders', () => {
    for (const pair of pairs) expectSameShape(pair.en, pair.es, pair.path);
  });
});
