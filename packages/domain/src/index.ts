export * from './clinical';
export * from './scheduling';
export * from './staff';
export * from './patients';
export * from './chart';
export * from './patient-import';
export * from './clinic';
export * from './notes';
