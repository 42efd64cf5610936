import {
  BookCarePlan,
  CarePlan,
  CarePlanBooking,
  CarePlanList,
  CosignCarePlan,
  CreateCarePlan,
  DischargeCarePlan,
  ReviseCarePlan,
} from '../care-plans';
import { z } from 'zod';
import { endpoint, IdParam } from './endpoint';

const tag = 'care-plans';

/** Plans of care: recorded after a consultation, revised and re-evaluated in versions, booked, discharged. */
export const CARE_PLANS_API = {
  listCarePlans: endpoint({
    method: 'GET',
    path: '/api/patients/:id/care-plans',
    summary:
      "The patient's plans of care with their versions and progress (clinicians; the patient reads their own)",
    tag,
    auth: 'user',
    params: IdParam,
    response: CarePlanList,
  }),
  createCarePlan: endpoint({
    method: 'POST',
    path: '/api/patients/:id/care-plans',
    summary: "Record a plan of care after a consultation (physicians; a resident's waits for co-signature)",
    tag,
    auth: 'user',
    status: 201,
    params: IdParam,
    body: CreateCarePlan,
    response: CarePlan,
  }),
  reviseCarePlan: endpoint({
    method: 'PUT',
    path: '/api/care-plans/:id',
    summary:
      'A new version of the plan (revision or re-evaluation) made from the version read (409 stale_care_plan)',
    tag,
    auth: 'user',
    params: IdParam,
    body: ReviseCarePlan,
    response: CarePlan,
  }),
  cosignCarePlan: endpoint({
    method: 'POST',
    path: '/api/care-plans/:id/cosign',
    summary: "The supervising physician co-signs a resident's version",
    tag,
    auth: 'user',
    params: IdParam,
    body: CosignCarePlan,
    response: CarePlan,
  }),
  dischargeCarePlan: endpoint({
    method: 'POST',
    path: '/api/care-plans/:id/discharge',
    summary: 'Discharge with the reason and a discharge summary (physicians)',
    tag,
    auth: 'user',
    params: IdParam,
    body: DischargeCarePlan,
    response: CarePlan,
  }),
  bookCarePlan: endpoint({
    method: 'POST',
    path: '/api/care-plans/:id/book',
    summary:
      "Book the plan's remaining visits as a series: without confirm, list the visits and conflicts and book nothing",
    tag,
    auth: 'user',
    params: IdParam,
    body: BookCarePlan,
    response: CarePlanBooking,
  }),
  dischargeSummaryPdf: endpoint({
    method: 'GET',
    path: '/api/care-plans/:id/discharge.pdf',
    summary:
      'The discharge summary as a PDF on the clinic letterhead (409 care_plan_not_discharged while active)',
    tag,
    auth: 'user',
    params: IdParam,
    produces: 'application/pdf',
    response: z.string(),
  }),
};
