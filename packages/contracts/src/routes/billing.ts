import { z } from 'zod';
import { FeeSchedule, SetFee } from '../fees';
import { endpoint, IdParam } from './endpoint';

/** The clinic's fee schedule (admin) and the superbill of a signed visit. */
export const BILLING_API = {
  feeSchedule: endpoint({
    method: 'GET',
    path: '/api/fees',
    summary: 'The fee schedule: per code the fee that applies today, later ones and the history (admin)',
    tag: 'billing',
    auth: 'user',
    response: FeeSchedule,
  }),
  setFee: endpoint({
    method: 'POST',
    path: '/api/fees',
    summary:
      'Set a fee for a code from a day (today or later); earlier fees stay as history, so issued superbills keep theirs (admin)',
    tag: 'billing',
    auth: 'user',
    status: 201,
    body: SetFee,
    response: FeeSchedule,
  }),
  superbillPdf: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/superbill.pdf',
    summary:
      'The superbill of a signed visit as a PDF: clinic, provider, patient, CPT with ICD-10-CM and the fee effective on the date of service (409 when not signed)',
    tag: 'billing',
    auth: 'user',
    params: IdParam,
    produces: 'application/pdf',
    response: z.string(),
  }),
} as const;
