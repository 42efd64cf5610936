export * from './csv';
export * from './columns';
export * from './values';
