export * from './npi';
