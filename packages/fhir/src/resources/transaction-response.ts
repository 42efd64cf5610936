import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';

/** What happened to one entry of a transaction. */
export interface EntryResponse {
  /** `201 Created`, `200 OK`. */
  status: string;
  /** `Patient/id` of what was created or found. */
  location?: string;
  /** A note for the client (e.g. what was not recorded). */
  outcome?: OperationOutcome;
}

/** A warning that does not fail the entry. */
export function warningOutcome(diagnostics: string, expression?: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'warning',
        code: 'informational',
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}

/** The answer to a transaction: one response per entry, in the order of the request. */
export function transactionResponseBundle(entries: EntryResponse[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: entries.map((response) => ({ response })),
  };
}
