/**
 * Reading what a FHIR client sends (FHIR R4 → the record's input): the shared helpers of the `from-*` mappings. A
 * mapping refuses what it cannot read with a FhirInputError naming the element (`Patient.name[0].family`); the
 * server then checks the values with the same rules as the REST API.
 */
import type { CodeableConcept } from '@medplum/fhirtypes';

/** Input a mapping cannot read: the element at fault as a FHIRPath expression, and the rule in words. */
export class FhirInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** Names the element of an input field: `givenName` → `Patient.name[0].given`. */
export type FhirPathOf = (field: string) => string;

/** The concept in words: its text, else the first coding's display, else its code. */
export function conceptText(c: CodeableConcept | undefined): string | undefined {
  const text = c?.text?.trim();
  if (text) return text;
  const coding = c?.coding?.find((x) => x.display?.trim()) ?? c?.coding?.find((x) => x.code?.trim());
  return (coding?.display ?? coding?.code)?.trim() || undefined;
}

/** The codes of a concept (any system). */
export const conceptCodes = (c: CodeableConcept | undefined): string[] =>
  (c?.coding ?? []).flatMap((x) => (x.code ? [x.code] : []));

/**
 * The id a literal reference names for its type: `Patient/abc` or an absolute URL ending in it (another server's
 * base is not checked: the id must exist here); null when it names another type or nothing.
 */
export function referenceId(reference: string | undefined, type: string): string | null {
  const m = reference ? /(?:^|\/)([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(reference) : null;
  return m && m[1] === type ? m[2]! : null;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of a FHIR date or dateTime (its day as written, the time dropped). */
export function datePart(dateTime: string | undefined): string | undefined {
  return dateTime ? dateTime.slice(0, 10) : undefined;
}

/** The R4 validator's first error of what a client sent (its element and the rule), or null when it is valid R4. */
export { firstFhirProblem, type FhirProblem } from '../questionnaire/fhir-validator';
