export * from './connection';
export { listenChannel, notifyAtCommit, LISTENER_APPLICATION_NAME } from './notify-channel';
export type { ChannelListener, ListenOptions } from './notify-channel';
export {
  afterCommit,
  afterUnitOfWork,
  independentOfUnitOfWork,
  inUnitOfWork,
  openUnitOfWork,
  unitOfWork,
} from './unit-of-work';
export * from './schema';
export * from './schema-chart';
export * from './schema-jobs';
export * from './schema-exports';
export * from './schema-bulk-exports';
export * from './schema-check-in-series';
export * from './schema-care-plans';
export * from './schema-measures';
export * from './repositories/measure-responses';
export * from './schema-outcomes-report';
export * from './migrate';
export * from './backup';
export * from './repositories/users';
export * from './repositories/sessions';
export * from './repositories/password-resets';
export * from './repositories/signups';
export * from './repositories/totp';
export * from './repositories/login-failures';
export * from './repositories/patients';
export * from './repositories/catalog';
export * from './repositories/appointments';
export * from './repositories/intakes';
export * from './repositories/safety-tasks';
export * from './repositories/encounters';
export * from './repositories/note';
export * from './repositories/check-ins';
export * from './repositories/scheduled-check-ins';
export * from './repositories/note-queues';
export * from './repositories/audit';
export * from './repositories/idempotency';
export * from './repositories/waitlist';
export * from './repositories/rooms';
export * from './repositories/exceptions';
export * from './repositories/c-spine-exams';
export * from './repositories/schedule-versions';
export * from './repositories/location-hours';
export * from './repositories/schedule-catalog';
export * from './repositories/staff';
export * from './repositories/clinic-profile';
export * from './repositories/fees';
export * from './repositories/documents';
export * from './repositories/consent-forms';
export * from './repositories/patient-record';
export * from './repositories/patient-language';
export * from './repositories/patient-imports';
export * from './repositories/schedule-conflicts';
export * from './repositories/setup-status';
export * from './repositories/chart';
export * from './repositories/chart-timeline';
export * from './repositories/jobs';
export * from './repositories/exports';
export * from './repositories/fhir-bulk-exports';
export * from './repositories/fhir-history-rows';
export * from './repositories/care-plans';
export * from './repositories/fhir';
export * from './repositories/fhir-patients';
export * from './repositories/patient-identifiers';
export * from './repositories/outside-observations';
export * from './repositories/fhir-audit';
export * from './repositories/fhir-chart-rows';
export * from './repositories/fhir-record-rows';
export * from './repositories/licensed-questionnaires';
export * from './repositories/outcomes-report';
export * from './schema-smart';
export * from './repositories/smart';
