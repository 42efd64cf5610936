import { useState } from 'react';
import { API } from '../../../api/endpoints';
import { useApiQuery } from '../../../api/use-api';
import { usePageTitle } from '../../../components/app-shell';
import { RadioGroup } from '../../../components/choice-group';
import { ErrorAlert, LoadState, useFieldMessage } from '../../../components/messages';
import { useSmartAnswer } from '../../connect/use-smart-answer';
import { useConnectText } from './connect-text';

/**
 * The consent page of a third-party app's request (SMART standalone launch): which app, what it may read or change,
 * whose record; Allow or Deny sends the browser back to the app.
 */
export function ConsentPage({ handle }: { handle: string }) {
  const { t, typeWords } = useConnectText();
  usePageTitle(t('consentTitle'));
  const request = useApiQuery(API.smartRequest, { params: { id: handle } });
  const fieldMessage = useFieldMessage();
  const [chosen, setChosen] = useState<string | null>(null);
  const patients = request.data?.patients ?? [];
  const patientId = patients.length === 1 ? (patients[0]?.id ?? null) : chosen;
  const { allow, deny, busy } = useSmartAnswer(handle, patientId);

  if (!request.data) {
    return (
      <>
        <h1>{t('consentTitle')}</h1>
        <LoadState loading={request.loading} error={request.error} what={t('consentRequestWhat')} />
      </>
    );
  }
  const { appName, access, redirectOrigin } = request.data;
  const reads = typeWords(access.read);
  const changes = typeWords(access.change);
  return (
    <>
      <h1>{t('consentHeading', { app: appName })}</h1>
      <p>{t('consentIntro', { app: appName })}</p>
      <section className="card" aria-labelledby="consent-reads">
        <h2 id="consent-reads">{t('consentMayRead')}</h2>
        <ul>
          {reads.map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
        {changes.length ? (
          <>
            <h2>{t('consentMayChange')}</h2>
            <ul>
              {changes.map((words) => (
                <li key={words}>{words}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('consentReadOnly')}</p>
        )}
        <p>{t(request.data.offline ? 'consentOffline' : 'consentOnline')}</p>
        {request.data.identity === 'none' ? null : (
          <p>{t(request.data.identity === 'record' ? 'consentIdentityRecord' : 'consentIdentityLogin')}</p>
        )}
      </section>
      {patients.length > 1 ? (
        <RadioGroup
          legend={t('consentWhose')}
          name="consent-patient"
          field="patientId"
          options={patients.map((p) => ({ value: p.id, label: p.name }))}
          value={chosen}
          onChange={setChosen}
          error={fieldMessage(allow.error, 'patientId')}
        />
      ) : (
        <p>{t('consentFor', { name: patients[0]?.name ?? '' })}</p>
      )}
      <p>{t('consentGoesTo', { origin: redirectOrigin })}</p>
      <p className="muted">{t('consentRevokeLater')}</p>
      <ErrorAlert error={allow.error ?? deny.error} title={t('consentNotSent')} />
      {busy ? (
        <p className="muted" role="status">
          {t('consentSending')}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void allow.run()} disabled={busy}>
          {t('consentAllow')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void deny.run()} disabled={busy}>
          {t('consentDeny')}
        </button>
      </div>
    </>
  );
}
