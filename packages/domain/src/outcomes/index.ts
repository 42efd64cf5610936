export * from './types';
export * from './odi';
export * from './ndi';
export * from './hit6';
export * from './public-domain';
export * from './measures';
export * from './trend';
