import { Article, ArticleList, ArticleListQuery, ArticleParam, ArticleReadQuery } from '../education';
import { endpoint } from './endpoint';

/** The education library: articles for patients, public (no patient data). */
export const EDUCATION_API = {
  listArticles: endpoint({
    method: 'GET',
    path: '/api/education/articles',
    summary:
      'The education articles in a language, optionally those whose title, summary or text hold every word of q',
    tag: 'education',
    auth: 'public',
    query: ArticleListQuery,
    response: ArticleList,
  }),
  readArticle: endpoint({
    method: 'GET',
    path: '/api/education/articles/:slug',
    summary:
      'One education article in a language, rendered to HTML, with its reviewer, review date and sources',
    tag: 'education',
    auth: 'public',
    params: ArticleParam,
    query: ArticleReadQuery,
    response: Article,
  }),
} as const;
