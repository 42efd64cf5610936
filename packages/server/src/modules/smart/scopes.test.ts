import { describe, expect, it } from 'vitest';
import { forLogin, grantScopes, reachedTypes, scopesAllow } from './scopes';

const served = new Set(['Patient', 'Observation', 'Appointment']);
const known = (t: string) => served.has(t);

describe('SMART scopes', () => {
  it.each([
    ['patient/*.read', 'patient/*.read'],
    ['patient/*.rs', 'patient/*.rs'],
    ['launch/patient patient/Observation.rs', 'launch/patient patient/Observation.rs'],
    [
      'openid fhirUser patient/Patient.r offline_access online_access',
      'openid fhirUser patient/Patient.r offline_access',
    ],
    ['user/*.read system/*.rs patient/*.sr', 'user/*.read'],
    ['user/Patient.rs user/Observation.read', 'user/Patient.rs user/Observation.read'],
    [
      'user/Appointment.cruds user/Patient.write user/*.*',
      'user/Appointment.cruds user/Patient.write user/*.*',
    ],
    ['user/Observation.sr user/Unknown.rs user/Patient.rs?name=x users/Patient.rs', ''],
    ['user/Patient.rs patient/Patient.rs', 'user/Patient.rs patient/Patient.rs'],
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

  it('tells user/ scopes from patient/ ones, v1 and v2 alike', () => {
    const { resources } = grantScopes('user/Patient.read patient/Observation.rs user/Appointment.*', known);
    expect(resources.map((r) => `${r.context}:${r.type}:${[...r.interactions].join('')}`)).toEqual([
      'user:Patient:rs',
      'patient:Observation:rs',
      'user:Appointment:cruds',
    ]);
  });

  it.each([
    [
      'launch/patient patient/Patient.rs user/Observation.rs offline_access',
      true,
      'user/Observation.rs offline_access',
      ['launch/patient', 'patient/Patient.rs'],
    ],
    ['patient/*.read launch/patient', true, '', ['patient/*.read', 'launch/patient']],
    ['user/*.rs patient/Patient.r', false, 'user/*.rs patient/Patient.r', []],
  ])('lets a login allow of %j (staff: %s) %j, leaving out %j', (scope, staff, kept, leftOut) => {
    expect(forLogin(scope, staff)).toEqual({ kept, leftOut });
  });
});
