import { createContext, useContext } from 'react';
import type { Role, User } from '@omt/contracts';

export interface Session {
  user: User;
  logout: () => void;
  /** Replaces the user after a change the server returned it with (a child added). */
  setUser: (user: User) => void;
}

export const SessionContext = createContext<Session | null>(null);

/** The logged-in user; only used below the authenticated shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a logged-in page');
  return session;
}

/** Where each role lands after login. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'patient':
      return '/portal';
    case 'front_desk':
      return '/desk';
    case 'physician':
    case 'resident':
      return '/clinician';
    case 'admin':
      return '/admin'; // the setup checklist until the clinic is bookable, then the audit log
  }
}

export const ROLE_LABELS: Record<Role, string> = {
  physician: 'Physician',
  resident: 'Resident',
  front_desk: 'Front desk',
  admin: 'Clinic admin',
  patient: 'Patient',
};

/** Every role (the labels name each one; the contracts' list would load zod with the first page). */
export const EVERY_ROLE = Object.keys(ROLE_LABELS) as Role[];

/** The navigation links a role sees in the header. */
export function navFor(role: Role): { to: string; label: string }[] {
  switch (role) {
    case 'patient':
      return [
        { to: '/portal', label: 'My appointments' },
        { to: '/portal/book', label: 'Book a visit' },
        { to: '/portal/record', label: 'My record' },
        { to: '/education', label: 'Health library' },
      ];
    case 'front_desk':
      return [
        { to: '/desk', label: 'Calendar' },
        { to: '/desk/day', label: 'Day list' },
        { to: '/desk/book', label: 'Book for a patient' },
        { to: '/patients/new', label: 'Register patient' },
        { to: '/rebook', label: 'Visits to rebook' },
      ];
    case 'physician':
    case 'resident':
      return [
        { to: '/clinician', label: 'Worklist and appointments' },
        { to: '/note-templates', label: 'Note templates' },
        ...(role === 'physician' ? [{ to: '/reports/outcomes', label: 'How is the clinic doing' }] : []),
      ];
    case 'admin':
      return [
        { to: '/admin/setup', label: 'Setup' },
        { to: '/admin/clinic-profile', label: 'Clinic profile' },
        { to: '/admin/consent-form', label: 'Consent form' },
        { to: '/admin/fees', label: 'Fee schedule' },
        { to: '/admin/audit', label: 'Audit log' },
        { to: '/admin/jobs', label: 'Background jobs' },
        { to: '/admin/locations', label: 'Locations' },
        { to: '/admin/visit-types', label: 'Visit types' },
        { to: '/admin/rooms', label: 'Rooms' },
        { to: '/admin/hours', label: 'Weekly hours' },
        { to: '/admin/staff', label: 'Staff' },
        { to: '/rebook', label: 'Visits to rebook' },
        { to: '/admin/patient-import', label: 'Import patients' },
        { to: '/admin/licensed-questionnaires', label: 'Licensed questionnaires' },
        { to: '/admin/smart-apps', label: 'Third-party apps' },
        { to: '/reports/outcomes', label: 'How is the clinic doing' },
        { to: '/note-templates', label: 'Note templates' },
      ];
  }
}
