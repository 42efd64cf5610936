import { Fragment, isValidElement, Suspense, type ReactNode } from 'react';
import type { Role, User } from '@omt/contracts';
import type { MeasureCode } from '@omt/domain';
import { usePageTitle } from './components/app-shell';
import { Link, matchPath } from './router';
import { EVERY_ROLE, homeFor } from './session';
import { lazyPage, PageLoading, type Preloadable } from './lazy-page';

const AccountPage = lazyPage(() => import('./features/account/account-page'), 'AccountPage');
const AuditPage = lazyPage(() => import('./features/admin/audit-page'), 'AuditPage');
const JobsPage = lazyPage(() => import('./features/admin/jobs-page'), 'JobsPage');
const VisitTypesPage = lazyPage(() => import('./features/admin/visit-types-page'), 'VisitTypesPage');
const RoomsPage = lazyPage(() => import('./features/admin/rooms-page'), 'RoomsPage');
const LocationsPage = lazyPage(() => import('./features/admin/locations-page'), 'LocationsPage');
const HoursPage = lazyPage(() => import('./features/admin/hours-page'), 'HoursPage');
const StaffPage = lazyPage(() => import('./features/admin/staff-page'), 'StaffPage');
const ClinicProfilePage = lazyPage(() => import('./features/admin/clinic-profile-page'), 'ClinicProfilePage');
const ConsentFormPage = lazyPage(() => import('./features/admin/consent-form-page'), 'ConsentFormPage');
const FeeSchedulePage = lazyPage(() => import('./features/admin/fee-schedule-page'), 'FeeSchedulePage');
const AdminHome = lazyPage(() => import('./features/admin/setup-page'), 'AdminHome');
const SetupPage = lazyPage(() => import('./features/admin/setup-page'), 'SetupPage');
const PatientImportPage = lazyPage(
  () => import('./features/admin/patient-import/patient-import-page'),
  'PatientImportPage',
);
const LicensedQuestionnairesPage = lazyPage(
  () => import('./features/outcomes/licensed-questionnaires-page'),
  'LicensedQuestionnairesPage',
);
const OutcomesReportPage = lazyPage(
  () => import('./features/outcomes/outcomes-report-page'),
  'OutcomesReportPage',
);
const ClinicianHome = lazyPage(() => import('./features/clinician/clinician-home'), 'ClinicianHome');
const DeskBook = lazyPage(() => import('./features/desk/desk-book'), 'DeskBook');
const DeskDay = lazyPage(() => import('./features/desk/desk-day'), 'DeskDay');
const DeskCalendar = lazyPage(() => import('./features/desk/calendar/desk-calendar'), 'DeskCalendar');
const EncounterPage = lazyPage(() => import('./features/encounter/encounter-page'), 'EncounterPage');
const NoteTemplatesPage = lazyPage(
  () => import('./features/note-templates/note-templates-page'),
  'NoteTemplatesPage',
);
const IntakePage = lazyPage(() => import('./features/portal/intake-page'), 'IntakePage');
const PortalBook = lazyPage(() => import('./features/portal/portal-book'), 'PortalBook');
const PortalHome = lazyPage(() => import('./features/portal/portal-home'), 'PortalHome');
const VisitPage = lazyPage(() => import('./features/portal/visit-page'), 'VisitPage');
const MyRecordPage = lazyPage(() => import('./features/portal/record/my-record-page'), 'MyRecordPage');
const MeasurePage = lazyPage(() => import('./features/portal/measure-page'), 'MeasurePage');
const ConsentPage = lazyPage(() => import('./features/portal/connect/consent-page'), 'ConsentPage');
const ConnectPage = lazyPage(() => import('./features/connect/connect-page'), 'ConnectPage');
const ConnectedAppsPage = lazyPage(
  () => import('./features/connect/connected-apps-page'),
  'ConnectedAppsPage',
);
const SmartAppsPage = lazyPage(() => import('./features/admin/smart-apps-page'), 'SmartAppsPage');
const ProgressPage = lazyPage(() => import('./features/portal/progress-page'), 'ProgressPage');
const PatientPage = lazyPage(() => import('./features/patients/patient-page'), 'PatientPage');
const ChartPage = lazyPage(() => import('./features/chart/chart-page'), 'ChartPage');
const RebookPage = lazyPage(() => import('./features/rebook/rebook-page'), 'RebookPage');
const EducationPage = lazyPage(() => import('./features/education/education-page'), 'EducationPage');
const ArticlePage = lazyPage(() => import('./features/education/article-page'), 'ArticlePage');
const RegisterPatientPage = lazyPage(
  () => import('./features/patients/register-page'),
  'RegisterPatientPage',
);

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
    pattern: '/portal/connect/:handle',
    roles: ['patient'],
    render: (p) => <ConsentPage handle={p.handle ?? ''} />,
  },
  // The address an app's request sends every browser to: the page is the logged-in role's.
  { pattern: '/connect/:handle', roles: EVERY_ROLE, render: (p) => <ConnectPage handle={p.handle ?? ''} /> },
  { pattern: '/connected-apps', roles: EVERY_ROLE, render: () => <ConnectedAppsPage /> },
  {
    pattern: '/portal/measures/:patient/:plan/:code',
    roles: ['patient'],
    render: (p) => (
      <MeasurePage
        patientId={p.patient ?? ''}
        planId={p.plan ?? ''}
        code={(p.code ?? 'nrs') as MeasureCode}
      />
    ),
  },
  {
    pattern: '/desk/measures/:patient/:plan/:code',
    roles: ['front_desk'],
    render: (p) => (
      <MeasurePage
        patientId={p.patient ?? ''}
        planId={p.plan ?? ''}
        code={(p.code ?? 'nrs') as MeasureCode}
        desk
      />
    ),
  },
  {
    pattern: '/portal/progress/:id',
    roles: ['patient'],
    render: (p) => <ProgressPage patientId={p.id ?? ''} />,
  },
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
  { pattern: '/account', roles: EVERY_ROLE, render: () => <AccountPage /> },
  { pattern: '/education', roles: EVERY_ROLE, render: () => <EducationPage /> },
  { pattern: '/education/:slug', roles: EVERY_ROLE, render: (p) => <ArticlePage slug={p.slug ?? ''} /> },
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
  { pattern: '/admin/smart-apps', roles: ['admin'], render: () => <SmartAppsPage /> },
  { pattern: '/admin/patient-import', roles: ['admin'], render: () => <PatientImportPage /> },
  {
    pattern: '/admin/licensed-questionnaires',
    roles: ['admin'],
    render: () => <LicensedQuestionnairesPage />,
  },
  { pattern: '/reports/outcomes', roles: ['physician', 'admin'], render: () => <OutcomesReportPage /> },
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

/**
 * Starts fetching the chunk of the page at path, so that it loads while the session is asked for instead of after
 * (the first page drawn waits for both). A route's page is the element its render gives; nothing is drawn here.
 */
export function preloadPageAt(path: string): void {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    const page = route.render(params);
    const type = isValidElement(page) ? (page.type as Partial<Preloadable>) : null;
    void type?.preload?.().catch(() => undefined); // a failed fetch is met again, and shown, when the page is drawn
    return;
  }
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
    return (
      <Fragment key={path}>
        <Suspense fallback={<PageLoading />}>{route.render(params)}</Suspense>
      </Fragment>
    );
  }
  return <Problem title="Page not found" text={`There is no page at ${path}.`} user={user} />;
}
