/** Walks exported data (plain objects and arrays) for the tests that check citations and shown texts. */

export interface FoundString {
  /** Where the string sits, e.g. `SAFETY_RULES[3].source`. */
  path: string;
  key: string;
  value: string;
}

/** Every string reachable from `value` through plain objects and arrays; functions and class instances are skipped. */
export function collectStrings(value: unknown, path: string, key = ''): FoundString[] {
  const out: FoundString[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, p: string, k: string, depth: number): void => {
    if (typeof v === 'string') {
      out.push({ path: p, key: k, value: v });
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v) || depth > 8) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${p}[${i}]`, k, depth + 1));
      return;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return;
    for (const [childKey, child] of Object.entries(v)) walk(child, `${p}.${childKey}`, childKey, depth + 1);
  };
  walk(value, path, key, 0);
  return out;
}
