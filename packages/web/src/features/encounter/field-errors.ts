import { ApiError } from '../../api/client';

/**
 * The server's message for one field, without the `field: ` prefix it carries for the summary
 * alert (e.g. `regions.2.segment: segment 'L9' is out of range` → `segment 'L9' is out of range`).
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.field !== field) return undefined;
  const prefix = `${field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** Whether the server's error names this field or one inside it (`discomfort` → `discomfort.description`). */
export function isFieldError(error: unknown, field: string): boolean {
  return error instanceof ApiError && (error.field === field || (error.field ?? '').startsWith(`${field}.`));
}
