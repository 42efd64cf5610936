import { describe, expect, it } from 'vitest';
import { reportedItems, reportedLines, splitAllergy, splitYear } from './intake-report';

describe('reported lines', () => {
  it('one item per line or ";", bullets and blanks dropped, each once', () => {
    expect(
      reportedLines('- Ibuprofen 400 mg twice a day\n\n• Warfarin 5 mg daily; ibuprofen 400 MG twice a day'),
    ).toEqual(['Ibuprofen 400 mg twice a day', 'Warfarin 5 mg daily']);
    expect(reportedLines(null)).toEqual([]);
    expect(reportedLines('   \n ')).toEqual([]);
  });

  it('keeps at most 30 items', () => {
    expect(reportedLines(Array.from({ length: 40 }, (_, i) => `med ${i}`).join('\n'))).toHaveLength(30);
  });
});

describe('allergy lines', () => {
  it.each([
    ['Penicillin - rash', { name: 'Penicillin', reaction: 'rash' }],
    ['Penicillin: hives', { name: 'Penicillin', reaction: 'hives' }],
    ['Peanuts (swelling)', { name: 'Peanuts', reaction: 'swelling' }],
    ['Latex', { name: 'Latex', reaction: null }],
    ['Co-trimoxazole', { name: 'Co-trimoxazole', reaction: null }],
  ])('%s', (line, expected) => expect(splitAllergy(line)).toEqual(expected));
});

describe('history lines', () => {
  it.each([
    ['Appendectomy 2015', { name: 'Appendectomy', year: 2015 }],
    ['Knee surgery (2019)', { name: 'Knee surgery', year: 2019 }],
    ['Asthma', { name: 'Asthma', year: null }],
    ['1998', { name: '1998', year: 1998 }],
  ])('%s', (line, expected) => expect(splitYear(line)).toEqual(expected));
});

describe('reported items', () => {
  it('medicines, allergies, illnesses and operations with stable keys', () => {
    const items = reportedItems({
      medications: 'Warfarin 5 mg daily',
      allergies: true,
      allergyList: 'Penicillin - rash',
      medicalHistory: 'Asthma',
      surgicalHistory: 'Appendectomy 2015',
    });
    expect(items).toEqual([
      {
        key: 'medication:warfarin 5 mg daily',
        kind: 'medication',
        name: 'Warfarin 5 mg daily',
        reaction: null,
        year: null,
      },
      { key: 'allergy:penicillin', kind: 'allergy', name: 'Penicillin', reaction: 'rash', year: null },
      { key: 'medical_history:asthma', kind: 'medical_history', name: 'Asthma', reaction: null, year: null },
      {
        key: 'surgical_history:appendectomy',
        kind: 'surgical_history',
        name: 'Appendectomy',
        reaction: null,
        year: 2015,
      },
    ]);
  });

  it('"no allergies" is an item of its own and ignores any list', () => {
    const items = reportedItems({
      medications: null,
      allergies: false,
      allergyList: 'Penicillin',
      medicalHistory: null,
      surgicalHistory: null,
    });
    expect(items.map((i) => i.key)).toEqual(['no_known_allergies:no known allergies']);
  });

  it('nothing reported (an older intake) → no items', () => {
    expect(reportedItems(null)).toEqual([]);
  });
});
