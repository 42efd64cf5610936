import type { FastifyInstance } from 'fastify';
import { API } from '@omt/contracts';
import type { AppDeps } from '../../context';
import { fail } from '../../errors';
import { defineRoute } from '../../http/define-route';
import { clinicArticleLibrary } from './article-library';

/** The education library: public articles (no patient data, so no audit). Loaded and checked when the app is built. */
export function educationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const library = clinicArticleLibrary();
  defineRoute(app, deps, API.listArticles, ({ query }) =>
    Promise.resolve({ lang: query.lang, articles: library.list(query.lang, query.q) }),
  );
  defineRoute(app, deps, API.readArticle, ({ params, query }) => {
    const article = library.read(params.slug, query.lang);
    return article ? Promise.resolve(article) : Promise.reject(fail.notFound('article'));
  });
}
