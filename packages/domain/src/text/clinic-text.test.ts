import { describe, expect, it } from 'vitest';
import { clinicText } from './clinic-text';

describe('the clinic’s own words in the reader’s language', () => {
  it.each([
    ['es', 'OMT follow-up', 'Seguimiento de OMT', 'Seguimiento de OMT'],
    ['en', 'OMT follow-up', 'Seguimiento de OMT', 'OMT follow-up'],
    ['es', 'OMT follow-up', null, 'OMT follow-up'],
    ['es', 'OMT follow-up', undefined, 'OMT follow-up'],
    ['es', 'OMT follow-up', '  ', 'OMT follow-up'],
  ] as const)('%s reader, English %j, Spanish %j: %j', (lang, en, es, shown) => {
    expect(clinicText(lang, en, es)).toBe(shown);
  });
});
