import { describe, expect, it } from 'vitest';
import {
  DOT_PHRASE_SHORTCUT,
  expandDotPhrase,
  normalizeShortcut,
  replaceRange,
  shortcutBefore,
} from './dot-phrase';

const PHRASES = [
  { shortcut: '.lbp', body: 'Low back pain, mechanical.' },
  { shortcut: '.neck-f2', body: 'Neck pain follow-up.' },
];

describe('expandDotPhrase', () => {
  it.each([
    ['the whole text is the shortcut', '.lbp', 4, 'Low back pain, mechanical.', 26],
    ['after a word and a space', 'Hx: .lbp', 8, 'Hx: Low back pain, mechanical.', 30],
    ['after a new line', 'Line one\n.lbp', 13, 'Line one\nLow back pain, mechanical.', 35],
    ['typed in capitals', 'x .LBP', 6, 'x Low back pain, mechanical.', 28],
    ['with a hyphen', '.neck-f2', 8, 'Neck pain follow-up.', 20],
    ['in the middle, text after the caret kept', 'a .lbp b', 6, 'a Low back pain, mechanical. b', 28],
  ])('%s', (_name, text, caret, expected, expectedCaret) => {
    expect(expandDotPhrase(text, caret, PHRASES)).toEqual({ text: expected, caret: expectedCaret });
  });

  it.each([
    ['an unknown shortcut', '.xyz', 4],
    ['a dot inside a word (a decimal, an abbreviation)', 'L4.lbp', 6],
    ['the caret is not at the end of the shortcut', '.lbp', 3],
    ['no dot', 'lbp', 3],
    ['a lone dot', 'end.', 4],
    ['nothing typed', '', 0],
  ])('leaves the text alone for %s', (_name, text, caret) => {
    expect(expandDotPhrase(text, caret, PHRASES)).toBeNull();
  });
});

describe('shortcutBefore', () => {
  it('finds the shortcut and where it starts', () => {
    expect(shortcutBefore('Pain .lbp', 9)).toEqual({ start: 5, shortcut: '.lbp' });
  });
  it('refuses what the shortcut rule refuses', () => {
    expect(shortcutBefore('.-x', 3)).toBeNull();
  });
});

describe('shortcut rule', () => {
  it.each([
    ['.lbp', true],
    ['.neck-f2', true],
    ['.a', true],
    ['lbp', false],
    ['.', false],
    ['.Lbp', false],
    ['.lb p', false],
    ['.-lbp', false],
    [`.${'a'.repeat(25)}`, false],
  ])('%s → %s', (shortcut, ok) => {
    expect(DOT_PHRASE_SHORTCUT.test(shortcut)).toBe(ok);
  });

  it.each([
    ['LBP', '.lbp'],
    [' .Neck ', '.neck'],
    ['.lbp', '.lbp'],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeShortcut(raw)).toBe(expected);
  });
});

describe('replaceRange', () => {
  it('puts the insertion in place and the caret after it', () => {
    expect(replaceRange('abcdef', 2, 4, 'XY Z')).toEqual({ text: 'abXY Zef', caret: 6 });
  });
});
