import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// The articles are files, not rows: one app on one database is enough (no login, no patient data, no audit).
const SQLITE = TEST_DATABASES.find((d) => d.name === 'sqlite') ?? TEST_DATABASES[0]!;

describe('the education library API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(SQLITE, {}, {}, { demo: false });
  });
  afterAll(() => t.close());

  it('lists the articles in a language without a login, and searches title, summary and text', async () => {
    const en = await t.call(null, 'GET', '/api/education/articles');
    expect(en.status).toBe(200);
    expect(en.body.lang).toBe('en');
    expect(en.body.articles.length).toBeGreaterThanOrEqual(23);
    expect(en.body.articles[0]).toMatchObject({ kind: 'visit', lang: 'en' });
    expect(Object.keys(en.body.articles[0]).sort()).toEqual([
      'kind',
      'lang',
      'slug',
      'summary',
      'tags',
      'title',
    ]);

    const es = await t.call(
      null,
      'GET',
      `/api/education/articles?lang=es&q=${encodeURIComponent('embarazo')}`,
    );
    expect(es.body.articles[0]).toMatchObject({
      slug: 'pregnancy-back-pain',
      title: 'Dolor de espalda en el embarazo',
    });
    // "90 seconds" appears only in the text of the counterstrain article, not in any title or summary.
    const body = await t.call(null, 'GET', '/api/education/articles?q=90+seconds');
    expect(body.body.articles.map((a: { slug: string }) => a.slug)).toContain('technique-counterstrain');
    const none = await t.call(null, 'GET', '/api/education/articles?q=xylophone');
    expect(none.body.articles).toEqual([]);
  });

  it('reads one article with its reviewer, review date and sources, rendered to HTML', async () => {
    const read = await t.call(null, 'GET', '/api/education/articles/technique-muscle-energy?lang=es');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      slug: 'technique-muscle-energy',
      lang: 'es',
      kind: 'technique',
      title: 'Energía muscular',
      reviewer: 'Revisado por los médicos de la clínica',
    });
    expect(read.body.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(read.body.sources.length).toBeGreaterThan(0);
    expect(read.body.html).toContain('<h2>Qué se siente</h2>');
    expect(read.body.html).toContain('href="/education/aftercare"');
  });

  it('refuses a bad slug, language or search with a 4xx naming the field', async () => {
    const missing = await t.call(null, 'GET', '/api/education/articles/no-such-article');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'not_found', message: expect.stringContaining('article') });
    const badSlug = await t.call(null, 'GET', '/api/education/articles/..%2Fsecrets');
    expect(badSlug.status).toBe(400);
    expect(badSlug.body.field).toBe('slug');
    const badLang = await t.call(null, 'GET', '/api/education/articles?lang=fr');
    expect(badLang.status).toBe(400);
    expect(badLang.body.field).toBe('lang');
    const long = await t.call(null, 'GET', `/api/education/articles?q=${'a'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.field).toBe('q');
  });
});
