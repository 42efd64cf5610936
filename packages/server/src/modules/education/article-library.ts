import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ARTICLE_KINDS,
  type Article,
  type ArticleKind,
  type ArticleLang,
  type ArticleSummary,
} from '@omt/contracts';
import { parseFrontMatter } from './front-matter';
import { linksOf, plainText, renderArticle } from './render-article';

/** Where the clinic's articles live: `<slug>.<en|es>.md`, one file per language. */
export const ARTICLES_DIR = fileURLToPath(new URL('./articles/', import.meta.url));

const LANGS: readonly ArticleLang[] = ['en', 'es'];
const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(en|es)\.md$/;
const TEXT_FIELDS = ['title', 'summary', 'reviewer', 'reviewed', 'kind'] as const;
const LIST_FIELDS = ['sources', 'tags'] as const;
const KNOWN_FIELDS = new Set<string>([...TEXT_FIELDS, ...LIST_FIELDS]);
/** A link to another article, as the web app serves it. */
const ARTICLE_LINK = /^\/education\/([a-z0-9-]+)$/;
/** Words that belong to the team's work, never to a patient's page. */
/** Working notes that must never reach a reader (the last is the reference's word for a fact not yet confirmed). */
const DEVELOPMENT_NOTE = /\b(TODO|FIXME|XXX|TBD|UN(?=CONFIRMED\b)\w+)\b/;

interface LoadedArticle extends Article {
  /** The words without accents, lowercased, each after a space, for the search: title, summary, text. */
  search: { title: string; summary: string; text: string };
}

/** The articles failed their checks; the message lists every problem, one a line, each naming its file. */
export class ArticleContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The education articles have ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

/** Lowercase, without accents, so "lumbar" finds "Lumbar" and "cefalea" finds "cefálea". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The words of a text for the search, each after a space, so a search word matches the start of a word only. */
function searchWords(text: string): string {
  return ` ${foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function readOne(file: string, slug: string, lang: ArticleLang, source: string, problems: string[]) {
  const at = (message: string) => problems.push(`${file}: ${message}`);
  let parsed;
  try {
    parsed = parseFrontMatter(source);
  } catch (error) {
    at((error as Error).message);
    return null;
  }
  const { fields, body } = parsed;
  for (const key of Object.keys(fields))
    if (!KNOWN_FIELDS.has(key)) at(`unknown front matter field "${key}"`);
  const text = (key: (typeof TEXT_FIELDS)[number]) => {
    const value = fields[key];
    if (typeof value !== 'string' || !value) at(`front matter field "${key}" is missing`);
    return typeof value === 'string' ? value : '';
  };
  const list = (key: (typeof LIST_FIELDS)[number]) => {
    const value = fields[key];
    if (!Array.isArray(value) || value.length === 0)
      at(`front matter field "${key}" needs at least one "- item" line`);
    return Array.isArray(value) ? value : [];
  };
  const article = {
    slug,
    lang,
    title: text('title'),
    summary: text('summary'),
    reviewer: text('reviewer'),
    reviewed: text('reviewed'),
    kind: text('kind') as ArticleKind,
    sources: list('sources'),
    tags: list('tags'),
  };
  if (article.reviewed && !isCalendarDay(article.reviewed))
    at(`"reviewed" must be a calendar day written YYYY-MM-DD, not "${article.reviewed}"`);
  if (article.kind && !ARTICLE_KINDS.includes(article.kind))
    at(`"kind" must be one of ${ARTICLE_KINDS.join(', ')}, not "${article.kind}"`);
  if (!body) at('the article has no text below its front matter');
  if (DEVELOPMENT_NOTE.test(source)) at('the article carries a development note (TODO, FIXME, …)');
  return { ...article, body };
}

/** Reads and checks every article; throws ArticleContentError listing all problems found. */
export function loadArticles(dir: string): LoadedArticle[] {
  const problems: string[] = [];
  const read: Array<NonNullable<ReturnType<typeof readOne>>> = [];
  for (const file of readdirSync(dir).sort()) {
    const name = FILE_NAME.exec(file);
    if (!name) {
      problems.push(`${file}: an article file is named <slug>.<en|es>.md`);
      continue;
    }
    const one = readOne(
      file,
      name[1] ?? '',
      name[2] as ArticleLang,
      readFileSync(join(dir, file), 'utf8'),
      problems,
    );
    if (one) read.push(one);
  }
  const slugs = new Set(read.map((a) => a.slug));
  for (const slug of slugs) {
    const versions = read.filter((a) => a.slug === slug);
    for (const lang of LANGS)
      if (!versions.some((a) => a.lang === lang)) problems.push(`${slug}: the ${lang} version is missing`);
    if (new Set(versions.map((a) => a.kind)).size > 1)
      problems.push(`${slug}: the languages differ in "kind"`);
  }
  for (const a of read) {
    for (const href of linksOf(a.body)) {
      const target = ARTICLE_LINK.exec(href)?.[1];
      if (target !== undefined) {
        if (!slugs.has(target)) problems.push(`${a.slug}.${a.lang}.md: links to a missing article "${href}"`);
      } else if (!/^https:\/\//.test(href)) {
        problems.push(`${a.slug}.${a.lang}.md: a link must be /education/<slug> or https://, not "${href}"`);
      }
    }
  }
  if (problems.length) throw new ArticleContentError(problems);
  return read.map(({ body, ...a }) => ({
    ...a,
    html: renderArticle(body),
    search: {
      title: searchWords(a.title),
      summary: searchWords(a.summary),
      text: searchWords(plainText(body)),
    },
  }));
}

const KIND_ORDER: Record<ArticleKind, number> = { visit: 0, condition: 1, technique: 2 };

/** The loaded articles, listed and searched in a language. */
export class ArticleLibrary {
  constructor(private readonly articles: readonly LoadedArticle[]) {}

  /** Every article in the language, or those holding every word of `q`: title hits first, then summary, then text. */
  list(lang: ArticleLang, q?: string): ArticleSummary[] {
    const words = foldForSearch(q ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const has = (field: string, w: string) => field.includes(` ${w}`);
    const rank = (a: LoadedArticle): number => {
      const { title, summary, text } = a.search;
      if (words.every((w) => has(title, w))) return 0;
      if (words.every((w) => has(title, w) || has(summary, w))) return 1;
      return words.every((w) => has(title, w) || has(summary, w) || has(text, w)) ? 2 : -1;
    };
    return this.articles
      .filter((a) => a.lang === lang)
      .map((a) => ({ a, rank: rank(a) }))
      .filter((x) => x.rank >= 0)
      .sort(
        (x, y) =>
          x.rank - y.rank ||
          KIND_ORDER[x.a.kind] - KIND_ORDER[y.a.kind] ||
          x.a.title.localeCompare(y.a.title, lang),
      )
      .map(({ a }) => ({
        slug: a.slug,
        lang: a.lang,
        kind: a.kind,
        title: a.title,
        summary: a.summary,
        tags: a.tags,
      }));
  }

  /** One article in the language, or undefined. */
  read(slug: string, lang: ArticleLang): Article | undefined {
    const found = this.articles.find((a) => a.slug === slug && a.lang === lang);
    if (!found) return undefined;
    const { search: _search, ...article } = found;
    return article;
  }

  slugs(): string[] {
    return [...new Set(this.articles.map((a) => a.slug))];
  }
}

let shared: ArticleLibrary | undefined;

/** The clinic's own library, read and checked once per process (at start: a bad article stops the app). */
export function clinicArticleLibrary(): ArticleLibrary {
  shared ??= new ArticleLibrary(loadArticles(ARTICLES_DIR));
  return shared;
}
