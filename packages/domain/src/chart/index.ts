export * from './chart-entries';
export * from './intake-report';
