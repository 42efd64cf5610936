import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

/** One error as an OperationOutcome; `expression` names the parameter or element at fault. */
export function operationOutcome(
  code: OperationOutcomeIssue['code'],
  diagnostics: string,
  expression?: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}
