import { Intake, IntakeQuestionnaireQuery, IntakeSubmission } from '../intake';
import { Questionnaire } from '../questionnaire';
import { SafetyTask } from '../safety-tasks';
import { endpoint, IdParam } from './endpoint';

/** The intake endpoints. */
export const INTAKE_API = {
  intakeQuestionnaire: endpoint({
    method: 'GET',
    path: '/api/appointments/:id/intake/questionnaire',
    summary:
      "The intake as a FHIR R4 Questionnaire, tailored to the patient of the appointment, in `lang` or else the patient's preferred language",
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    query: IntakeQuestionnaireQuery,
    response: Questionnaire,
  }),

  submitIntake: endpoint({
    method: 'POST',
    path: '/api/appointments/:id/intake',
    summary: 'Submit the pre-visit questionnaire as a FHIR R4 QuestionnaireResponse',
    tag: 'intake',
    auth: 'user',
    status: 201,
    params: IdParam,
    body: IntakeSubmission,
    response: Intake,
  }),

  getIntake: endpoint({
    method: 'GET',
    path: '/api/appointments/:id/intake',
    summary: 'The submitted questionnaire with scores and red flags',
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    response: Intake,
  }),

  acknowledgeSafetyTask: endpoint({
    method: 'POST',
    path: '/api/safety-tasks/:id/acknowledge',
    summary: 'Physician acknowledges a same-visit safety task (PHQ-9 item 9)',
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    response: SafetyTask,
  }),
} as const;
