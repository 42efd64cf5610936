import { describe, expect, it } from 'vitest';
import { patientRefusal, rolesRefusal } from './refusal-words';

describe('refusals of access in plain words', () => {
  it.each([
    ['aftercare.read', "Your account may not see this patient's aftercare."],
    ['clinical.write', "Your account may not change this patient's clinical notes."],
    ['chart.header.read', "Your account may not see this patient's chart."],
    ['record.export', "Your account may not download this patient's record."],
    ['superbill.read', "Your account may not see this patient's superbills."],
  ] as const)('%s', (action, text) => {
    expect(patientRefusal(action)).toBe(text);
  });

  it('names the roles that may', () => {
    expect(rolesRefusal(['physician'])).toBe('Only physicians may do this.');
    expect(rolesRefusal(['front_desk', 'admin', 'physician'])).toBe(
      'Only the front desk, clinic admins or physicians may do this.',
    );
  });
});
