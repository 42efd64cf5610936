import { useState, type FormEvent } from 'react';
import { ACTIVITY_LEVEL, API, DIET_QUALITY, SLEEP_QUALITY, type Intake, type IntakeForm } from '@omt/contracts';
import { REGION_IDS } from '@omt/domain';
import { ApiError, call } from '../../api/client';
import { useApi } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { AppointmentTime } from '../../components/appointment-time';
import { CheckboxGroup, focusField, RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { humanize, REGION_PATIENT_LABELS } from '../../labels';
import { Link } from '../../router';
import { draftToBody, EMPTY_DRAFT, formField, type FieldProblem, type IntakeDraft } from './intake-draft';
import { RedFlagQuestions } from './red-flag-questions';

const options = <V extends string>(values: readonly V[]) => values.map((v) => ({ value: v, label: humanize(v) }));

function IntakeFormView({ form, appointmentId, onDone }: { form: IntakeForm; appointmentId: string; onDone: (i: Intake) => void }) {
  const [d, setD] = useState<IntakeDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => setD((prev) => ({ ...prev, [key]: value }));
  const err = (field: string) => (problem?.field === field ? problem.message : undefined);

  const fail = (p: FieldProblem) => {
    setProblem(p);
    if (p.field) requestAnimationFrame(() => focusField(p.field ?? ''));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = draftToBody(d, form);
    if ('message' in body) return fail(body);
    setBusy(true);
    setProblem(null);
    try {
      onDone(await call(API.submitIntake, { params: { id: appointmentId }, body }));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'Could not send the intake.';
      fail({ field: error instanceof ApiError ? formField(error.field, form) : undefined, message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      <TextField id="chiefComplaint" field="chiefComplaint" label="What is the main problem you want help with?" error={err('chiefComplaint')}>
        {(aria) => <textarea {...aria} rows={3} maxLength={500} value={d.chiefComplaint} onChange={(e) => set('chiefComplaint', e.target.value)} />}
      </TextField>
      <CheckboxGroup
        legend="Where does it hurt? (choose all that apply)"
        name="painRegions"
        field="painRegions"
        error={err('painRegions')}
        options={REGION_IDS.map((r) => ({ value: r, label: REGION_PATIENT_LABELS[r] }))}
        values={d.painRegions}
        onChange={(v) => set('painRegions', v)}
      />
      <TextField id="painScore" field="painScore" label="Pain score (0–10)" hint="0 means no pain, 10 the worst pain you can imagine." error={err('painScore')}>
        {(aria) => <input {...aria} type="number" inputMode="numeric" min={0} max={10} step={1} value={d.painScore} onChange={(e) => set('painScore', e.target.value)} />}
      </TextField>
      <TextField id="sleepHours" field="sleepHours" label="Hours of sleep on a usual night" error={err('sleepHours')}>
        {(aria) => <input {...aria} type="number" inputMode="decimal" min={0} max={24} step={0.5} value={d.sleepHours} onChange={(e) => set('sleepHours', e.target.value)} />}
      </TextField>
      <RadioGroup legend="How well do you sleep?" name="sleepQuality" field="sleepQuality" error={err('sleepQuality')} inline options={options(SLEEP_QUALITY)} value={d.sleepQuality} onChange={(v) => set('sleepQuality', v)} />
      <RadioGroup legend="How active are you?" name="activityLevel" field="activityLevel" error={err('activityLevel')} inline options={options(ACTIVITY_LEVEL)} value={d.activityLevel} onChange={(v) => set('activityLevel', v)} />
      <RadioGroup legend="How would you describe your diet?" name="diet" field="diet" error={err('diet')} inline options={options(DIET_QUALITY)} value={d.diet} onChange={(v) => set('diet', v)} />
      <section aria-labelledby="phq-heading" className="subsection">
        <h2 id="phq-heading">Over the last 2 weeks, how often have you been bothered by the following problems?</h2>
        {form.phq2Items.map((item, i) => (
          <RadioGroup
            key={item}
            legend={item}
            name={`phq2-${i}`}
            field={`phq2.${i}`}
            error={err(`phq2.${i}`)}
            options={form.phq2Choices.map((c) => ({ value: c.value, label: c.label }))}
            value={d.phq2[i] ?? null}
            onChange={(v) => setD((prev) => ({ ...prev, phq2: i === 0 ? [v, prev.phq2[1]] : [prev.phq2[0], v] }))}
          />
        ))}
      </section>
      <RedFlagQuestions questions={form.redFlagQuestions} answers={d.redFlags} onChange={(v) => set('redFlags', v)} errorFor={err} />
      <ErrorAlert error={problem?.message} title="Please check your answers:" />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Submit intake'}
      </button>
    </form>
  );
}

/** The pre-visit questionnaire for one appointment. */
export function IntakePage({ appointmentId }: { appointmentId: string }) {
  usePageTitle('Intake questionnaire');
  const data = useApi(
    async (signal) => {
      const [appointment, form] = await Promise.all([
        call(API.getAppointment, { params: { id: appointmentId }, signal }),
        call(API.intakeForm, { signal }),
      ]);
      return { appointment, form };
    },
    [appointmentId],
  );
  const [done, setDone] = useState<Intake | null>(null);
  const a = data.data?.appointment;
  return (
    <>
      <h1>Intake questionnaire</h1>
      <LoadState loading={data.loading} error={data.error} what="the questionnaire" />
      {a && (
        <p>
          For <strong>{a.patientName}</strong>: {a.visitTypeName} with {a.providerName},{' '}
          <AppointmentTime start={a.start} timeZone={a.timeZone} locationName={a.locationName} />
        </p>
      )}
      {done ? (
        <>
          <StatusMessage>Thank you — your answers were sent to the clinic.</StatusMessage>
          {done.redFlags.length > 0 && (
            <div className="alert alert-urgent" role="alert">
              <strong>Some of your answers need attention.</strong> The clinic will review them before your visit. If you feel very unwell,
              call 911 or go to the nearest emergency department.
            </div>
          )}
          <p>
            <Link to="/portal">Back to my appointments</Link>
          </p>
        </>
      ) : a && a.intakeSubmitted ? (
        <p>The intake for this visit was already sent. <Link to="/portal">Back to my appointments</Link></p>
      ) : (
        data.data && <IntakeFormView form={data.data.form} appointmentId={appointmentId} onDone={setDone} />
      )}
    </>
  );
}
