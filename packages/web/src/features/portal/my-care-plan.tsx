import type { CarePlan } from '@omt/contracts';
import { API } from '../../api/endpoints';
import type { DischargeReason } from '@omt/domain';
import { useApiQuery } from '../../api/use-api';
import { LoadState } from '../../components/messages';
import type { PortalMessageKey } from '../../i18n/portal-messages';
import { usePortalText } from '../../i18n/use-portal-text';
import { ArticleLinks } from '../education/article-links';
import { diagnosisArticleSlug, techniqueArticleSlug } from '../education/article-slugs';
import { formatCalendarDay } from '../../time';
import { MeasuresDue } from './measures-due';

const REASON_KEYS: Record<DischargeReason, PortalMessageKey> = {
  goals_met: 'planReasonGoalsMet',
  plateau: 'planReasonPlateau',
  referred: 'planReasonReferred',
  patient_choice: 'planReasonPatientChoice',
};

function PlanCard({ plan, title }: { plan: CarePlan; title: string }) {
  const { t, locale } = usePortalText();
  const c = plan.current.content;
  const p = plan.progress;
  const headingId = `my-plan-${plan.id}`;
  return (
    <section className="card care-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        <strong>{t(plan.status === 'active' ? 'planActive' : 'planDischarged')}</strong> ·{' '}
        {c.everyWeeks === 1
          ? t('planFrequencyWeekly', { visits: c.visits })
          : t('planFrequencyEvery', { weeks: c.everyWeeks, visits: c.visits })}
      </p>
      <p>{t('planVisits', { done: p.visitsDone, planned: p.visitsPlanned })}</p>
      <h3>{t('planGoals')}</h3>
      <ul>
        {c.goals.map((g, i) => (
          <li key={i}>
            {g.goal} — {t('planGoalBy', { date: formatCalendarDay(g.targetDate, locale) })} —{' '}
            <strong>{t(g.met ? 'planGoalMet' : 'planGoalOpen')}</strong>
          </li>
        ))}
      </ul>
      <ArticleLinks
        slugs={[
          ...c.diagnoses.flatMap((code) => diagnosisArticleSlug(code) ?? []),
          ...c.techniques.map(techniqueArticleSlug),
        ]}
        heading={t('educationPlanReading')}
      />
      {plan.status === 'active' && (
        <p>{t('planReEvaluation', { date: formatCalendarDay(c.reEvaluationDate, locale) })}</p>
      )}
      {plan.status === 'active' && p.measuresDue.length > 0 && (
        <p>
          {t('planMeasuresDue')} <span lang="en">{p.measuresDue.map((m) => m.name).join(', ')}</span>
        </p>
      )}
      {plan.status === 'active' && <MeasuresDue patientId={plan.patientId} planId={plan.id} />}
      {plan.discharge && (
        <>
          <p>{t('planDischargeReason', { reason: t(REASON_KEYS[plan.discharge.reason]) })}</p>
          <p>
            <a
              href={`/api/care-plans/${encodeURIComponent(plan.id)}/discharge.pdf`}
              target="_blank"
              rel="noreferrer"
            >
              {t('planDischargePdf')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** The patient's plans of care, read only; one section per record the login acts for that has a plan. */
export function MyCarePlans({ patients }: { patients: { id: string; name: string }[] }) {
  return (
    <>
      {patients.map((p) => (
        <PatientPlans key={p.id} patient={p} single={patients.length === 1} />
      ))}
    </>
  );
}

function PatientPlans({ patient, single }: { patient: { id: string; name: string }; single: boolean }) {
  const { t } = usePortalText();
  const plans = useApiQuery(API.listCarePlans, { params: { id: patient.id } });
  const plan = plans.data?.plans.find((x) => x.status === 'active') ?? plans.data?.plans[0];
  if (!plans.data) return <LoadState loading={plans.loading} error={plans.error} what={t('planLoading')} />;
  if (!plan) return null;
  return (
    <PlanCard plan={plan} title={single ? t('planHeading') : t('planHeadingFor', { name: patient.name })} />
  );
}
