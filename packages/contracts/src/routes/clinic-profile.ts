import { ClinicProfile, ClinicProfileInput, PublicClinicProfile, SetupStatus } from '../clinic-profile';
import { endpoint } from './endpoint';

/** The clinic's profile and the first-run setup checklist. */
export const CLINIC_PROFILE_API = {
  getClinicProfile: endpoint({
    method: 'GET',
    path: '/api/clinic-profile',
    summary: "The clinic's profile: name, address, phone, NPI, tax id, logo and its version (staff)",
    tag: 'clinic',
    auth: 'user',
    response: ClinicProfile,
  }),
  updateClinicProfile: endpoint({
    method: 'PUT',
    path: '/api/clinic-profile',
    summary: "Save the clinic's profile with the version read; 409 when someone saved since (admin)",
    tag: 'clinic',
    auth: 'user',
    body: ClinicProfileInput,
    response: ClinicProfile,
  }),
  publicClinicProfile: endpoint({
    method: 'GET',
    path: '/api/clinic-profile/public',
    summary: "The clinic's name, logo, phone and address, for the login page and prints",
    tag: 'clinic',
    auth: 'public',
    response: PublicClinicProfile,
  }),
  setupStatus: endpoint({
    method: 'GET',
    path: '/api/setup-status',
    summary:
      'The first-run checklist: clinic profile, a location with hours, staff, visit types — each done or not (admin)',
    tag: 'clinic',
    auth: 'user',
    response: SetupStatus,
  }),
} as const;
