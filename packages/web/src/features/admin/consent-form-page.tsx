import { useEffect, useId, useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, FieldError, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { formatStamp } from '../../time';

/**
 * Admin: the clinic's general treatment consent, in English and Spanish. Publishing saves the text as the next
 * version, and every patient is asked in the portal to sign it again.
 */
export function ConsentFormPage() {
  usePageTitle('Treatment consent form');
  const id = useId();
  const fieldMessage = useFieldMessage();
  const loaded = useApiQuery(API.consentForm);
  const [textEn, setTextEn] = useState('');
  const [textEs, setTextEs] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    if (!loaded.data) return;
    setTextEn(loaded.data.textEn);
    setTextEs(loaded.data.textEs);
  }, [loaded.data]);
  const form = useSubmit(async () => {
    setSaved('');
    const published = await call(API.publishConsentForm, { body: { textEn, textEs } });
    loaded.setData(published);
    setUnderstood(false);
    setSaved(`Version ${published.version} published. Patients are asked to sign it in the portal.`);
  });
  const current = loaded.data;
  if (!current) return <LoadState loading={loaded.loading} error={loaded.error} what="the consent form" />;
  const unchanged = textEn.trim() === current.textEn && textEs.trim() === current.textEs;
  const enError = fieldMessage(form.error, 'textEn');
  const esError = fieldMessage(form.error, 'textEs');
  return (
    <>
      <h1>Treatment consent form</h1>
      <p>
        Version {current.version}, in force since {formatStamp(current.publishedAt)}. Patients sign it in the
        portal with their typed full name; a parent signs for a child.
      </p>
      <StatusMessage>{saved}</StatusMessage>
      <form className="card" onSubmit={(e) => void form.submit(e)} noValidate>
        <ErrorAlert error={enError || esError ? null : form.error} title="Not published:" />
        <div className="field">
          <label htmlFor={`${id}-en`}>English text</label>
          <textarea
            id={`${id}-en`}
            rows={14}
            value={textEn}
            onChange={(e) => setTextEn(e.target.value)}
            aria-invalid={enError ? true : undefined}
            aria-describedby={enError ? `${id}-en-error` : undefined}
          />
          <FieldError id={`${id}-en-error`} message={enError} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-es`}>Spanish text</label>
          <textarea
            id={`${id}-es`}
            lang="es"
            rows={14}
            value={textEs}
            onChange={(e) => setTextEs(e.target.value)}
            aria-invalid={esError ? true : undefined}
            aria-describedby={esError ? `${id}-es-error` : undefined}
          />
          <FieldError id={`${id}-es-error`} message={esError} />
        </div>
        <div className="field">
          <label>
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{' '}
            Every patient is asked to sign version {current.version + 1} again
          </label>
        </div>
        <button type="submit" disabled={form.busy || !understood || unchanged}>
          Publish version {current.version + 1}
        </button>
        {unchanged && <p className="hint">Change the text to publish a new version.</p>}
      </form>
    </>
  );
}
