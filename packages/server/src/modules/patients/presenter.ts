import type { PatientRow } from '@omt/db';
import type {
  EmergencyContact,
  Guardian,
  Insurance,
  Patient,
  PatientAddress,
  PatientFactorsView,
  PatientSummary,
} from '@omt/contracts';
import { Temporal } from 'temporal-polyfill';
import { ageInDays, emptyPatientFactors, isConditionCode } from '@omt/domain';

const { ageDays: _ageDays, ...noRiskFactors } = emptyPatientFactors(0);

/** A patient with no safety factors recorded (the domain's empty set, as the API shows it). */
export const NO_FACTORS: PatientFactorsView = {
  ...noRiskFactors,
  anticoagulationCheck: null,
  conditions: [],
  pregnancyWeeks: null,
};

/** "34 y", "10 wk", "5 mo": how clinicians say an age. */
export function ageLabel(birthDate: string, today: string): string {
  const d = Temporal.PlainDate.from(birthDate).until(Temporal.PlainDate.from(today), {
    largestUnit: 'years',
  });
  if (d.years >= 2) return `${d.years} y`;
  const days = ageInDays(birthDate, today);
  if (days < 7 * 13) return `${Math.floor(days / 7)} wk`;
  return `${d.years * 12 + d.months} mo`;
}

const FACTOR_KEYS = new Set(Object.keys(NO_FACTORS));

/**
 * Stored factors over the empty set. Only the keys the API knows are read (an old key stored earlier would
 * otherwise come back in the form and be refused); condition codes no longer in the catalogue are dropped.
 */
export function parseFactors(json: string): PatientFactorsView {
  const stored = JSON.parse(json) as Record<string, unknown>;
  const known = Object.fromEntries(Object.entries(stored).filter(([k]) => FACTOR_KEYS.has(k)));
  const conditions = Array.isArray(stored.conditions) ? stored.conditions.filter(isConditionCode) : [];
  return { ...NO_FACTORS, ...(known as Partial<PatientFactorsView>), conditions };
}

export function patientName(p: Pick<PatientRow, 'given_name' | 'family_name'>): string {
  return `${p.given_name} ${p.family_name}`;
}

export function presentPatientSummary(p: PatientRow, today: string, relationship?: string): PatientSummary {
  return {
    id: p.id,
    name: patientName(p),
    birthDate: p.birth_date,
    ageLabel: ageLabel(p.birth_date, today),
    ...(relationship === 'self' || relationship === 'guardian' ? { relationship } : {}),
  };
}

export function presentPatient(p: PatientRow, today: string): Patient {
  return {
    id: p.id,
    name: patientName(p),
    givenName: p.given_name,
    familyName: p.family_name,
    birthDate: p.birth_date,
    ageLabel: ageLabel(p.birth_date, today),
    sex: (['female', 'male', 'other'].includes(p.sex) ? p.sex : 'unknown') as Patient['sex'],
    factors: parseFactors(p.factors_json),
    factorsVersion: p.factors_version,
    summary: p.summary,
    email: p.email,
    phone: p.phone,
    preferredLanguage: p.preferred_language === 'es' ? 'es' : 'en',
    ...parseDetails(p.details_json),
    version: p.version,
    active: p.active === 1,
    deactivatedAt: p.deactivated_at,
    deactivationReason: p.deactivation_reason,
    duplicateReview: p.duplicate_review_json
      ? (JSON.parse(p.duplicate_review_json) as Patient['duplicateReview'])
      : null,
  };
}

/** The registration details stored as one JSON document (`patients.details_json`, migration 0022). */
export interface PatientDetails {
  address: PatientAddress | null;
  emergencyContact: EmergencyContact | null;
  insurance: Insurance | null;
  guardians: Guardian[];
}

export function parseDetails(json: string): PatientDetails {
  const d = JSON.parse(json) as Partial<PatientDetails>;
  return {
    address: d.address ?? null,
    emergencyContact: d.emergencyContact ?? null,
    insurance: d.insurance ?? null,
    guardians: d.guardians ?? [],
  };
}

/** "a***@example.com": enough for the desk to tell two records apart without reading out someone's contact. */
export function maskEmail(email: string | null): string | null {
  if (!email) return null;
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** "***-***-0101": the last four digits only. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return `***-***-${phone.replace(/\D/g, '').slice(-4)}`;
}
