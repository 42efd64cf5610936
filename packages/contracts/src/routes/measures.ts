import { AnswerMeasure, MeasureCodeParam, MeasureForm, MeasureResponse, PatientMeasures } from '../measures';
import { endpoint, IdParam } from './endpoint';

const tag = 'measures';

/** Outcome measures: what is due before a visit, answering one, and each measure's trend. */
export const MEASURES_API = {
  patientMeasures: endpoint({
    method: 'GET',
    path: '/api/patients/:id/measures',
    summary:
      "Measures due before the next visit of the patient's plans, every answer, and each measure's trend (clinicians; the patient their own)",
    tag,
    auth: 'user',
    params: IdParam,
    response: PatientMeasures,
  }),
  answerMeasure: endpoint({
    method: 'POST',
    path: '/api/patients/:id/measures',
    summary:
      'Answer a measure due before the next visit (the patient in the portal, or staff at the desk); scored and stored',
    tag,
    auth: 'user',
    status: 201,
    params: IdParam,
    body: AnswerMeasure,
    response: MeasureResponse,
  }),
  measureForm: endpoint({
    method: 'GET',
    path: '/api/measures/:code',
    summary: "A measure's items and scales, and whether it can be answered online",
    tag,
    auth: 'user',
    params: MeasureCodeParam,
    response: MeasureForm,
  }),
};
