export * from './cite';
export * from './development-notes';
export * from './parse-reference';
