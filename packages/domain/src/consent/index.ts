export * from './signature-rules';
