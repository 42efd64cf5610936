import cluster, { type Worker } from 'node:cluster';

/** Which worker slot this process fills (0 in a single-process start); slot 0 runs the periodic work. */
export const workerSlot = (): number => Number(process.env.OMT_WORKER_SLOT ?? 0);

/** Why several app processes are refused on SQLite. */
export const SQLITE_WORKERS_REFUSAL =
  'WORKERS above 1 needs PostgreSQL (set DATABASE_URL=postgres://…): SQLite is one file that one app process writes.';

/**
 * The primary of a `WORKERS=N` start: forks N app processes that share the port (node:cluster hands out the
 * connections), starts a new one in the slot of one that dies, and on SIGTERM/SIGINT passes the signal on, waits
 * for every worker to finish its requests and exit, then exits 0 (1 if one of them failed to stop cleanly).
 */
export function runWorkers(count: number): void {
  let stopping = false;
  let failed = false;
  const live = new Set<Worker>();
  const fork = (slot: number) => {
    const worker = cluster.fork({ OMT_WORKER_SLOT: String(slot) });
    live.add(worker);
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (code !== 0) failed = true;
        if (live.size === 0) process.exit(failed ? 1 : 0);
        return;
      }
      console.error(`worker ${slot} exited (${signal ?? code}); starting another`);
      fork(slot);
    });
  };
  for (let slot = 0; slot < count; slot++) fork(slot);
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ${live.size} workers`);
    for (const worker of live) worker.process.kill('SIGTERM');
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** Whether DATABASE_URL selects PostgreSQL (the rule `openDatabase` follows). */
export const isPostgresUrl = (url: string | undefined): boolean => /^postgres(ql)?:\/\//.test(url ?? '');
