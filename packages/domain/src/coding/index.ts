export * from './omt-cpt';
export * from './code-encounter';
