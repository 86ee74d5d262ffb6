import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the throwaway cluster of the `postgres` test project (see usePostgresDatabase) */
    postgresUrl: string;
  }
}

/** One throwaway cluster for the whole `postgres` project; each test file makes its own database in it. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
