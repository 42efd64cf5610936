import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { validateFhir } from '../test-support/validator';
import {
  LOCAL,
  auditAction,
  operationOutcome,
  searchsetBundle,
  toFhirAppointment,
  toFhirAuditEvent,
  toFhirPatient,
  toFhirPractitioner,
  toFhirPractitionerRole,
  toFhirSchedule,
  toFhirSlot,
} from '.';

const P = '0b1e4c1e-8f43-4a55-9a5c-3f0e2d8a9b10';
const U = '4f1e2d3c-0b9a-4877-8665-544332211000';

const role = toFhirPractitionerRole({
  id: 'a1b2c3d4e5f60718',
  provider_id: U,
  provider_role: 'resident',
  location_id: 'l-1',
  active: true,
  hours: [
    { weekday: 3, start_time: '13:00', end_time: '17:00' },
    { weekday: 1, start_time: '09:00', end_time: '12:30' },
  ],
});
const schedule = toFhirSchedule({
  id: 'a1b2c3d4e5f60718',
  provider_id: U,
  provider_name: 'Dr. Riley Resident',
  location_id: 'l-1',
  location_name: 'Cleveland',
  active: false,
});
const slot = toFhirSlot({
  id: 'hn3k0-a1b2c3d4e5f60718',
  schedule_id: 'a1b2c3d4e5f60718',
  visit_type: 'omt-follow-up',
  visit_type_name: 'OMT follow-up',
  start: '2026-06-02T14:00:00Z',
  end: '2026-06-02T14:30:00Z',
});
const audit = (over: Partial<Parameters<typeof toFhirAuditEvent>[0]> = {}) =>
  toFhirAuditEvent({
    id: 42,
    at: '2026-06-01T12:00:00Z',
    user_id: U,
    user_email: 'dr.still@demo.clinic',
    role: 'physician',
    action: 'appointment.read',
    patient_id: P,
    resource_type: 'fhir.Appointment',
    resource_id: 'a-1',
    outcome: 'allowed',
    detail: null,
    ...over,
  });

const samples: [string, Resource][] = [
  ['PractitionerRole', role],
  ['Schedule', schedule],
  ['Slot', slot],
  ['AuditEvent (a clinician read)', audit()],
  [
    'AuditEvent (the desk refused, with a detail)',
    audit({
      role: 'front_desk',
      user_email: 'frontdesk@demo.clinic',
      action: 'clinical.read',
      resource_type: 'encounter',
      outcome: 'denied',
      detail: 'why',
    }),
  ],
  [
    'AuditEvent (no login, no patient)',
    audit({
      user_id: null,
      user_email: null,
      role: null,
      action: 'auth.password_reset_requested',
      patient_id: null,
      resource_type: 'user',
      resource_id: null,
    }),
  ],
];

describe('FHIR R4 scheduling and audit mapping', () => {
  beforeAll(() => validateFhir(operationOutcome('invalid', 'warm-up')), 60_000);

  it.each(samples)('%s validates with 0 errors', (_name, resource) => {
    expect(() => validateFhir(resource)).not.toThrow();
  });

  it('a searchset Bundle with matches and included resources validates, the included ones in mode include', () => {
    const appointment = toFhirAppointment({
      id: 'a-1',
      patient_id: P,
      provider_id: U,
      location_id: 'l-1',
      visit_type: 'omt-follow-up',
      visit_type_name: 'OMT follow-up',
      start_at: '2026-06-02T14:00:00Z',
      end_at: '2026-06-02T14:30:00Z',
      status: 'booked',
      created_at: '2026-06-01T12:00:00Z',
      cancel_reason: null,
    });
    const patient = toFhirPatient({
      id: P,
      given_name: 'Alex',
      family_name: 'Rivera',
      birth_date: '1988-04-12',
      sex: 'male',
      email: null,
      phone: null,
      preferred_language: 'en',
      active: 1,
    });
    const practitioner = toFhirPractitioner({
      id: U,
      display_name: 'Dr. Andrea Still',
      credential: 'DO',
      npi: null,
      status: 'active',
    });
    const bundle = searchsetBundle(
      'https://x/fhir/R4',
      [appointment, slot],
      2,
      { self: 'https://x/fhir/R4/Appointment?_include=Appointment:patient' },
      [patient, practitioner, role, schedule, audit()],
    );
    expect(() => validateFhir(bundle)).not.toThrow();
    expect(bundle.entry?.map((e) => e.search?.mode)).toEqual([
      'match',
      'match',
      'include',
      'include',
      'include',
      'include',
      'include',
    ]);
    expect(bundle.total).toBe(2);
  });

  it('says a role and its weekly hours without inventing a code', () => {
    expect(role.code).toEqual([{ text: 'Resident physician' }]);
    expect(role.specialty).toBeUndefined();
    expect(role.availableTime).toEqual([
      { daysOfWeek: ['mon'], availableStartTime: '09:00:00', availableEndTime: '12:30:00' },
      { daysOfWeek: ['wed'], availableStartTime: '13:00:00', availableEndTime: '17:00:00' },
    ]);
  });

  it('names the visit type of a Slot in the clinic code system and its Schedule by reference', () => {
    expect(slot.serviceType?.[0]?.coding?.[0]).toEqual({ system: LOCAL.visitType, code: 'omt-follow-up' });
    expect(slot.schedule.reference).toBe('Schedule/a1b2c3d4e5f60718');
    expect(schedule.actor.map((a) => a.reference)).toEqual([`Practitioner/${U}`, 'Location/l-1']);
  });

  it('maps audit rows: actions to C/R/U/D/E, refusals to outcome 4, API reads to references', () => {
    expect(
      [
        'registration.self',
        'clinical.read',
        'record.export',
        'closure.delete',
        'smart.purge',
        'auth.login',
        'chart.write',
      ].map(auditAction),
    ).toEqual(['C', 'R', 'R', 'D', 'D', 'E', 'U']);
    const read = audit();
    expect(read.outcome).toBe('0');
    expect(read.agent[0]?.who?.reference).toBe(`Practitioner/${U}`);
    expect(read.entity?.map((e) => e.what?.reference)).toEqual([`Patient/${P}`, 'Appointment/a-1']);
    const refused = audit({ role: 'front_desk', outcome: 'denied', resource_type: 'encounter' });
    expect(refused.outcome).toBe('4');
    expect(refused.agent[0]?.who).toEqual({
      identifier: { system: LOCAL.user, value: U },
      display: 'dr.still@demo.clinic',
    });
    expect(refused.entity?.[1]?.what).toEqual({
      identifier: { system: LOCAL.recordItem, value: 'a-1' },
      display: 'encounter',
    });
  });
});
