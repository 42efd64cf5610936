/**
 * An Observation another system sends in an import, read as the record keeps it (migration 0052): its identifier
 * (by which a second import finds it), status, category and code as sent, the value (a quantity with its unit, a
 * string, or a concept in words), when it was taken, in UTC, and when the sender made this version (`meta.lastUpdated`,
 * else `issued`). One sent as entered-in-error withdraws the kept result its identifier names: only the identifier and
 * the time are read of it. The server checks the fields with the REST contract (`ImportedObservation`); a refusal names
 * the element it came from.
 */
import type { Coding, Observation } from '@medplum/fhirtypes';
import { FhirInputError, conceptText, type FhirPathOf } from './from-fhir';
import { patientOf } from './from-chart';

interface CodingFields {
  system: string | null;
  code: string | null;
  display: string | null;
}

/** What the record keeps of a result (`ImportedResult` in the contracts, checked by the server). */
export interface ResultFields {
  identifier: { system: string; value: string };
  status: string;
  category: CodingFields[];
  code: { coding: CodingFields[]; text: string | null };
  value:
    | {
        kind: 'quantity';
        value: number | undefined;
        unit: string | null;
        unitSystem: string | null;
        unitCode: string | null;
      }
    | { kind: 'string' | 'concept'; text: string | undefined };
  effective: string;
  /** When the sender made this version: `meta.lastUpdated`, else `issued`, in UTC; null: neither given. */
  sentAt: string | null;
}

/** A result's withdrawal (`ResultWithdrawal` in the contracts): which result, and when the sender withdrew it. */
export interface WithdrawalFields {
  identifier: { system: string; value: string };
  status: 'entered-in-error';
  sentAt: string | null;
}

export interface ObservationFromFhir {
  /** The patient's reference as sent (`Patient/id` or a `urn:uuid:` of the Bundle). */
  patient: string;
  patientPath: string;
  /** null: nothing is kept of it (cancelled, or withdrawn naming no identifier); `skipped` says why. */
  fields: ResultFields | WithdrawalFields | null;
  skipped: string | null;
  pathOf: FhirPathOf;
}

const WITHDRAWN = 'entered-in-error';
const NOT_KEPT = ['cancelled'];

const codingFields = (c: Coding): CodingFields => ({
  system: c.system ?? null,
  code: c.code ?? null,
  display: c.display ?? null,
});

/** A FHIR dateTime or instant as a UTC instant; a date without a time stays as sent. */
function utcOf(dateTime: string, path: string): string {
  if (!dateTime.includes('T')) return dateTime;
  const at = new Date(dateTime);
  if (Number.isNaN(at.getTime())) throw new FhirInputError(path, 'must be a date and time with its zone');
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A FHIR instant (a date and time with its zone) in UTC. */
function instantOf(instant: string, path: string): string {
  if (!instant.includes('T'))
    throw new FhirInputError(path, 'must be an instant: a date and time with its zone');
  return utcOf(instant, path);
}

function effectiveOf(o: Observation): { value: string; path: string } {
  if (o.effectiveDateTime) return { value: o.effectiveDateTime, path: 'Observation.effectiveDateTime' };
  if (o.effectiveInstant) return { value: o.effectiveInstant, path: 'Observation.effectiveInstant' };
  if (o.effectivePeriod?.start)
    return { value: o.effectivePeriod.start, path: 'Observation.effectivePeriod.start' };
  throw new FhirInputError(
    'Observation.effective',
    'is required: when the result was taken (effectiveDateTime, effectiveInstant or effectivePeriod.start)',
  );
}

function valueOf(o: Observation): { value: ResultFields['value']; path: string } {
  if (o.valueQuantity) {
    const q = o.valueQuantity;
    return {
      value: {
        kind: 'quantity',
        value: q.value,
        unit: q.unit ?? null,
        unitSystem: q.system ?? null,
        unitCode: q.code ?? null,
      },
      path: 'Observation.valueQuantity',
    };
  }
  if (o.valueString !== undefined)
    return { value: { kind: 'string', text: o.valueString }, path: 'Observation.valueString' };
  if (o.valueCodeableConcept)
    return {
      value: { kind: 'concept', text: conceptText(o.valueCodeableConcept) },
      path: 'Observation.valueCodeableConcept',
    };
  throw new FhirInputError(
    'Observation.value',
    'must be valueQuantity, valueString or valueCodeableConcept: other values (and results given only in ' +
      'components) are not kept',
  );
}

/** When the sender made this version of the result: by which an older one sent late is told from a newer one. */
function sentAtOf(o: Observation): { value: string | null; path: string } {
  if (o.meta?.lastUpdated) return { value: o.meta.lastUpdated, path: 'Observation.meta.lastUpdated' };
  if (o.issued) return { value: o.issued, path: 'Observation.issued' };
  return { value: null, path: 'Observation.meta.lastUpdated' };
}

/** The element an identifier's field came from (`Observation.identifier[1].value`). */
const identifierPath = (idAt: number, field: string | undefined) =>
  `Observation.identifier[${idAt}]${field ? `.${field}` : ''}`;

/** The element of a quantity each field of the value came from. */
const QUANTITY_ELEMENT: Record<string, string> = {
  value: 'value',
  unit: 'unit',
  unitSystem: 'system',
  unitCode: 'code',
};

/** Names the element each field of the result came from (`value.value` → `Observation.valueQuantity.value`). */
function resultPaths(
  o: Observation,
  idAt: number,
  effectivePath: string,
  value: { value: ResultFields['value']; path: string },
  sentAtPath: string,
): FhirPathOf {
  const categories = (o.category ?? []).flatMap((c, i) =>
    (c.coding ?? []).map((_, j) => `Observation.category[${i}].coding[${j}]`),
  );
  return (field) => {
    const [head, first, second] = field.split('.');
    switch (head ?? '') {
      case 'identifier':
        return identifierPath(idAt, first);
      case 'status':
        return 'Observation.status';
      case 'effective':
        return effectivePath;
      case 'sentAt':
        return sentAtPath;
      case 'category':
        return categories[Number(first)] ?? 'Observation.category';
      case 'code':
        if (first === 'coding' && second !== undefined) return `Observation.code.coding[${second}]`;
        return first === 'text' ? 'Observation.code.text' : 'Observation.code';
      case 'value': {
        const element = value.value.kind === 'quantity' && first ? QUANTITY_ELEMENT[first] : undefined;
        return element ? `${value.path}.${element}` : value.path;
      }
      default:
        return 'Observation';
    }
  };
}

/**
 * A result sent as entered-in-error: the withdrawal of the kept result its identifier names, whatever else it says (a
 * sender may leave out the value it withdraws). Without an identifier it names no result: nothing is kept of it.
 */
function withdrawalOf(
  o: Observation,
  idAt: number,
  base: Pick<ObservationFromFhir, 'patient' | 'patientPath'>,
) {
  if (idAt < 0) {
    return {
      ...base,
      fields: null,
      skipped: `not recorded: the observation is ${WITHDRAWN} and names no result by an identifier with system and value`,
      pathOf: () => 'Observation',
    };
  }
  const sentAt = sentAtOf(o);
  const fields: WithdrawalFields = {
    identifier: { system: o.identifier![idAt]!.system!, value: o.identifier![idAt]!.value! },
    status: WITHDRAWN,
    sentAt: sentAt.value === null ? null : instantOf(sentAt.value, sentAt.path),
  };
  const pathOf: FhirPathOf = (field) => {
    const [head, first] = field.split('.');
    if (head === 'identifier') return identifierPath(idAt, first);
    return head === 'sentAt' ? sentAt.path : head === 'status' ? 'Observation.status' : 'Observation';
  };
  return { ...base, fields, skipped: null, pathOf };
}

/**
 * Reads a result of another system, or its withdrawal (entered-in-error); refuses (naming the element) what cannot be
 * kept as sent.
 */
export function fromFhirObservation(o: Observation): ObservationFromFhir {
  const patient = patientOf(o.subject, 'Observation.subject');
  const base = { patient, patientPath: 'Observation.subject' };
  if (NOT_KEPT.includes(o.status)) {
    return {
      ...base,
      fields: null,
      skipped: `not recorded: the observation is ${o.status}`,
      pathOf: () => 'Observation',
    };
  }
  const idAt = (o.identifier ?? []).findIndex((i) => i.system && i.value);
  if (o.status === WITHDRAWN) return withdrawalOf(o, idAt, base);
  if (idAt < 0) {
    throw new FhirInputError(
      'Observation.identifier',
      'an imported result needs an identifier with system and value, by which a second import finds it',
    );
  }
  if (!conceptText(o.code)) {
    throw new FhirInputError('Observation.code', 'needs words (text) or a coding with a display or code');
  }
  const effective = effectiveOf(o);
  const value = valueOf(o);
  const sentAt = sentAtOf(o);
  const pathOf = resultPaths(o, idAt, effective.path, value, sentAt.path);
  return {
    ...base,
    fields: {
      identifier: { system: o.identifier![idAt]!.system!, value: o.identifier![idAt]!.value! },
      status: o.status,
      category: (o.category ?? []).flatMap((c) => (c.coding ?? []).map(codingFields)),
      code: { coding: (o.code.coding ?? []).map(codingFields), text: o.code.text ?? null },
      value: value.value,
      effective: utcOf(effective.value, effective.path),
      sentAt: sentAt.value === null ? null : instantOf(sentAt.value, sentAt.path),
    },
    skipped: null,
    pathOf,
  };
}
