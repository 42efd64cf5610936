export * from './phq';
export * from './pain-score';
