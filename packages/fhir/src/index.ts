export * from './intake-questionnaire';
