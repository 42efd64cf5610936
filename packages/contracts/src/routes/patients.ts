import { z } from 'zod';
import { Patient, PatientSearch, UpdateFactors } from '../patients';
import { endpoint, IdParam } from './endpoint';

/** The patients endpoints. */
export const PATIENTS_API = {
  searchPatients: endpoint({
    method: 'GET',
    path: '/api/patients',
    summary: 'Find patients (staff)',
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
