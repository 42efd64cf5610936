import { describe, expect, it } from 'vitest';
import { endSentence } from './end-sentence';

describe('endSentence', () => {
  it.each([
    ['Low back pain, worse sitting.', 'Low back pain, worse sitting.'],
    ['Low back pain, worse sitting', 'Low back pain, worse sitting.'],
    ['worse sitting..', 'worse sitting.'],
    ['worse sitting. ', 'worse sitting.'],
    ['worse sitting,', 'worse sitting.'],
    ['worse sitting ;', 'worse sitting.'],
    ['Is it the disc?', 'Is it the disc?'],
    ['Pain!', 'Pain!'],
    ['  two   spaces  ', 'two spaces.'],
    ['', ''],
    ['  ', ''],
    ['...', ''],
  ])('%j → %j', (text, sentence) => {
    expect(endSentence(text)).toBe(sentence);
  });
});
