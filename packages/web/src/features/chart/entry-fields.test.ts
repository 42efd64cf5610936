import { describe, expect, it } from 'vitest';
import type { ChartEntry } from '@omt/contracts';
import { bodyOf, draftOf, fieldRule } from './entry-fields';

describe('chart entry form values', () => {
  it.each([
    [
      'empty optional fields go as null',
      'problem',
      { status: 'active', name: 'Back pain', onset: ' ', icd10: '' },
      { kind: 'problem', status: 'active', name: 'Back pain', onset: null, icd10: null },
    ],
    [
      'a year of digits goes as a number',
      'surgical_history',
      { status: 'active', description: 'Appendectomy', year: ' 2015 ' },
      { kind: 'surgical_history', status: 'active', description: 'Appendectomy', year: 2015 },
    ],
    [
      'a year with letters goes as typed, for the server to refuse by name',
      'medical_history',
      { status: 'active', description: 'Asthma', year: '19x5' },
      { kind: 'medical_history', status: 'active', description: 'Asthma', year: '19x5' },
    ],
    [
      'the anticoagulant box as a boolean',
      'medication',
      { status: 'stopped', name: 'Warfarin', dose: '5 mg', frequency: '', anticoagulant: true },
      {
        kind: 'medication',
        status: 'stopped',
        name: 'Warfarin',
        dose: '5 mg',
        frequency: null,
        anticoagulant: true,
      },
    ],
  ] as const)('%s', (_name, kind, draft, body) => {
    expect(bodyOf(kind, draft)).toEqual(body);
  });

  it('an entry read back fills the form, nulls as empty', () => {
    const entry = {
      kind: 'allergy',
      substance: 'Penicillin',
      reaction: null,
      severity: 'severe',
      status: 'inactive',
    } as unknown as ChartEntry;
    expect(draftOf('allergy', entry)).toEqual({
      status: 'inactive',
      substance: 'Penicillin',
      reaction: '',
      severity: 'severe',
    });
    expect(draftOf('medication', null)).toMatchObject({ status: 'active', name: '', anticoagulant: false });
  });

  it('a refusal is said under its field by the field’s label', () => {
    expect(fieldRule('Substance', 'substance: is required')).toBe('Substance is required');
    expect(fieldRule('Substance', undefined)).toBeUndefined();
  });
});
