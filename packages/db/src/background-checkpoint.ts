import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The request thread checkpoints itself only if the background one falls this far behind (pages, ~40 MB). */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;
/** How often the background thread copies the write-ahead log back into the database file. */
const EVERY_MS = 100;

// Runs in the worker: its own connection, a PASSIVE checkpoint (never blocks readers or writers) on a timer.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
}, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Copies the SQLite write-ahead log back into the database file from a worker thread, so the request thread
 * only appends to the log: SQLite's automatic checkpoint otherwise runs inside whichever commit crosses
 * 1,000 pages and stalls that request. The request thread keeps a distant automatic checkpoint as a fallback.
 */
export function startBackgroundCheckpoints(file: string): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, everyMs: EVERY_MS } });
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.ref(); // wait for it: an unreferenced worker would let the process end mid-stop
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
