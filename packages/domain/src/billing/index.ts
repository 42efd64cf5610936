export * from './fee-codes';
export * from './money';
export * from './fee-lookup';
export * from './superbill-lines';
