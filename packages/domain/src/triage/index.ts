export * from './red-flag';
export * from './low-back-red-flags';
export * from './neck-red-flags';
export * from './canadian-c-spine';
export * from './headache-red-flags';
export * from './red-flag-review';
export * from './c-spine-intake';
export * from './c-spine-exam';
