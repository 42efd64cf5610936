import { Fragment, type ReactNode } from 'react';
import { ROLES, type Role, type User } from '@omt/contracts';
import { usePageTitle } from './components/app-shell';
import { AccountPage } from './features/account/account-page';
import { AuditPage } from './features/admin/audit-page';
import { JobsPage } from './features/admin/jobs-page';
import { VisitTypesPage } from './features/admin/visit-types-page';
import { RoomsPage } from './features/admin/rooms-page';
import { LocationsPage } from './features/admin/locations-page';
import { HoursPage } from './features/admin/hours-page';
import { StaffPage } from './features/admin/staff-page';
import { ClinicProfilePage } from './features/admin/clinic-profile-page';
import { ConsentFormPage } from './features/admin/consent-form-page';
import { FeeSchedulePage } from './features/admin/fee-schedule-page';
import { AdminHome, SetupPage } from './features/admin/setup-page';
import { PatientImportPage } from './features/admin/patient-import/patient-import-page';
import { ClinicianHome } from './features/clinician/clinician-home';
import { DeskBook } from './features/desk/desk-book';
import { DeskDay } from './features/desk/desk-day';
import { DeskCalendar } from './features/desk/calendar/desk-calendar';
import { EncounterPage } from './features/encounter/encounter-page';
import { NoteTemplatesPage } from './features/note-templates/note-templates-page';
import { IntakePage } from './features/portal/intake-page';
import { PortalBook } from './features/portal/portal-book';
import { PortalHome } from './features/portal/portal-home';
import { VisitPage } from './features/portal/visit-page';
import { MyRecordPage } from './features/portal/record/my-record-page';
import { PatientPage } from './features/patients/patient-page';
import { ChartPage } from './features/chart/chart-page';
import { RebookPage } from './features/rebook/rebook-page';
import { RegisterPatientPage } from './features/patients/register-page';
import { Link, matchPath } from './router';
import { homeFor } from './session';

interface Route {
  pattern: string;
  roles: readonly Role[];
  render: (params: Record<string, string>) => ReactNode;
}

const CLINICIANS = ['physician', 'resident'] as const;

const ROUTES: Route[] = [
  { pattern: '/portal', roles: ['patient'], render: () => <PortalHome /> },
  { pattern: '/portal/book', roles: ['patient'], render: () => <PortalBook /> },
  { pattern: '/portal/record', roles: ['patient'], render: () => <MyRecordPage /> },
  {
    pattern: '/portal/appointments/:id/intake',
    roles: ['patient'],
    render: (p) => <IntakePage appointmentId={p.id ?? ''} />,
  },
  {
    pattern: '/portal/visits/:id',
    roles: ['patient'],
    render: (p) => <VisitPage encounterId={p.id ?? ''} />,
  },
  { pattern: '/desk', roles: ['front_desk'], render: () => <DeskCalendar /> },
  { pattern: '/desk/day', roles: ['front_desk'], render: () => <DeskDay /> },
  { pattern: '/desk/book', roles: ['front_desk'], render: () => <DeskBook /> },
  { pattern: '/desk/calendar', roles: ['front_desk'], render: () => <DeskCalendar /> },
  { pattern: '/rebook', roles: ['front_desk', 'admin'], render: () => <RebookPage /> },
  { pattern: '/patients/new', roles: ['front_desk', 'admin'], render: () => <RegisterPatientPage /> },
  {
    pattern: '/patients/:id/chart',
    roles: ['front_desk', ...CLINICIANS],
    render: (p) => <ChartPage patientId={p.id ?? ''} />,
  },
  {
    pattern: '/patients/:id',
    roles: ['front_desk', 'admin', ...CLINICIANS],
    render: (p) => <PatientPage patientId={p.id ?? ''} />,
  },
  { pattern: '/clinician', roles: CLINICIANS, render: () => <ClinicianHome /> },
  {
    pattern: '/clinician/encounters/:id',
    roles: CLINICIANS,
    render: (p) => <EncounterPage encounterId={p.id ?? ''} />,
  },
  { pattern: '/note-templates', roles: ['admin', ...CLINICIANS], render: () => <NoteTemplatesPage /> },
  { pattern: '/account', roles: ROLES, render: () => <AccountPage /> },
  { pattern: '/admin/audit', roles: ['admin'], render: () => <AuditPage /> },
  { pattern: '/admin/jobs', roles: ['admin'], render: () => <JobsPage /> },
  { pattern: '/admin/visit-types', roles: ['admin'], render: () => <VisitTypesPage /> },
  { pattern: '/admin/rooms', roles: ['admin'], render: () => <RoomsPage /> },
  { pattern: '/admin/locations', roles: ['admin'], render: () => <LocationsPage /> },
  { pattern: '/admin/hours', roles: ['admin'], render: () => <HoursPage /> },
  { pattern: '/admin/staff', roles: ['admin'], render: () => <StaffPage /> },
  { pattern: '/admin', roles: ['admin'], render: () => <AdminHome /> },
  { pattern: '/admin/setup', roles: ['admin'], render: () => <SetupPage /> },
  { pattern: '/admin/clinic-profile', roles: ['admin'], render: () => <ClinicProfilePage /> },
  { pattern: '/admin/consent-form', roles: ['admin'], render: () => <ConsentFormPage /> },
  { pattern: '/admin/fees', roles: ['admin'], render: () => <FeeSchedulePage /> },
  { pattern: '/admin/patient-import', roles: ['admin'], render: () => <PatientImportPage /> },
];

function Problem({ title, text, user }: { title: string; text: string; user: User }) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to={homeFor(user.role)}>Go to your home page</Link>
      </p>
    </>
  );
}

/** Picks the page for the path; a page of another role explains itself instead of failing. */
export function Routes({ path, user }: { path: string; user: User }) {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    if (!route.roles.includes(user.role)) {
      return (
        <Problem title="Not available" text="This page is not part of your role in the clinic." user={user} />
      );
    }
    return <Fragment key={path}>{route.render(params)}</Fragment>;
  }
  return <Problem title="Page not found" text={`There is no page at ${path}.`} user={user} />;
}
