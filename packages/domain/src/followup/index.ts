export * from './checkin-symptoms';
export * from './triage-checkin';
export * from './checkin-texts';
export * from './checkin-schedule';
