export * from './technique-ids';
export * from './technique-catalogue';
export * from './patient-factors';
export * from './safety-rule';
export * from './safety-rules-general';
export * from './safety-rules-hvla';
export * from './safety-rules-technique';
export * from './check-technique-safety';
