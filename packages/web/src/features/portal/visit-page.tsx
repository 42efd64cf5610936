import { useEffect, useState } from 'react';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ClinicPrintHeader } from '../../components/clinic-print-header';
import { LoadState } from '../../components/messages';
import { Link } from '../../router';
import { CheckInForm } from './check-in-form';
import { ArticleLinks } from '../education/article-links';
import { AFTERCARE_SLUG, techniqueArticleSlug } from '../education/article-slugs';
import { usePortalText } from '../../i18n/use-portal-text';
import type { PortalLang } from '../../i18n/portal-messages';
import { portalText } from '../../i18n/translate';

type Lang = PortalLang;

/** "Visit on November 30, 2026" (or in Spanish); a bare date is read as that calendar day. */
function visitDate(date: string, lang: Lang): string {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const parsed = new Date(bare ? `${date}T12:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  const text = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-US', {
    dateStyle: 'long',
    ...(bare ? { timeZone: 'UTC' } : {}),
  }).format(parsed);
  return portalText(lang, 'visitOn', { date: text });
}

function Aftercare({ encounterId }: { encounterId: string }) {
  // The patient's own language first; the other one is a click away (e.g. for a family member).
  const { t: ui, lang: readerLang } = usePortalText();
  const [lang, setLang] = useState<Lang>(readerLang);
  useEffect(() => setLang(readerLang), [readerLang]);
  const care = useApiQuery(API.aftercare, { params: { id: encounterId }, query: { lang } });
  return (
    <section aria-labelledby="aftercare-heading" className="card aftercare" lang={lang}>
      <ClinicPrintHeader />
      <div className="section-head">
        <h2 id="aftercare-heading">{portalText(lang, 'aftercare')}</h2>
        <div
          className="no-print toolbar"
          role="group"
          aria-label={ui('languageAndPrinting')}
          lang={readerLang}
        >
          <button
            type="button"
            className="button-secondary"
            aria-pressed={lang === 'en'}
            onClick={() => setLang('en')}
            lang="en"
          >
            English
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-pressed={lang === 'es'}
            onClick={() => setLang('es')}
            lang="es"
          >
            Español
          </button>
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            {ui('print')}
          </button>
        </div>
      </div>
      <LoadState loading={care.loading} error={care.error} what={ui('aftercareWhat')} />
      {care.data && (
        <>
          <p className="muted">{visitDate(care.data.date, lang)}</p>
          <ul className="aftercare-list">
            {care.data.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
          <div lang={readerLang}>
            <ArticleLinks
              slugs={[...care.data.techniques.map(techniqueArticleSlug), AFTERCARE_SLUG]}
              heading={ui('educationTechniquesToday')}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** The superbill of the visit, for the patient's own claim to their insurer. */
function Superbill({ encounterId }: { encounterId: string }) {
  const { t } = usePortalText();
  return (
    <section aria-labelledby="superbill-heading" className="card no-print">
      <h2 id="superbill-heading">{t('superbillHeading')}</h2>
      <p>{t('superbillText')}</p>
      <p>
        <a
          href={`/api/encounters/${encodeURIComponent(encounterId)}/superbill.pdf`}
          target="_blank"
          rel="noreferrer"
        >
          {t('superbillLink')}
        </a>
      </p>
    </section>
  );
}

/** A treated visit: aftercare to read or print, and the post-treatment check-in. */
export function VisitPage({ encounterId }: { encounterId: string }) {
  const { t } = usePortalText();
  usePageTitle(t('visitTitle'));
  return (
    <>
      <p className="no-print">
        <Link to="/portal">{t('backToAppointmentsArrow')}</Link>
      </p>
      <h1>{t('visitTitle')}</h1>
      <Aftercare encounterId={encounterId} />
      <Superbill encounterId={encounterId} />
      <div className="no-print">
        <CheckInForm encounterId={encounterId} />
      </div>
    </>
  );
}
