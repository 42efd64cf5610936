import { z } from 'zod';
import {
  DeactivatePatient,
  Patient,
  PatientSearch,
  RegisterPatient,
  UpdateFactors,
  UpdatePatient,
} from '../patients';
import { endpoint, IdParam } from './endpoint';

/** The patients endpoints. */
export const PATIENTS_API = {
  searchPatients: endpoint({
    method: 'GET',
    path: '/api/patients',
    summary: 'Find patients by name prefix, date of birth, phone or email (staff)',
    tag: 'patients',
    auth: 'user',
    query: PatientSearch,
    response: z.array(Patient),
  }),

  getPatient: endpoint({
    method: 'GET',
    path: '/api/patients/:id',
    summary: 'One patient with safety factors',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    response: Patient,
  }),

  registerPatient: endpoint({
    method: 'POST',
    path: '/api/patients',
    summary: 'Register a patient (front desk, admin); 409 possible_duplicate lists the matches',
    tag: 'patients',
    auth: 'user',
    status: 201,
    body: RegisterPatient,
    response: Patient,
  }),

  updatePatient: endpoint({
    method: 'PUT',
    path: '/api/patients/:id',
    summary: 'Edit the registration with the version read (409 stale_patient)',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    body: UpdatePatient,
    response: Patient,
  }),

  deactivatePatient: endpoint({
    method: 'POST',
    path: '/api/patients/:id/deactivate',
    summary: 'Deactivate a patient (history kept; no new bookings)',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    body: DeactivatePatient,
    response: Patient,
  }),

  updateFactors: endpoint({
    method: 'PUT',
    path: '/api/patients/:id/factors',
    summary: 'Keep the patient safety factors current (clinicians)',
    tag: 'patients',
    auth: 'user',
    params: IdParam,
    body: UpdateFactors,
    response: Patient,
  }),
} as const;
