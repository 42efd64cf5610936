import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '@omt/domain';
import {
  AFTERCARE_SLUG,
  DIAGNOSIS_ARTICLE_SLUGS,
  diagnosisArticleSlug,
  FIRST_VISIT_SLUG,
  techniqueArticleSlug,
} from './article-slugs';

// The server's article files, named <slug>.<en|es>.md (the server checks their content when it starts).
const FILES = new Set(
  readdirSync(new URL('../../../../server/src/modules/education/articles/', import.meta.url)),
);
const exists = (slug: string) => FILES.has(`${slug}.en.md`) && FILES.has(`${slug}.es.md`);

describe('links from the portal to the education library', () => {
  it('lead every technique, diagnosis target and visit page to an article that exists in both languages', () => {
    for (const id of TECHNIQUE_IDS) expect(exists(techniqueArticleSlug(id)), id).toBe(true);
    for (const slug of [...DIAGNOSIS_ARTICLE_SLUGS, FIRST_VISIT_SLUG, AFTERCARE_SLUG])
      expect(exists(slug), slug).toBe(true);
  });

  it.each([
    ['M54.50', 'low-back-pain'],
    ['m99.03', 'low-back-pain'],
    ['M54.2', 'neck-pain'],
    ['G43.909', 'headache'],
    ['O26.893', 'pregnancy-back-pain'],
    ['R10.83', 'infant-colic-feeding'],
    ['S83.401A', 'sports-injury'],
    ['E11.9', undefined],
  ])('leads diagnosis %s to %s', (code, slug) => {
    expect(diagnosisArticleSlug(code)).toBe(slug);
  });
});
