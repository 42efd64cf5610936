export * from './search-keys';
