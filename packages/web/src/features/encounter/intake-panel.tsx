import { API } from '@omt/contracts';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import { humanize, REGION_LABELS } from '../../labels';
import { formatStamp } from '../../time';

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
          <dl className="facts">
            <div className="wide">
              <dt>Chief complaint</dt>
              <dd>{i.answers.chiefComplaint}</dd>
            </div>
            <div>
              <dt>Pain</dt>
              <dd>{i.answers.painScore}/10</dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>{i.answers.painRegions.map((r) => REGION_LABELS[r]).join(', ')}</dd>
            </div>
            <div>
              <dt>PHQ-2</dt>
              <dd>
                {i.phq2.score} of 6 —{' '}
                {i.phq2.positive ? <strong className="text-warning">positive screen: follow with PHQ-9</strong> : 'negative screen'}
              </dd>
            </div>
            <div>
              <dt>Sleep</dt>
              <dd>
                {i.answers.sleepHours} h, {i.answers.sleepQuality} quality
              </dd>
            </div>
            <div>
              <dt>Activity</dt>
              <dd>{humanize(i.answers.activityLevel)}</dd>
            </div>
            <div>
              <dt>Diet</dt>
              <dd>{humanize(i.answers.diet)}</dd>
            </div>
            <div>
              <dt>Red flags</dt>
              <dd>{i.redFlags.length === 0 ? 'None' : <strong className="text-danger">⚠ {i.redFlags.map((f) => f.label).join('; ')}</strong>}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
