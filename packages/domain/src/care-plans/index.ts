export * from './care-plan';
export * from './open-measures';
