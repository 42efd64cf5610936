import { useState, type FormEvent } from 'react';
import type { CheckIn } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery, useInvalidate } from '../../api/use-api';
import { CheckboxGroup, TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState } from '../../components/messages';
import { formatStamp } from '../../time';
import { usePortalText } from '../../i18n/use-portal-text';
import { CHECKIN_ADVICE, checkInSymptomLabel } from '@omt/domain';
import { CheckInSeries } from './check-in-series';

function Advice({ checkIn }: { checkIn: CheckIn }) {
  const { t, lang } = usePortalText();
  const urgent = checkIn.route === 'emergency';
  return (
    <div
      className={urgent ? 'advice advice-urgent' : checkIn.alert ? 'advice advice-attention' : 'advice'}
      role={urgent ? 'alert' : 'status'}
    >
      <h3>{t(urgent ? 'urgentHelp' : checkIn.alert ? 'clinicWillContact' : 'thanksCheckIn')}</h3>
      <p className="advice-text">{CHECKIN_ADVICE[checkIn.route][lang]}</p>
    </div>
  );
}

/** Soreness, days sore and new symptoms after treatment; shows the advice the answers lead to. */
/** A whole-number answer (0 up to max), named by the field it sends. */
function CountField(props: {
  id: string;
  label: string;
  hint?: string;
  max: number;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  return (
    <TextField
      id={props.id}
      field={props.id}
      label={props.label}
      {...(props.hint ? { hint: props.hint } : {})}
      error={props.error}
    >
      {(aria) => (
        <input
          {...aria}
          type="number"
          inputMode="numeric"
          min={0}
          max={props.max}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </TextField>
  );
}

export function CheckInForm({ encounterId }: { encounterId: string }) {
  const { t, lang, locale } = usePortalText();
  const form = useApiQuery(API.checkInForm);
  const previous = useApiQuery(API.listCheckIns, { params: { id: encounterId } });
  const invalidate = useInvalidate();
  const [soreness, setSoreness] = useState('');
  const [daysSore, setDaysSore] = useState('');
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<CheckIn | null>(null);
  const [busy, setBusy] = useState(false);
  const field = error instanceof ApiError ? error.field : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (soreness.trim() === '' || daysSore.trim() === '') {
      setError(
        new ApiError(400, {
          code: 'missing',
          message: t('answerBoth'),
          field: soreness.trim() === '' ? 'soreness' : 'daysSore',
        }),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await call(API.submitCheckIn, {
        params: { id: encounterId },
        body: { soreness: Number(soreness), daysSore: Number(daysSore), newSymptoms: symptoms },
      });
      setResult(answer);
      // Sent: the form is empty again for the next check-in; the answers are listed below and advised on above.
      setSoreness('');
      setDaysSore('');
      setSymptoms([]);
      invalidate([API.listCheckIns, API.checkInSeries, API.openCheckIns]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="checkin-heading" className="card">
      <h2 id="checkin-heading">{t('checkInHeading')}</h2>
      <CheckInSeries encounterId={encounterId} />
      {result && <Advice checkIn={result} />}
      <LoadState loading={form.loading} error={form.error} what={t('checkInQuestions')} />
      {form.data && (
        <form onSubmit={(e) => void submit(e)} noValidate className="stack">
          <CountField
            id="soreness"
            label={t('sorenessNow')}
            hint={t('sorenessHint')}
            max={10}
            value={soreness}
            onChange={setSoreness}
            error={field === 'soreness' ? (error as ApiError).message : undefined}
          />
          <CountField
            id="daysSore"
            label={t('daysSore')}
            max={60}
            value={daysSore}
            onChange={setDaysSore}
            error={field === 'daysSore' ? (error as ApiError).message : undefined}
          />
          <CheckboxGroup
            legend={t('newSymptoms')}
            name="newSymptoms"
            field="newSymptoms"
            options={form.data.symptoms.map((s) => ({ value: s.id, label: checkInSymptomLabel(s.id, lang) }))}
            values={symptoms}
            onChange={setSymptoms}
          />
          {error !== null && <ErrorAlert error={error} title={t('notSent')} />}
          <button type="submit" disabled={busy}>
            {busy ? t('sending') : t('sendCheckIn')}
          </button>
        </form>
      )}
      {previous.data && previous.data.length > 0 && (
        <details>
          <summary>{t('earlierCheckIns', { count: previous.data.length })}</summary>
          <ul>
            {previous.data.map((c) => (
              <li key={c.id}>
                {t('checkInLine', {
                  when: formatStamp(c.submittedAt, locale),
                  soreness: c.soreness,
                  days: c.daysSore,
                })}
                {c.newSymptoms.length
                  ? t('newSymptomsList', {
                      list: c.newSymptoms.map((id) => checkInSymptomLabel(id, lang)).join(', '),
                    })
                  : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
