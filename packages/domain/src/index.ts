export * from './clinical';
export * from './scheduling';
