export * from './codes';
export * from './references';
export * from './patient';
export * from './practitioner';
export * from './organization';
export * from './location';
export * from './appointment';
export * from './encounter';
export * from './condition';
export * from './procedure';
export * from './observation';
export * from './outside-observation';
export * from './allergy-intolerance';
export * from './medication-statement';
export * from './care-plan';
export * from './goal';
export * from './consent';
export * from './document-reference';
export * from './measure-questionnaire';
export * from './questionnaire-response';
export * from './related-person';
export * from './practitioner-role';
export * from './schedule';
export * from './slot';
export * from './group';
export * from './audit-event';
export * from './operation-outcome';
export * from './bundle';
export * from './from-fhir';
export * from './from-patient';
export * from './from-appointment';
export * from './from-chart';
export * from './from-observation';
export * from './transaction-response';
export type {
  Resource as FhirResource,
  Bundle as FhirBundle,
  CapabilityStatement as FhirCapabilityStatement,
  OperationOutcome as FhirOperationOutcome,
  Patient as FhirPatient,
  Practitioner as FhirPractitioner,
  Organization as FhirOrganization,
  Location as FhirLocation,
  Appointment as FhirAppointment,
  Encounter as FhirEncounter,
  Condition as FhirCondition,
  Procedure as FhirProcedure,
  Observation as FhirObservation,
  AllergyIntolerance as FhirAllergyIntolerance,
  MedicationStatement as FhirMedicationStatement,
  CarePlan as FhirCarePlan,
  Goal as FhirGoal,
  Consent as FhirConsent,
  DocumentReference as FhirDocumentReference,
  RelatedPerson as FhirRelatedPerson,
  PractitionerRole as FhirPractitionerRole,
  Schedule as FhirSchedule,
  Slot as FhirSlot,
  Group as FhirGroup,
  AuditEvent as FhirAuditEvent,
  Coding as FhirCoding,
  CodeableConcept as FhirCodeableConcept,
} from '@medplum/fhirtypes';
