export * from './document-rules';
