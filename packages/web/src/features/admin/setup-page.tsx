import { useEffect, type ReactNode } from 'react';
import type { SetupStepKey } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { LoadState } from '../../components/messages';
import { Link, navigate } from '../../router';

const STEPS: Record<SetupStepKey, { title: string; what: ReactNode }> = {
  clinic_profile: {
    title: 'Clinic profile',
    what: (
      <>
        Name, address, phone, NPI, tax id and logo, as notes and mail show them:{' '}
        <Link to="/admin/clinic-profile">edit the clinic profile</Link>.
      </>
    ),
  },
  location_hours: {
    title: 'Location and hours',
    what: (
      <>
        A location with its time zone (<Link to="/admin/locations">Locations</Link>), then its opening hours (
        <Link to="/admin/hours">Weekly hours</Link>).
      </>
    ),
  },
  staff: {
    title: 'Staff',
    what: (
      <>
        Invite a physician (<Link to="/admin/staff">Staff</Link>); once they have set their password, give
        them weekly hours at the location (<Link to="/admin/hours">Weekly hours</Link>). Invite the front desk
        too.
      </>
    ),
  },
  visit_types: {
    title: 'Visit types',
    what: (
      <>
        What patients can book, with its length and who may perform it:{' '}
        <Link to="/admin/visit-types">Visit types</Link>.
      </>
    ),
  },
};

/** Admin: the first-run checklist, each step done or not from the clinic's real data; bookable at its end. */
export function SetupPage() {
  usePageTitle('Set up the clinic');
  const status = useApiQuery(API.setupStatus);
  return (
    <>
      <h1>Set up the clinic</h1>
      <LoadState loading={status.loading} error={status.error} what="the setup checklist" />
      {status.data && (
        <>
          <p>
            {status.data.complete
              ? 'Every step is done: the clinic is ready to book visits.'
              : `${status.data.steps.filter((s) => s.done).length} of ${status.data.steps.length} steps done. Each step is checked against what the clinic has saved.`}
          </p>
          <ol className="setup-steps">
            {status.data.steps.map((s) => (
              <li key={s.key} className="card" aria-labelledby={`setup-${s.key}`}>
                <h2 id={`setup-${s.key}`}>
                  {STEPS[s.key].title}{' '}
                  <span className={`badge ${s.done ? 'badge-done' : 'badge-todo'}`}>
                    {s.done ? 'Done' : 'Not done'}
                  </span>
                </h2>
                <p>{STEPS[s.key].what}</p>
                <p className="muted">{s.detail}</p>
              </li>
            ))}
          </ol>
          {status.data.complete && <p>The front desk can now register patients and book their visits.</p>}
          <p>
            Before the first superbill: set the clinic&apos;s fee per code in the{' '}
            <Link to="/admin/fees">fee schedule</Link>.
          </p>
          <button type="button" className="button-secondary" onClick={status.reload}>
            Check again
          </button>
        </>
      )}
    </>
  );
}

/** Where an admin lands: the setup checklist until every step is done, then the audit log. */
export function AdminHome() {
  usePageTitle('Clinic admin');
  const status = useApiQuery(API.setupStatus);
  const complete = status.data?.complete;
  useEffect(() => {
    if (complete !== undefined) navigate(complete ? '/admin/audit' : '/admin/setup', { replace: true });
  }, [complete]);
  return <LoadState loading={status.loading} error={status.error} what="the clinic's setup" />;
}
