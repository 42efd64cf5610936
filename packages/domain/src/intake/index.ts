export * from './phq';
export * from './pain-score';
export * from './peg';
export * from './intake-questions';
export * from './intake-sections';
export * from './pregnancy-factors';
export * from './history-questions';
