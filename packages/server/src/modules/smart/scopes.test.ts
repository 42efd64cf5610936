import { describe, expect, it } from 'vitest';
import { grantScopes, reachedTypes, scopesAllow } from './scopes';

const served = new Set(['Patient', 'Observation', 'Appointment']);
const known = (t: string) => served.has(t);

describe('SMART scopes', () => {
  it.each([
    ['patient/*.read', 'patient/*.read'],
    ['patient/*.rs', 'patient/*.rs'],
    ['launch/patient patient/Observation.rs', 'launch/patient patient/Observation.rs'],
    ['openid fhirUser patient/Patient.r offline_access online_access', 'patient/Patient.r offline_access'],
    ['user/*.read system/*.rs patient/*.sr', ''],
    ['patient/Observation.rs?category=laboratory patient/Unknown.rs', ''],
    ['patient/Patient.read patient/Patient.read', 'patient/Patient.read'],
    ['patient/Appointment.cruds patient/Patient.write', 'patient/Appointment.cruds patient/Patient.write'],
  ])('grants %j as %j', (asked, granted) => {
    expect(grantScopes(asked, known).scope).toBe(granted);
  });

  it('maps v1 and v2 permissions to interactions', () => {
    const { resources } = grantScopes(
      'patient/Patient.read patient/Observation.s patient/Appointment.*',
      known,
    );
    expect(scopesAllow(resources, 'Patient', 'r')).toBe(true);
    expect(scopesAllow(resources, 'Patient', 's')).toBe(true);
    expect(scopesAllow(resources, 'Patient', 'u')).toBe(false);
    expect(scopesAllow(resources, 'Observation', 'r')).toBe(false);
    expect(scopesAllow(resources, 'Observation', 's')).toBe(true);
    expect(scopesAllow(resources, 'Appointment', 'd')).toBe(true);
    expect(scopesAllow(resources, 'Encounter', 'r')).toBe(false);
  });

  it('lets a wildcard reach every type, and names reads and changes apart', () => {
    const { resources } = grantScopes('patient/*.rs patient/Appointment.c', known);
    expect(scopesAllow(resources, 'Encounter', 'r')).toBe(true);
    expect(reachedTypes(resources, ['Patient', 'Appointment'])).toEqual({
      read: ['Patient', 'Appointment'],
      change: ['Appointment'],
    });
  });
});
