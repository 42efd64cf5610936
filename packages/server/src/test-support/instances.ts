import { migrateToLatest, openDatabase } from '@omt/db';
import { freshPostgresUrl, type TestDatabase } from '../../../../scripts/test-support/databases';
import type { BuildOptions } from '../app';
import type { Config } from '../config';
import { startTestApp, type TestApp } from './test-app';

/** One more handle, with a pool of its own, on the PostgreSQL database at `url`: the database of another instance. */
export const instanceOf = (url: string, migrate: boolean): TestDatabase => {
  const open = async () => {
    const handle = openDatabase({ url });
    if (migrate) await migrateToLatest(handle);
    return handle;
  };
  return { name: 'postgres', open, openUnmigrated: open };
};

/**
 * Two app instances on one fresh PostgreSQL database, each with its own connection pool and in-memory state, as two
 * processes or hosts behind a proxy; `url` opens more. `twoOptions`: the second's logging and metrics options;
 * `config`: settings both instances run with (as `startTestApp`'s overrides).
 */
export async function startTwoInstances(
  twoOptions: BuildOptions = {},
  config: Partial<Config> = {},
): Promise<{ url: string; one: TestApp; two: TestApp }> {
  const url = await freshPostgresUrl();
  const one = await startTestApp(instanceOf(url, true), config); // migrates and seeds the demo
  const two = await startTestApp(instanceOf(url, false), config, {}, {}, twoOptions); // finds it done
  return { url, one, two };
}
