/**
 * The path of the first string (or key) in parsed input that holds a NUL character, or null. PostgreSQL cannot store
 * one in text (it fails the query) and no field of ours means one, so input carrying it is refused up front.
 */
export function nulCharacterAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const at = nulCharacterAt(item, [...path, String(i)]);
      if (at) return at;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const at = nulCharacterAt(item, [...path, key]);
      if (at) return at;
    }
  }
  return null;
}
