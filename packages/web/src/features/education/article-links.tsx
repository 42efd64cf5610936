import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePortalText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { articlePath } from './article-slugs';

/**
 * Links to the library's articles on the given subjects (first the ones named first), titled in the reader's
 * language; nothing while the list loads or when no article is named.
 */
export function ArticleLinks({ slugs, heading }: { slugs: readonly string[]; heading: string }) {
  const { t, lang } = usePortalText();
  const list = useApiQuery(API.listArticles, { query: { lang } }, { enabled: slugs.length > 0 });
  const found = [...new Set(slugs)]
    .map((slug) => list.data?.articles.find((a) => a.slug === slug))
    .filter((a) => a !== undefined);
  if (found.length === 0) return null;
  return (
    <nav className="article-links no-print" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>
        {found.map((a) => (
          <li key={a.slug}>
            <Link to={articlePath(a.slug)}>{a.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/education">{t('educationReadMore')}</Link>
      </p>
    </nav>
  );
}
