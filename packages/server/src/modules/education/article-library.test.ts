import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '@omt/domain';
import { ArticleContentError, ArticleLibrary, clinicArticleLibrary, loadArticles } from './article-library';
import { parseFrontMatter } from './front-matter';

const FIELDS = {
  title: 'Low back pain',
  summary: 'About low back pain.',
  kind: 'condition',
  reviewer: "Reviewed by the clinic's physicians",
  reviewed: '2026-11-30',
};

function article(
  over: Partial<Record<keyof typeof FIELDS, string | null>> = {},
  body = 'Some text.',
  lists = true,
) {
  const lines = ['---'];
  for (const [key, value] of Object.entries({ ...FIELDS, ...over }))
    if (value !== null) lines.push(`${key}: ${value}`);
  if (lists) lines.push('tags:', '  - condition', 'sources:', '  - A trial, 2013');
  lines.push('---', '', body);
  return lines.join('\n');
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadArticles(folder(files));
  } catch (error) {
    if (error instanceof ArticleContentError) return error.problems;
    throw error;
  }
  return [];
}

const GOOD = { 'back.en.md': article(), 'back.es.md': article({ title: 'Dolor lumbar' }) };

describe('the article loader refuses bad content', () => {
  it('accepts a well-formed pair', () => {
    expect(problemsOf(GOOD)).toEqual([]);
  });

  it.each([
    ['a missing language', { 'back.en.md': article() }, 'back: the es version is missing'],
    [
      'a missing title',
      { ...GOOD, 'back.es.md': article({ title: null }) },
      'back.es.md: front matter field "title" is missing',
    ],
    ['a missing reviewer', { ...GOOD, 'back.en.md': article({ reviewer: null }) }, '"reviewer" is missing'],
    [
      'a missing review date',
      { ...GOOD, 'back.en.md': article({ reviewed: null }) },
      '"reviewed" is missing',
    ],
    [
      'missing sources and tags',
      { ...GOOD, 'back.en.md': article({}, 'x', false) },
      '"sources" needs at least one',
    ],
    [
      'an impossible date',
      { ...GOOD, 'back.en.md': article({ reviewed: '2026-02-30' }) },
      'not "2026-02-30"',
    ],
    ['a date in another form', { ...GOOD, 'back.en.md': article({ reviewed: '30/11/2026' }) }, 'YYYY-MM-DD'],
    ['an unknown kind', { ...GOOD, 'back.en.md': article({ kind: 'misc' }) }, '"kind" must be one of'],
    [
      'a link to a missing article',
      { ...GOOD, 'back.en.md': article({}, 'See [neck](/education/neck).') },
      'links to a missing article "/education/neck"',
    ],
    [
      'a script link',
      { ...GOOD, 'back.en.md': article({}, '[x](javascript:alert(1))') },
      'a link must be /education/<slug> or https://',
    ],
    ['a development note', { ...GOOD, 'back.en.md': article({}, 'UNCONFIRMED: dose.') }, 'development note'],
    ['no body', { ...GOOD, 'back.en.md': article({}, '') }, 'has no text'],
    ['a badly named file', { ...GOOD, 'Back Pain.md': article() }, 'Back Pain.md: an article file is named'],
    [
      'an unknown field',
      { ...GOOD, 'back.en.md': article({ title: 'x' }).replace('---\n\n', 'author: me\n---\n\n') },
      'unknown front matter field "author"',
    ],
  ])('refuses %s', (_name, files, problem) => {
    expect(problemsOf(files).join('\n')).toContain(problem);
  });

  it('front matter must open the file and close', () => {
    expect(() => parseFrontMatter('title: x')).toThrow('must start with a front matter block');
    expect(() => parseFrontMatter('---\ntitle: x\n')).toThrow('not closed');
  });
});

describe('rendering and search', () => {
  it('escapes raw HTML in the Markdown and renders the rest', () => {
    const dir = folder({
      ...GOOD,
      'back.en.md': article(
        {},
        '# Head\n\n<script>alert(1)</script>\n\nA <b>bold</b> [link](/education/back).',
      ),
    });
    const html = new ArticleLibrary(loadArticles(dir)).read('back', 'en')?.html ?? '';
    expect(html).toContain('<h1>Head</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('<a href="/education/back">link</a>');
  });

  it('finds every word, without regard to case or accents, title hits first', () => {
    const lib = clinicArticleLibrary();
    expect(lib.list('es', 'CEFALEA').map((a) => a.slug)).toContain('headache');
    expect(lib.list('es', 'cefálea').map((a) => a.slug)).toContain('headache');
    expect(lib.list('en', 'low back')[0]?.slug).toBe('low-back-pain');
    expect(lib.list('en', 'zebra unicorn')).toEqual([]);
    // A word matches from its start: "script" does not find "prescription".
    expect(lib.list('en', '<script>')).toEqual([]);
    expect(lib.list('en', 'prescr').map((x) => x.slug)).toContain('low-back-pain');
    expect(lib.list('en').length).toBe(lib.slugs().length);
  });
});

describe("the clinic's own library", () => {
  const lib = clinicArticleLibrary();

  it('covers every technique of the catalogue, the conditions treated, the visit, aftercare and the comparison', () => {
    const slugs = new Set(lib.slugs());
    for (const id of TECHNIQUE_IDS) expect(slugs, id).toContain(`technique-${id.replace(/_/g, '-')}`);
    const topics = [
      'low-back-pain',
      'neck-pain',
      'headache',
      'pregnancy-back-pain',
      'infant-colic-feeding',
      'sports-injury',
    ];
    for (const slug of [...topics, 'first-visit', 'aftercare', 'omt-physical-therapy-chiropractic'])
      expect(slugs, slug).toContain(slug);
    for (const a of lib.list('es'))
      expect(lib.read(a.slug, 'es')?.reviewer).toBe('Revisado por los médicos de la clínica');
  });
});
