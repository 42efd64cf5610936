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

describe('what an app may read, in words', () => {
  it.each(['en', 'es'] as const)('tells scores and results apart from the answers to forms (%s)', (lang) => {
    const t = CONNECT_TEXT[lang];
    expect(t.Observation).not.toBe(t.QuestionnaireResponse);
    expect(t.Observation.includes(t.QuestionnaireResponse)).toBe(false);
    expect(t.QuestionnaireResponse.includes(t.Observation)).toBe(false);
  });

  it.each(['en', 'es'] as const)('names no type by words another type extends (%s)', (lang) => {
    // Resource types are the capitalised keys (`Observation`); the rest are the pages' sentences.
    const words = Object.entries(CONNECT_TEXT[lang]).flatMap(([key, text]) =>
      /^[A-Z]/.test(key) ? [text] : [],
    );
    for (const a of words)
      for (const b of words) if (a !== b) expect(a.includes(b), `"${a}" holds "${b}"`).toBe(false);
  });
});
