import { describe, expect, it } from 'vitest';
import { clinicText } from '@omt/domain';
import { clinicWords } from './use-visit-type-text';

describe("the pages pick a visit type's words as the server does", () => {
  it.each([
    ['es', 'OMT follow-up', 'Seguimiento de OMT'],
    ['en', 'OMT follow-up', 'Seguimiento de OMT'],
    ['es', 'OMT follow-up', null],
    ['es', 'OMT follow-up', ' '],
  ] as const)('%s reader, %j / %j', (lang, en, es) => {
    expect(clinicWords(lang, en, es)).toBe(clinicText(lang, en, es));
  });
});
