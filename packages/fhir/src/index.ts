export * from './questionnaire/answers';
export * from './questionnaire/extensions';
export * from './questionnaire/enable-when';
export * from './questionnaire/validate-response';
export * from './intake/link-ids';
export * from './intake/questionnaire';
export * from './intake/extract';
export * from './questionnaire/build-response';
export type {
  Questionnaire as FhirQuestionnaire,
  QuestionnaireResponse as FhirQuestionnaireResponse,
} from '@medplum/fhirtypes';
export * from './resources';
export * from './questionnaire/licensed';
