import { describe, expect, it } from 'vitest';
import { validateFhir } from '../test-support/validator';
import { toFhirLocationGroup } from './group';

const LOCATION = { id: 'loc-1', name: 'Cleveland Clinic Room', retired_at: null };

describe('a location as a Group of its patients', () => {
  it('is a valid actual Group of persons, a member per patient, counted', () => {
    const group = toFhirLocationGroup(LOCATION, ['p-1', 'p-2']);
    expect(() => validateFhir(group)).not.toThrow();
    expect(group).toMatchObject({ id: 'loc-1', type: 'person', actual: true, active: true, quantity: 2 });
    expect(group.member?.map((m) => m.entity.reference)).toEqual(['Patient/p-1', 'Patient/p-2']);
  });

  it('has no member list when nobody was seen there, and is inactive once the location is retired', () => {
    const group = toFhirLocationGroup({ ...LOCATION, retired_at: '2026-01-01T00:00:00Z' }, []);
    expect(() => validateFhir(group)).not.toThrow();
    expect(group).not.toHaveProperty('member');
    expect(group).toMatchObject({ active: false, quantity: 0 });
  });
});
