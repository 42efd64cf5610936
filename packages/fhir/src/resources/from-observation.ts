/**
 * An Observation another system sends in an import, read as the record keeps it (migration 0052): its identifier
 * (by which a second import finds it), status, category and code as sent, the value (a quantity with its unit, a
 * string, or a concept in words), when it was taken, in UTC, when the sender made this version (`meta.lastUpdated`,
 * else `issued`), and the sending organisation's name when it gives one (migration 0061). One sent as entered-in-error
 * or cancelled withdraws the result its identifier names: the value and when it was taken may be left out of it. The
 * server checks the fields with the REST contract (`ImportedObservation`); a refusal names the element it came from.
 */
import type { Coding, Observation, Reference } from '@medplum/fhirtypes';
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
  /** The sending organisation's name, as the result gave it (`sourceNameOf`); null: it gave none. */
  sourceName: string | null;
}

/**
 * A result's withdrawal (`ResultWithdrawal` in the contracts): which result, when the sender withdrew it, and what it
 * says of the result (kept only when no version of it was received before).
 */
export interface WithdrawalFields extends Omit<ResultFields, 'status' | 'value' | 'effective'> {
  status: WithdrawnStatus;
  /** null: not sent, or a quantity without its number (a sender may blank the value it withdraws). */
  value: ResultFields['value'] | null;
  /** null: not sent. */
  effective: string | null;
}

export interface ObservationFromFhir {
  /** The patient's reference as sent (`Patient/id` or a `urn:uuid:` of the Bundle). */
  patient: string;
  patientPath: string;
  /** null: nothing is kept of it (withdrawn naming no result by an identifier); `skipped` says why. */
  fields: ResultFields | WithdrawalFields | null;
  skipped: string | null;
  pathOf: FhirPathOf;
}

/** The statuses that withdraw a result: entered-in-error (it was wrong), cancelled (it was never completed). */
const WITHDRAWN = ['entered-in-error', 'cancelled'] as const;
type WithdrawnStatus = (typeof WITHDRAWN)[number];
const isWithdrawal = (status: string): status is WithdrawnStatus =>
  (WITHDRAWN as readonly string[]).includes(status);

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

/** When the result was taken, as sent; null when not sent. */
function sentEffectiveOf(o: Observation): { value: string; path: string } | null {
  if (o.effectiveDateTime) return { value: o.effectiveDateTime, path: 'Observation.effectiveDateTime' };
  if (o.effectiveInstant) return { value: o.effectiveInstant, path: 'Observation.effectiveInstant' };
  if (o.effectivePeriod?.start)
    return { value: o.effectivePeriod.start, path: 'Observation.effectivePeriod.start' };
  return null;
}

function effectiveOf(o: Observation): { value: string; path: string } {
  const effective = sentEffectiveOf(o);
  if (effective) return effective;
  throw new FhirInputError(
    'Observation.effective',
    'is required: when the result was taken (effectiveDateTime, effectiveInstant or effectivePeriod.start)',
  );
}

/** The value as sent; null when none of the kinds kept was sent. */
function sentValueOf(o: Observation): { value: ResultFields['value']; path: string } | null {
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
  return null;
}

function valueOf(o: Observation): { value: ResultFields['value']; path: string } {
  const value = sentValueOf(o);
  if (value) return value;
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

/** A reference's display, trimmed; null when it has none (or only spaces). */
const displayOf = (r: Reference | undefined) => r?.display?.trim() || null;

/**
 * Whether a reference names an Organization: by its `type`, or a `reference` such as `Organization/lab-1` (relative,
 * absolute, or of a version).
 */
const isOrganization = (r: Reference) =>
  r.type === 'Organization' || /(^|\/)Organization\/[^/]+(\/_history\/[^/]+)?$/.test(r.reference ?? '');

/**
 * Who sent the result, in words, and the element the words came from: the display of the organisation that issued the
 * result's identifier (`identifier.assigner`, the organisation behind the identifier's system), else of the first
 * performer that is an Organization (the lab responsible for it). null: the result named no organisation in words
 * (`meta.source` is a URI, no name).
 */
function sourceNameOf(o: Observation, idAt: number): { value: string | null; path: string } {
  const assigner = displayOf(o.identifier?.[idAt]?.assigner);
  if (assigner) return { value: assigner, path: `Observation.identifier[${idAt}].assigner.display` };
  const at = (o.performer ?? []).findIndex((p) => isOrganization(p) && displayOf(p));
  if (at >= 0) return { value: displayOf(o.performer![at]), path: `Observation.performer[${at}].display` };
  return { value: null, path: `Observation.identifier[${idAt}].assigner.display` };
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

/** Where a result's value and times came from: the value's element (null: none sent) and the times' elements. */
interface SentPaths {
  value: { value: ResultFields['value']; path: string } | null;
  effective: string;
  sentAt: string;
  sourceName: string;
}

/** Names the element each field of the result came from (`value.value` → `Observation.valueQuantity.value`). */
function resultPaths(o: Observation, idAt: number, sent: SentPaths): FhirPathOf {
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
        return sent.effective;
      case 'sentAt':
        return sent.sentAt;
      case 'sourceName':
        return sent.sourceName;
      case 'category':
        return categories[Number(first)] ?? 'Observation.category';
      case 'code':
        if (first === 'coding' && second !== undefined) return `Observation.code.coding[${second}]`;
        return first === 'text' ? 'Observation.code.text' : 'Observation.code';
      case 'value': {
        if (!sent.value) return 'Observation.value';
        const element = sent.value.value.kind === 'quantity' && first ? QUANTITY_ELEMENT[first] : undefined;
        return element ? `${sent.value.path}.${element}` : sent.value.path;
      }
      default:
        return 'Observation';
    }
  };
}

/**
 * What every result and withdrawal says of it as sent: its identifier, category, code, the sender's time and name.
 */
function sentOf(o: Observation, idAt: number) {
  const sentAt = sentAtOf(o);
  const sourceName = sourceNameOf(o, idAt);
  return {
    fields: {
      identifier: { system: o.identifier![idAt]!.system!, value: o.identifier![idAt]!.value! },
      category: (o.category ?? []).flatMap((c) => (c.coding ?? []).map(codingFields)),
      code: { coding: (o.code.coding ?? []).map(codingFields), text: o.code.text ?? null },
      sentAt: sentAt.value === null ? null : instantOf(sentAt.value, sentAt.path),
      sourceName: sourceName.value,
    },
    paths: { sentAt: sentAt.path, sourceName: sourceName.path },
  };
}

/**
 * A result sent as entered-in-error or cancelled: the withdrawal of the result its identifier names, whatever else it
 * says (a sender may leave out, or blank, the value it withdraws, and when it was taken). Without an identifier it
 * names no result: nothing is kept of it.
 */
function withdrawalOf(
  o: Observation,
  status: WithdrawnStatus,
  idAt: number,
  base: Pick<ObservationFromFhir, 'patient' | 'patientPath'>,
): ObservationFromFhir {
  if (idAt < 0) {
    return {
      ...base,
      fields: null,
      skipped: `not recorded: the observation is ${status} and names no result by an identifier with system and value`,
      pathOf: () => 'Observation',
    };
  }
  const sent = sentOf(o, idAt);
  const effective = sentEffectiveOf(o);
  const value = sentValueOf(o);
  const blanked = value?.value.kind === 'quantity' && value.value.value === undefined;
  const fields: WithdrawalFields = {
    ...sent.fields,
    status,
    value: value && !blanked ? value.value : null,
    effective: effective ? utcOf(effective.value, effective.path) : null,
  };
  const pathOf = resultPaths(o, idAt, {
    value: blanked ? null : value,
    effective: effective?.path ?? 'Observation.effective',
    ...sent.paths,
  });
  return { ...base, fields, skipped: null, pathOf };
}

/**
 * Reads a result of another system, or its withdrawal (entered-in-error or cancelled); refuses (naming the element)
 * what cannot be kept as sent.
 */
export function fromFhirObservation(o: Observation): ObservationFromFhir {
  const patient = patientOf(o.subject, 'Observation.subject');
  const base = { patient, patientPath: 'Observation.subject' };
  const idAt = (o.identifier ?? []).findIndex((i) => i.system && i.value);
  if (isWithdrawal(o.status)) return withdrawalOf(o, o.status, idAt, base);
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
  const sent = sentOf(o, idAt);
  const pathOf = resultPaths(o, idAt, { value, effective: effective.path, ...sent.paths });
  return {
    ...base,
    fields: {
      ...sent.fields,
      status: o.status,
      value: value.value,
      effective: utcOf(effective.value, effective.path),
    },
    skipped: null,
    pathOf,
  };
}
