import { Intake, IntakeQuestionnaireQuery, IntakeSubmission } from '../intake';
import { Questionnaire } from '../questionnaire';
import { SafetyTask } from '../safety-tasks';
import { AcknowledgeAlert } from '../worklists';
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
    summary:
      "The assigned physician (or a resident's supervisor) acknowledges a same-visit safety task with what was done; others get 403",
    tag: 'intake',
    auth: 'user',
    params: IdParam,
    body: AcknowledgeAlert,
    response: SafetyTask,
  }),
} as const;
