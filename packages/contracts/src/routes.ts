import { z } from 'zod';
import { SYSTEM_API } from './routes/system';
import { AUTH_API } from './routes/auth';
import { CATALOG_API } from './routes/catalog';
import { SCHEDULING_API } from './routes/scheduling';
import { PATIENTS_API } from './routes/patients';
import { INTAKE_API } from './routes/intake';
import { ENCOUNTERS_API } from './routes/encounters';
import { AFTERCARE_API } from './routes/aftercare';
import { FOLLOW_UP_API } from './routes/follow-up';
import { CHECK_IN_SERIES_API } from './routes/check-in-series';
import { ADMIN_API } from './routes/admin';
import { STAFF_API } from './routes/staff';
import { PATIENT_IMPORT_API } from './routes/patient-import';
import { SCHEDULE_CONFLICTS_API } from './routes/schedule-conflicts';
import { PREFERRED_LANGUAGE_API } from './routes/preferred-language';
import { SIGNUP_API } from './routes/signup';
import { CLINIC_PROFILE_API } from './routes/clinic-profile';
import { CHART_API } from './routes/chart';
import { NOTE_API } from './routes/note';
import { DOCUMENTS_API } from './routes/documents';
import { WORKLISTS_API } from './routes/worklists';
import { BILLING_API } from './routes/billing';
import { CARE_PLANS_API } from './routes/care-plans';
import { EXPORTS_API } from './routes/exports';
import { MEASURES_API } from './routes/measures';
import { OUTCOMES_API } from './routes/outcomes';
import { EDUCATION_API } from './routes/education';
import { SMART_API } from './routes/smart';
import type { Endpoint } from './routes/endpoint';

export type { Endpoint, HttpMethod } from './routes/endpoint';

/** Every endpoint's contract: the server validates with it, the web client calls with it, OpenAPI is built from it. */
export const API = {
  ...SYSTEM_API,
  ...AUTH_API,
  ...CATALOG_API,
  ...SCHEDULING_API,
  ...PATIENTS_API,
  ...INTAKE_API,
  ...ENCOUNTERS_API,
  ...AFTERCARE_API,
  ...FOLLOW_UP_API,
  ...CHECK_IN_SERIES_API,
  ...ADMIN_API,
  ...STAFF_API,
  ...PATIENT_IMPORT_API,
  ...SCHEDULE_CONFLICTS_API,
  ...PREFERRED_LANGUAGE_API,
  ...SIGNUP_API,
  ...CLINIC_PROFILE_API,
  ...CHART_API,
  ...NOTE_API,
  ...DOCUMENTS_API,
  ...WORKLISTS_API,
  ...BILLING_API,
  ...CARE_PLANS_API,
  ...EXPORTS_API,
  ...MEASURES_API,
  ...OUTCOMES_API,
  ...EDUCATION_API,
  ...SMART_API,
} as const;
export type ApiName = keyof typeof API;
/** The parsed body type of an endpoint. */
export type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : never;
export type ResponseOf<E extends Endpoint> = z.infer<E['response']>;
