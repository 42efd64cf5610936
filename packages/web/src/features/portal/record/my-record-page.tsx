import { useId } from 'react';
import { API } from '../../../api/endpoints';
import { useApiQuery } from '../../../api/use-api';
import { usePageTitle } from '../../../components/app-shell';
import { LoadState } from '../../../components/messages';
import { useSession } from '../../../session';
import { usePortalText } from '../../../i18n/use-portal-text';
import { ConsentPanel } from './consent-panel';
import { RecordExport } from './record-export';
import { ConnectedApps } from '../connect/connected-apps';
import { DocumentsSection, SummariesSection, VisitsSection } from './record-sections';

function PatientRecordSection(props: {
  patientId: string;
  name: string;
  guardian: boolean;
  showName: boolean;
}) {
  const { patientId, name, guardian, showName } = props;
  const { t, lang } = usePortalText();
  const { user } = useSession();
  const id = useId();
  const record = useApiQuery(API.patientRecord, { params: { id: patientId }, query: { lang } });
  return (
    <section aria-labelledby={`${id}-record`} className="patient-record" data-testid="patient-record">
      <h2 id={`${id}-record`} className={showName ? undefined : 'visually-hidden'}>
        {t('recordOf', { name })}
      </h2>
      <LoadState loading={record.loading && !record.data} error={record.error} what={t('recordWhat')} />
      {record.data && (
        <>
          <ConsentPanel
            consent={record.data.consent}
            signerName={guardian ? user.displayName : name}
            forChild={guardian}
            onSigned={record.reload}
          />
          <VisitsSection record={record.data} headingId={`${id}-visits`} />
          <SummariesSection record={record.data} headingId={`${id}-notes`} />
          <DocumentsSection record={record.data} headingId={`${id}-documents`} />
          <section aria-labelledby={`${id}-data`}>
            <h3 id={`${id}-data`}>{t('recordDataHeading')}</h3>
            <p>{t('recordDataHint')}</p>
            <RecordExport
              patientId={patientId}
              label={showName ? t('recordDownloadDataFor', { name }) : t('recordDownloadData')}
            />
          </section>
        </>
      )}
    </section>
  );
}

/** "My record": each of the login's patients (self and children) with consent, visits, summaries, documents. */
export function MyRecordPage() {
  const { t } = usePortalText();
  usePageTitle(t('recordTitle'));
  const { user } = useSession();
  const showName = user.patients.length > 1 || user.patients.some((p) => p.relationship === 'guardian');
  return (
    <>
      <h1>{t('recordTitle')}</h1>
      <p className="muted">{t('recordIntro')}</p>
      {user.patients.map((p) => (
        <PatientRecordSection
          key={p.id}
          patientId={p.id}
          name={p.name}
          guardian={p.relationship === 'guardian'}
          showName={showName}
        />
      ))}
      <ConnectedApps />
    </>
  );
}
