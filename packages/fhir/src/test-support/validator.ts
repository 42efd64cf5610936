export { validateFhir } from '../questionnaire/fhir-validator';
