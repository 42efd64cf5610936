import { useId, useState } from 'react';
import type { ConsentSummary } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { ApiError, call } from '../../../api/client';
import { FieldError, StatusMessage, useErrorText } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { usePortalText } from '../../../i18n/use-portal-text';
import { formatStamp } from '../../../time';

/** The general treatment consent: its state, and while it is not signed (or a new version came), the form to sign. */
export function ConsentPanel(props: {
  consent: ConsentSummary;
  /** The name the clinic expects typed: the patient's own, or the parent's own for a child. */
  signerName: string;
  forChild: boolean;
  onSigned: () => void;
}) {
  const { consent, signerName, forChild, onSigned } = props;
  const { t, lang, locale } = usePortalText();
  const errorText = useErrorText();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  const { error, busy, submit } = useSubmit(async () => {
    await call(API.signConsent, {
      params: { id: consent.patientId },
      body: { version: consent.current.version, typedName: typed },
    });
    setDone(true);
    onSigned();
  });
  const nameError =
    error instanceof ApiError && error.field === 'typedName'
      ? t('consentNameMismatch', { name: signerName })
      : undefined;
  const otherError =
    error && !nameError
      ? error instanceof ApiError && error.code === 'consent_form_changed'
        ? t('consentChanged')
        : errorText(error)
      : undefined;
  const latest = consent.signatures.find((s) => s.version === consent.current.version);
  const text = lang === 'es' ? consent.current.textEs : consent.current.textEn;

  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid="consent-panel">
      <h3 id={`${id}-heading`}>{t('consentHeading')}</h3>
      {done && <StatusMessage>{t('consentThanks')}</StatusMessage>}
      {latest ? (
        <p data-testid="consent-status">
          {t('consentSigned', {
            date: formatStamp(latest.signedAt, locale),
            name: latest.signerName,
            version: latest.version,
          })}
        </p>
      ) : (
        <>
          <p data-testid="consent-status">
            {t(consent.status === 'new_version' ? 'consentNewVersion' : 'consentNotSigned')}
          </p>
          <div
            className="consent-text"
            role="region"
            tabIndex={0}
            aria-label={t('consentFormLabel', { version: consent.current.version })}
          >
            {text
              .split(/\n\n+/)
              .map((paragraph, i) => (i === 0 ? <h4 key={i}>{paragraph}</h4> : <p key={i}>{paragraph}</p>))}
          </div>
          <form onSubmit={(e) => void submit(e)} noValidate>
            {otherError && (
              <div className="alert alert-error" role="alert">
                <strong>{t('consentNotDone')}</strong> {otherError}
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-name`}>
                {forChild
                  ? t('consentTypeNameGuardian', { child: consent.patientName })
                  : t('consentTypeName')}
              </label>
              <p className="hint" id={`${id}-hint`}>
                {t('consentNameHint', { name: signerName })}
              </p>
              <input
                id={`${id}-name`}
                name="typedName"
                autoComplete="name"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={nameError ? `${id}-hint ${id}-error` : `${id}-hint`}
              />
              <FieldError id={`${id}-error`} message={nameError} />
            </div>
            <button type="submit" disabled={busy}>
              {busy ? t('consentSigning') : t('consentSign')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
