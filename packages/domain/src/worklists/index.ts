export * from './alert-acknowledgement';
export * from './note-queues';
