export * from './care-plan';
