import type { ReactNode } from 'react';
import type { Intake } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { humanize, REGION_LABELS } from '../../labels';
import { formatStamp } from '../../time';

function Fact({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'wide' : undefined}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const orDash = (v: string | number | null, unit = '') =>
  v === null ? '—' : `${typeof v === 'string' ? humanize(v) : v}${unit}`;

function Scores({ i }: { i: Intake }) {
  return (
    <>
      <Fact term="PHQ-2">
        {i.phq2 === null ? (
          'Not asked at this age'
        ) : (
          <>
            {i.phq2.score} of 6 —{' '}
            {i.phq2.positive ? <strong className="text-warning">positive screen</strong> : 'negative screen'}
          </>
        )}
      </Fact>
      {i.phq9 && (
        <Fact term="PHQ-9">
          {i.phq9.score} of 27 — {humanize(i.phq9.severity)}
          {i.phq9.item9Positive && (
            <strong className="text-danger">
              {' '}
              ⚠ item 9 (self-harm) above 0: assess safety at this visit
            </strong>
          )}
        </Fact>
      )}
      {i.peg && (
        <Fact term="PEG (pain, enjoyment, activity)">{`${i.peg.score} of 10 (${i.peg.items.join(', ')})`}</Fact>
      )}
    </>
  );
}

function Population({ s }: { s: Intake['summary'] }) {
  return (
    <>
      {(s.infantFeeding !== null || s.infantCryingHoursPerDay !== null) && (
        <Fact term="Infant" wide>
          Feeding: {orDash(s.infantFeeding)}; crying {orDash(s.infantCryingHoursPerDay, ' h')} a day; sleep{' '}
          {orDash(s.infantSleepHoursPerDay, ' h')} a day
        </Fact>
      )}
      {s.pregnant !== null && (
        <Fact term="Pregnancy" wide>
          {s.pregnant
            ? `Pregnant, ${orDash(s.pregnancyWeeks)} weeks; ${s.pregnancyComplications ? `complications: ${s.pregnancyComplicationDetails ?? 'yes'}` : 'no complications reported'}`
            : 'Not pregnant'}
        </Fact>
      )}
    </>
  );
}

function IntakeFacts({ i }: { i: Intake }) {
  const s = i.summary;
  return (
    <dl className="facts">
      <Fact term="Chief complaint" wide>
        {s.chiefComplaint}
      </Fact>
      {s.painScore !== null && <Fact term="Pain">{s.painScore}/10</Fact>}
      <Fact term="Where">{s.regions.map((r) => REGION_LABELS[r]).join(', ')}</Fact>
      <Scores i={i} />
      {s.sleepHours !== null && (
        <Fact term="Sleep">{`${s.sleepHours} h, ${orDash(s.sleepQuality)} quality`}</Fact>
      )}
      {s.activityLevel !== null && <Fact term="Activity">{humanize(s.activityLevel)}</Fact>}
      {s.diet !== null && <Fact term="Diet">{humanize(s.diet)}</Fact>}
      <Population s={s} />
      <Fact term="Red flags" wide>
        {i.redFlags.length === 0 ? (
          'None'
        ) : (
          <strong className="text-danger">⚠ {i.redFlags.map((f) => f.label).join('; ')}</strong>
        )}
      </Fact>
    </dl>
  );
}

/** The pre-visit questionnaire as the clinician reads it; 404 means not submitted. */
export function IntakePanel({ appointmentId }: { appointmentId: string }) {
  const intake = useApi(
    async (signal) => {
      try {
        return await call(API.getIntake, { params: { id: appointmentId }, signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    [appointmentId],
  );
  const i = intake.data;
  return (
    <section aria-labelledby="intake-heading" className="card">
      <h2 id="intake-heading">Intake</h2>
      <LoadState loading={intake.loading} error={intake.error} what="the intake" />
      {i === null && <p>The patient has not submitted the intake questionnaire.</p>}
      {i && (
        <>
          <p className="muted">Submitted {formatStamp(i.submittedAt)}</p>
          <IntakeFacts i={i} />
        </>
      )}
    </section>
  );
}
