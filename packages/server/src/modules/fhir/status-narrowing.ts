/**
 * The stored statuses a search's `status` cannot match, for a reader to leave out in SQL: each occurrence's
 * comma-separated codes are any of them, the occurrences all hold. A superset of the matches is read; the search still
 * matches each value on the resources.
 */
export function statusesNotAsked(
  occurrences: readonly string[] | undefined,
  fhirStatusOf: Readonly<Record<string, string | undefined>>,
): string[] {
  if (!occurrences?.length) return [];
  const asked = occurrences.map(
    (raw) => new Set(raw.split(',').map((value) => value.slice(value.indexOf('|') + 1))),
  );
  return Object.entries(fhirStatusOf)
    .filter(([, code]) => code !== undefined && !asked.every((codes) => codes.has(code)))
    .map(([stored]) => stored);
}
