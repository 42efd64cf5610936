/** How long a stop may take (requests and jobs finishing) before the process gives up on them and exits 1. */
const GRACE_MS = 30_000;

/**
 * On the first SIGTERM or SIGINT: says so, runs `stop` (stop accepting, finish requests and jobs, close the
 * database) and exits 0, or 1 if stopping failed or outlasted the grace period. Later signals are ignored.
 */
export function stopOnSignal(stop: () => Promise<void>, say: (line: string) => void = console.log): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping — finishing requests and background work`);
    setTimeout(() => {
      say(`still busy after ${GRACE_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, GRACE_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('stopping failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
