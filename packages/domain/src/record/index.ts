export * from './patient-words';
