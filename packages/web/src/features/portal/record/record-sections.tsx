import type { PatientRecord } from '@omt/contracts';
import { usePortalText } from '../../../i18n/use-portal-text';
import type { PortalMessageKey } from '../../../i18n/portal-messages';
import { STATUS_KEYS } from '../../../i18n/portal-messages';
import { formatDateTime, formatDay, formatStamp } from '../../../time';

const CATEGORY_KEYS: Record<PatientRecord['documents'][number]['category'], PortalMessageKey> = {
  referral_letter: 'docCategoryReferral',
  imaging_report: 'docCategoryImaging',
  outside_records: 'docCategoryOutside',
  other: 'docCategoryOther',
};

export function VisitsSection({ record, headingId }: { record: PatientRecord; headingId: string }) {
  const { t, locale } = usePortalText();
  const visits = [...record.visits].sort((a, b) => b.start.localeCompare(a.start));
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recordVisits')}</h3>
      {visits.length === 0 ? (
        <p>{t('recordNoVisits')}</p>
      ) : (
        <ul className="record-list" data-testid="record-visits">
          {visits.map((v) => (
            <li key={v.appointmentId}>
              <time dateTime={v.start}>{formatDateTime(v.start, v.timeZone, locale)}</time> —{' '}
              {v.visitTypeName} · {t('withAt', { provider: v.providerName, location: v.locationName })} ·{' '}
              {v.upcoming ? <strong>{t('recordUpcoming')}</strong> : t(STATUS_KEYS[v.status])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SummariesSection({ record, headingId }: { record: PatientRecord; headingId: string }) {
  const { t, locale } = usePortalText();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recordSummaries')}</h3>
      {record.notes.length === 0 && <p>{t('recordNoSummaries')}</p>}
      {record.notes.map((n) => (
        <article key={n.encounterId} className="card record-note" data-testid="record-note">
          <h4>
            {t('recordSummaryOf', { date: formatDay(n.date, n.timeZone, locale), provider: n.providerName })}
          </h4>
          <dl className="facts">
            <div>
              <dt>{t('recordAreas')}</dt>
              <dd>{n.regions.join(', ') || t('recordNoneRecorded')}</dd>
            </div>
            <div>
              <dt>{t('recordTechniques')}</dt>
              <dd>{n.techniques.join(', ') || t('recordNoneRecorded')}</dd>
            </div>
          </dl>
          {n.aftercare.length > 0 && (
            <details>
              <summary>{t('recordAftercare')}</summary>
              <ul>
                {n.aftercare.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          {n.checkIns.length > 0 && (
            <>
              <p className="record-subhead">{t('recordCheckIns')}</p>
              <ul>
                {n.checkIns.map((c) => (
                  <li key={c.submittedAt}>
                    {t('checkInLine', {
                      when: formatStamp(c.submittedAt, locale),
                      soreness: c.soreness,
                      days: c.daysSore,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </section>
  );
}

export function DocumentsSection({ record, headingId }: { record: PatientRecord; headingId: string }) {
  const { t, locale } = usePortalText();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recordDocuments')}</h3>
      {record.documents.length === 0 ? (
        <p>{t('recordNoDocuments')}</p>
      ) : (
        <ul className="record-list" data-testid="record-documents">
          {record.documents.map((d) => {
            const url = `/api/documents/${encodeURIComponent(d.id)}/content`;
            return (
              <li key={d.id}>
                <strong>{d.title}</strong> · {t(CATEGORY_KEYS[d.category])} ·{' '}
                {t('recordAddedOn', { date: formatStamp(d.uploadedAt, locale) })}{' '}
                <a
                  href={url}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('recordViewDoc', { title: d.title })}
                >
                  {t('recordView')}
                </a>{' '}
                <a
                  href={`${url}?disposition=attachment`}
                  download
                  aria-label={t('recordDownloadDoc', { title: d.title })}
                >
                  {t('recordDownload')}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
