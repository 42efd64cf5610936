import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/** Gives every integration test file a real PostgreSQL: TEST_PG_URL if set, else a throwaway cluster. */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_PG_URL;
  if (given) {
    project.provide('pgUrl', given);
    return () => undefined;
  }
  const cluster = await startPgCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
