export * from './checkin-symptoms';
export * from './triage-checkin';
