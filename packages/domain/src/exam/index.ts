export * from './tart';
export * from './segment-notation';
