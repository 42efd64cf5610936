export * from './aftercare-content';
export * from './aftercare-for';
