/** Clinical rules of OMT Clinic: regions, exam, coding, techniques + safety, intake, triage, follow-up, aftercare. */
export * from './regions';
export * from './exam';
export * from './coding';
export * from './techniques';
export * from './intake';
export * from './triage';
export * from './followup';
export * from './aftercare';
export * from './clinical-reference';
