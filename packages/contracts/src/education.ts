import { z } from 'zod';

/** The two languages the clinic writes its articles in. */
export const ArticleLang = z.enum(['en', 'es']);
export type ArticleLang = z.infer<typeof ArticleLang>;

/** An article's slug: lowercase words joined by hyphens (`low-back-pain`). */
export const ArticleSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase words joined by hyphens' })
  .max(80, { error: 'must be at most 80 characters' });

export const ArticleListQuery = z.object({
  lang: ArticleLang.default('en'),
  /** Words to look for in the title, summary and text; every word must appear. */
  q: z.string().trim().max(200, { error: 'must be at most 200 characters' }).optional(),
});
export type ArticleListQuery = z.infer<typeof ArticleListQuery>;

export const ArticleReadQuery = z.object({ lang: ArticleLang.default('en') });
export const ArticleParam = z.object({ slug: ArticleSlug });

/** What an article is about: the visit itself (first visit, aftercare, choices), a condition, or a technique. */
export const ARTICLE_KINDS = ['visit', 'condition', 'technique'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** What a list shows of an article. */
export const ArticleSummary = z.object({
  slug: z.string(),
  lang: ArticleLang,
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleList = z.object({ lang: ArticleLang, articles: z.array(ArticleSummary) });
export type ArticleList = z.infer<typeof ArticleList>;

/** One article, its text rendered to HTML (raw HTML in the source is escaped). */
export const Article = ArticleSummary.extend({
  reviewer: z.string(),
  /** The day the article was last reviewed (YYYY-MM-DD). */
  reviewed: z.string(),
  sources: z.array(z.string()),
  html: z.string(),
});
export type Article = z.infer<typeof Article>;
