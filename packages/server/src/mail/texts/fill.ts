import type { Lang } from '@omt/domain';

/** A text catalogue: the same keys in English and Spanish (a unit test checks both, and that none is empty). */
export type Catalogue<K extends string> = Record<Lang, Record<K, string>>;

/** Puts the values into a catalogue text's `{name}` placeholders; a placeholder without a value is an error. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    return String(value);
  });
}

/** The `{name}` placeholders a text uses, sorted. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
