// Small helpers for the benchmarks that drive a real server over HTTP.
import { readdirSync, readFileSync } from 'node:fs';

/** The p-th percentile of ascending `sorted` (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Successful requests per second over HTTP with `callers` concurrent callers for `seconds`; refusals counted apart. */
export async function httpThroughput(
  base: string,
  request: (i: number) => { path: string; body: unknown; headers: Record<string, string> },
  seconds = 5,
  callers = 16,
): Promise<{ perSecond: number; failed: number }> {
  let done = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < until) {
        const { path, body, headers } = request(done + failed);
        const res = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        await res.arrayBuffer();
        if (res.status < 400) done++;
        else failed++;
      }
    }),
  );
  return { perSecond: Math.round(done / seconds), failed };
}

/** Resolves once GET `url` answers 2xx (polling every 100 ms), or throws after `seconds`. */
export async function waitUntilReady(url: string, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in ${seconds} s`);
}

/** Process `pid` and every live process below it, with each one's parent and CPU ticks so far (Linux /proc). */
function processTree(pid: number): { pid: number; ppid: number; ticks: number }[] {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => {
      try {
        // Fields after the command's closing parenthesis: state, ppid, … utime (14th field), stime (15th).
        const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return { pid: Number(name), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
      } catch {
        return null; // the process ended meanwhile
      }
    })
    .filter((s) => s !== null);
  const inTree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats) {
      if (inTree.has(s.pid) || !inTree.has(s.ppid)) continue;
      inTree.add(s.pid);
      grew = true;
    }
  }
  return stats.filter((s) => inTree.has(s.pid));
}

/** CPU seconds (user + system) used so far by process `pid` and every live process below it (Linux /proc). */
export function processTreeCpuSeconds(pid: number): number {
  const ticks = processTree(pid).reduce((sum, s) => sum + s.ticks, 0);
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** The program a process runs, as /proc names it (`node`, `esbuild`); null once it has ended. */
const programOf = (pid: number): string | null => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
};

/**
 * Process `pid` and the processes below it that run the same program: a `WORKERS=N` server's primary and its
 * workers, without helpers such as tsx's esbuild service.
 */
export function sameProgramTree(pid: number): number[] {
  const program = programOf(pid);
  return processTree(pid)
    .map((s) => s.pid)
    .filter((p) => p === pid || programOf(p) === program);
}

/** The resident memory (VmRSS) of the processes `pids` together, in MB; NaN if none of them is alive. */
export function residentMb(pids: number[]): number {
  let kb = 0;
  let alive = 0;
  for (const pid of pids) {
    try {
      const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (!line) continue;
      kb += Number(line[1]);
      alive++;
    } catch {
      // the process ended meanwhile
    }
  }
  return alive ? kb / 1024 : NaN;
}
