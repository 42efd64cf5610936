/**
 * A result another system sent in an import (migration 0052), served back as an Observation as it was sent: its
 * identifier, status, category and code, the value and when it was taken (either left out when a withdrawal, received
 * before any version of the result, did not say it). Ids are `ext-<row id>`: the intake's Observations are
 * `<intake id>.<score>`, so the two never meet.
 */
import type { Coding, Observation } from '@medplum/fhirtypes';
import { ref } from './references';

/** A row of `outside_observations` as the mapping reads it. */
export interface OutsideObservationSource {
  id: string;
  patient_id: string;
  identifier_system: string;
  identifier_value: string;
  status: string;
  category_json: string;
  code_json: string;
  code_text: string | null;
  value_kind: string;
  value_decimal: string | null;
  value_unit: string | null;
  value_unit_system: string | null;
  value_unit_code: string | null;
  value_text: string | null;
  effective: string;
}

const PREFIX = 'ext-';

export const outsideObservationId = (rowId: string) => `${PREFIX}${rowId}`;

/** The row id of an outside result's Observation id; null for any other id. */
export const outsideObservationRowId = (id: string): string | null =>
  id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null;

interface StoredCoding {
  system: string | null;
  code: string | null;
  display: string | null;
}

/** A stored coding without its empty parts (FHIR has no nulls). */
const coding = (c: StoredCoding): Coding => ({
  ...(c.system ? { system: c.system } : {}),
  ...(c.code ? { code: c.code } : {}),
  ...(c.display ? { display: c.display } : {}),
});

function valueOf(s: OutsideObservationSource): Partial<Observation> {
  if (s.value_kind === 'quantity') {
    return {
      valueQuantity: {
        value: Number(s.value_decimal),
        ...(s.value_unit ? { unit: s.value_unit } : {}),
        ...(s.value_unit_system ? { system: s.value_unit_system } : {}),
        ...(s.value_unit_code ? { code: s.value_unit_code } : {}),
      },
    };
  }
  if (s.value_kind === 'string') return { valueString: s.value_text ?? '' };
  if (s.value_kind === 'concept') return { valueCodeableConcept: { text: s.value_text ?? '' } };
  return {};
}

export function toFhirOutsideObservation(s: OutsideObservationSource): Observation {
  const category = (JSON.parse(s.category_json) as StoredCoding[]).map((c) => ({ coding: [coding(c)] }));
  const codings = (JSON.parse(s.code_json) as StoredCoding[]).map(coding);
  return {
    resourceType: 'Observation',
    id: outsideObservationId(s.id),
    identifier: [{ system: s.identifier_system, value: s.identifier_value }],
    status: s.status as Observation['status'],
    ...(category.length ? { category } : {}),
    code: {
      ...(codings.length ? { coding: codings } : {}),
      ...(s.code_text ? { text: s.code_text } : {}),
    },
    subject: ref('Patient', s.patient_id),
    ...(s.effective ? { effectiveDateTime: s.effective } : {}),
    ...valueOf(s),
  };
}
