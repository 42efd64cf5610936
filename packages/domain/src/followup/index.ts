export * from './checkin-symptoms';
export * from './triage-checkin';
export * from './checkin-texts';
