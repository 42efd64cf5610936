import type { MouseEvent } from 'react';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ClinicPrintHeader } from '../../components/clinic-print-header';
import { LoadState } from '../../components/messages';
import { usePortalText } from '../../i18n/use-portal-text';
import { isPlainClick, Link, navigate } from '../../router';
import { formatCalendarDay } from '../../time';

/** A plain click on a link to another article stays in the app; other links behave as links. */
function followArticleLinks(event: MouseEvent<HTMLDivElement>) {
  const link = (event.target as HTMLElement).closest('a');
  const href = link?.getAttribute('href') ?? '';
  if (!href.startsWith('/education/') || !isPlainClick(event)) return;
  event.preventDefault();
  navigate(href);
}

/** One article in the reader's language, with who reviewed it and when, and its sources; prints on its own. */
export function ArticlePage({ slug }: { slug: string }) {
  const { t, lang, locale } = usePortalText();
  const article = useApiQuery(API.readArticle, { params: { slug }, query: { lang } });
  const a = article.data;
  usePageTitle(a?.title ?? t('educationTitle'));
  return (
    <>
      <p className="no-print">
        <Link to="/education">{t('educationBack')}</Link>
      </p>
      <LoadState loading={article.loading} error={article.error} what={t('educationArticleLoading')} />
      {a && (
        <article className="education-article" lang={a.lang} aria-labelledby="article-title">
          <ClinicPrintHeader />
          <div className="section-head">
            <h1 id="article-title">{a.title}</h1>
            <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
              {t('print')}
            </button>
          </div>
          <p className="article-summary">{a.summary}</p>
          {/* The server renders our own Markdown with raw HTML escaped. */}
          <div
            className="article-body"
            onClick={followArticleLinks}
            dangerouslySetInnerHTML={{ __html: a.html }}
          />
          <footer className="article-footer">
            <p>
              {t('educationReviewed', { reviewer: a.reviewer, date: formatCalendarDay(a.reviewed, locale) })}
            </p>
            <h2>{t('educationSources')}</h2>
            {/* The references are cited as published, in English. */}
            <ul lang="en">
              {a.sources.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </footer>
        </article>
      )}
    </>
  );
}
