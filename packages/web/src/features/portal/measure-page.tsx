import { useState } from 'react';
import type { MeasureCode } from '@omt/domain';
import type { MeasureResponse } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { RadioGroup } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { usePortalText } from '../../i18n/use-portal-text';
import { Link } from '../../router';
import { useSession } from '../../session';
import { formatLongDate } from '../../time';

/** One questionnaire due before the next visit, answered item by item (radio buttons: keyboard and screen reader). */
export function MeasurePage({
  patientId,
  planId,
  code,
  desk = false,
}: {
  patientId: string;
  planId: string;
  code: MeasureCode;
  /** On the desk's tablet: the patient answers, staff record it; back to the patient's page. */
  desk?: boolean;
}) {
  const { t, lang, locale } = usePortalText();
  const { user } = useSession();
  const form = useApiQuery(API.measureForm, { params: { code } });
  usePageTitle(`${t('measureHeading')} ${form.data?.name ?? ''}`);
  const measures = useApiQuery(API.patientMeasures, { params: { id: patientId } });
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState<MeasureResponse | null>(null);
  const due = measures.data?.due.find((d) => d.planId === planId && d.measure === code);
  const f = form.data;
  const guardian = user.patients.find((p) => p.id === patientId)?.relationship === 'guardian';
  const { error, busy, submit } = useSubmit(async () => {
    if (!f) return;
    const missing = f.items.findIndex((i) => answers[i.id] === undefined);
    const noneAnswered = f.items.every((i) => answers[i.id] === undefined);
    if (missing >= 0 && (!f.itemsMayBeSkipped || noneAnswered)) {
      const message = t(f.itemsMayBeSkipped ? 'measureAnswerSome' : 'measureAnswerAll');
      throw new ApiError(400, { code: 'missing', message, field: `answers.${missing}` });
    }
    const r = await call(API.answerMeasure, {
      params: { id: patientId },
      body: {
        planId,
        measure: code,
        answers: f.items.map((i) => answers[i.id] ?? null),
        answeredBy: guardian ? 'parent' : 'patient',
        ...(f.licensedVersion === null ? {} : { licensedVersion: f.licensedVersion }),
      },
    });
    setSaved(r);
    measures.reload();
  });
  const field = error instanceof ApiError ? error.field : undefined;

  return (
    <>
      <h1>
        {t('measureHeading')} <span lang="en">{f?.name ?? ''}</span>
      </h1>
      <LoadState
        loading={form.loading || measures.loading}
        error={form.error ?? measures.error}
        what={t('measureLoading')}
      />
      {saved && (
        <StatusMessage>
          {t('measureSaved', { score: saved.score ?? '', max: f?.scale.max ?? '' })}{' '}
          {!desk && (
            <Link to={`/portal/progress/${encodeURIComponent(patientId)}`}>{t('progressHeading')}</Link>
          )}
        </StatusMessage>
      )}
      {f && !f.online && <p>{t('measureNotOnline')}</p>}
      {f && f.online && measures.data && !due && !saved && <p>{t('measureNotDue')}</p>}
      {f && f.online && due && !saved && (
        <form onSubmit={(e) => void submit(e)} noValidate className="stack card">
          <p>
            {t('measureForVisit', {
              date: formatLongDate(due.visitStart, locale),
            })}
          </p>
          {lang !== 'en' && <p>{t('measureInEnglish')}</p>}
          {f.itemsMayBeSkipped && <p>{t('measureSkipHint')}</p>}
          {f.stem && <p lang="en">{f.stem}</p>}
          {f.items.map((item, i) => (
            <RadioGroup
              key={item.id}
              legend={<span lang="en">{item.text}</span>}
              name={`item-${item.id}`}
              field={`answers.${i}`}
              inline={item.options === null}
              options={
                item.options ??
                Array.from({ length: item.max - item.min + 1 }, (_, k) => ({
                  value: item.min + k,
                  label: String(item.min + k),
                }))
              }
              value={answers[item.id] ?? null}
              onChange={(v) => setAnswers((a) => ({ ...a, [item.id]: v }))}
              error={field === `answers.${i}` ? (error as ApiError).message : undefined}
            />
          ))}
          {error !== null && <ErrorAlert error={error} title={t('measureNotSaved')} />}
          <button type="submit" disabled={busy}>
            {busy ? t('measureSending') : t('measureSend')}
          </button>
        </form>
      )}
      <p>
        {desk ? (
          <Link to={`/patients/${encodeURIComponent(patientId)}`}>Back to the patient</Link>
        ) : (
          <Link to="/portal">{t('measureBack')}</Link>
        )}
      </p>
    </>
  );
}
