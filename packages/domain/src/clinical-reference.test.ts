/**
 * Every citation names a row of docs/clinical-reference.md: the rule data (whatever the domain exports that
 * carries a `source` or a `*_SOURCE` constant) and every row id written anywhere in the source files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as domain from './index';
import { citedRows, parseClinicalReference, rowIdsIn, SAFETY_RULES } from './index';
import { CLINICAL_REFERENCE_ROWS } from './clinical-reference/rows.generated';
import { collectStrings } from './clinical-reference/collect-strings';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const markdown = readFileSync(join(ROOT, 'docs/clinical-reference.md'), 'utf8');
const reference = parseClinicalReference(markdown);
const rowIds = new Set(reference.rows.map((r) => r.id));

/** Every `source` field and every `*_SOURCE` string the domain exports. */
const CITATIONS = Object.entries(domain).flatMap(([name, value]) =>
  collectStrings(value, name, name).filter((s) => s.key === 'source' || /_SOURCE$/.test(s.key)),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist', '.tmp', 'data'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|md)$/.test(name) ? [path] : [];
  });
}
const FILES = ['packages', 'e2e', 'scripts', 'docs']
  .flatMap((d) => sourceFiles(join(ROOT, d)))
  .filter((f) => !/clinical-reference\.(md|test\.ts)$|rows\.generated\.ts$/.test(f));

describe('docs/clinical-reference.md', () => {
  it('has rows with unique ids, each with a fact and a listed primary source', () => {
    expect(reference.rows.length).toBeGreaterThan(100);
    expect(rowIds.size).toBe(reference.rows.length);
    const keys = new Set(reference.sources.map((s) => s.key));
    for (const row of reference.rows) {
      expect(row.fact, row.id).not.toBe('');
      expect(row.sourceKeys.length, `${row.id} names no source`).toBeGreaterThan(0);
      for (const key of row.sourceKeys)
        expect(keys.has(key), `${row.id} cites unknown source [${key}]`).toBe(true);
    }
  });

  it('gives every source a title, a year and a link or DOI', () => {
    for (const s of reference.sources) {
      expect(s.title, s.key).not.toBe('');
      expect(s.year, s.key).toMatch(/^(\d{4}|n\.d\.)/);
      expect(s.link, s.key).toMatch(/https?:\/\/|mirror path/);
    }
  });

  it('matches the generated rows module (run `npx tsx scripts/generate-clinical-reference.ts`)', () => {
    expect(CLINICAL_REFERENCE_ROWS).toEqual(citedRows(reference));
  });
});

describe('citations in the rule data', () => {
  it('collects the sources of every rule table', () => {
    const roots = new Set(CITATIONS.map((c) => c.path.split(/[.[]/)[0]));
    for (const table of [
      'SAFETY_RULES',
      'TECHNIQUES',
      'CONDITION_CATALOGUE',
      'REGIONS',
      'LOW_BACK_RED_FLAG_RULES',
      'NECK_RED_FLAG_RULES',
      'HEADACHE_RED_FLAG_RULES',
      'PHQ9_BANDS',
      'AFTERCARE_CONTENT',
      'CHECKIN_SYMPTOMS',
      'INTAKE_TEXT',
      'PREGNANCY_TEXT',
      'INFANT_TEXT',
    ])
      expect(roots.has(table), table).toBe(true);
    expect(CITATIONS.length).toBeGreaterThan(300);
  });

  it.each(CITATIONS.map((c) => [c.path, c.value] as const))('%s cites an existing row', (_path, source) => {
    const ids = rowIdsIn(source);
    expect(ids.length, `no citation in "${source}"`).toBeGreaterThan(0);
    for (const id of ids) expect(rowIds.has(id), `dangling citation ${id}`).toBe(true);
    // Written with cite('CR-…'): people see the row with its source's title and the evidence in plain words.
    expect(source, `write ${ids.join(', ')} as cite(...)`).toMatch(/^Clinical reference CR-[A-Z]+-\d+ — /);
  });

  it('every safety rule carries a citation', () => {
    for (const rule of SAFETY_RULES) expect(rowIdsIn(rule.source).length, rule.id).toBeGreaterThan(0);
  });

  it('fails on a dangling or missing citation (the check itself)', () => {
    const dangling = rowIdsIn('Clinical reference CR-HVLA-999').filter((id) => !rowIds.has(id));
    expect(dangling).toEqual(['CR-HVLA-999']);
    expect(rowIdsIn('omt-reference §3.3 row HVLA – general [T12]')).toEqual([]);
  });
});

describe('citations in the source files', () => {
  it.each(FILES.map((f) => [relative(ROOT, f), f] as const))('%s names only existing rows', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const dangling = [...new Set(rowIdsIn(text))].filter((id) => !rowIds.has(id));
    expect(dangling).toEqual([]);
    if (!/development-notes\.ts$|user-visible-text\.test\.ts$/.test(file))
      expect(text).not.toMatch(/omt-reference|product\.md/);
    // The web app, the server, FHIR and the contracts hold text people read: no development notes at all.
    if (/packages\/(web|server|fhir|contracts)\/src\//.test(file) && !/\.test\.tsx?$/.test(file))
      expect(text).not.toMatch(/UNCONFIRMED|[Ss]ource not confirmed|chosen here|[Dd]esign recommendation/);
  });
});
