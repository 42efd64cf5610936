export * from './dot-phrase';
