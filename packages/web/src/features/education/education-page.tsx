import { useState, type FormEvent } from 'react';
import type { ArticleKind, ArticleSummary } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { LoadState } from '../../components/messages';
import type { PortalMessageKey } from '../../i18n/portal-messages';
import { usePortalText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { articlePath } from './article-slugs';

const KIND_HEADINGS: ReadonlyArray<readonly [ArticleKind, PortalMessageKey]> = [
  ['visit', 'educationKindVisit'],
  ['condition', 'educationKindCondition'],
  ['technique', 'educationKindTechnique'],
];

/** The search words kept in the address, so Back from an article returns to the same results. */
function queryInAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

function ArticleItems({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.slug}>
          <Link to={articlePath(a.slug)}>{a.title}</Link>
          <p>{a.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/** The education library in the reader's language: every article by kind, or those matching a search. */
export function EducationPage() {
  const { t, lang } = usePortalText();
  usePageTitle(t('educationTitle'));
  const [draft, setDraft] = useState(queryInAddress);
  const [q, setQ] = useState(queryInAddress);
  const list = useApiQuery(API.listArticles, { query: { lang, ...(q ? { q } : {}) } });
  const search = (next: string) => {
    setQ(next);
    window.history.replaceState(null, '', next ? `/education?q=${encodeURIComponent(next)}` : '/education');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search(draft.trim());
  };
  const articles = list.data?.articles ?? [];
  return (
    <div className="education">
      <h1>{t('educationTitle')}</h1>
      <p>{t('educationIntro')}</p>
      <form role="search" aria-label={t('educationTitle')} className="education-search" onSubmit={submit}>
        <label htmlFor="education-q">{t('educationSearchLabel')}</label>
        <div className="button-row">
          <input
            id="education-q"
            type="search"
            value={draft}
            maxLength={200}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{t('educationSearch')}</button>
        </div>
      </form>
      <LoadState loading={list.loading} error={list.error} what={t('educationLoading')} />
      {list.data && q ? (
        <section aria-labelledby="education-results">
          <p id="education-results" role="status" className="result-count">
            {articles.length
              ? t('educationFound', { q, count: articles.length })
              : t('educationNoMatch', { q })}
          </p>
          <ArticleItems articles={articles} />
          <p>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setDraft('');
                search('');
              }}
            >
              {t('educationShowAll')}
            </button>
          </p>
        </section>
      ) : null}
      {list.data && !q
        ? KIND_HEADINGS.map(([kind, heading]) => (
            <section key={kind} aria-labelledby={`education-${kind}`}>
              <h2 id={`education-${kind}`}>{t(heading)}</h2>
              <ArticleItems articles={articles.filter((a) => a.kind === kind)} />
            </section>
          ))
        : null}
    </div>
  );
}
