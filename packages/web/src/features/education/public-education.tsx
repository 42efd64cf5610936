import { PublicShell } from '../auth/public-shell';
import { usePublicText } from '../../i18n/use-portal-text';
import { Link, matchPath } from '../../router';
import { ArticlePage } from './article-page';
import { EducationPage } from './education-page';

/** The library for a visitor who is not logged in: the public pages' frame, their language switch, a way to log in. */
export function PublicEducation({ path }: { path: string }) {
  const { t } = usePublicText();
  const slug = matchPath('/education/:slug', path)?.slug;
  return (
    <PublicShell>
      {slug ? <ArticlePage slug={slug} /> : <EducationPage />}
      <p className="no-print">
        <Link to="/login">{t('logIn')}</Link>
      </p>
    </PublicShell>
  );
}
