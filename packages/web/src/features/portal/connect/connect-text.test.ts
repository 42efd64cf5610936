import { describe, expect, it } from 'vitest';
import { CONNECT_TEXT } from './connect-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('connect texts', () => {
  it('has every text in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(CONNECT_TEXT.es).sort()).toEqual(Object.keys(CONNECT_TEXT.en).sort());
    for (const [key, english] of Object.entries(CONNECT_TEXT.en)) {
      const spanish = CONNECT_TEXT.es[key as keyof typeof CONNECT_TEXT.en];
      expect(english.trim(), key).not.toBe('');
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });
});
