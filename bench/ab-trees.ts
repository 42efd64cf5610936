// A/B of two checkouts on this machine in one run: `bench/run.ts` of each, alternating (A B B A A B ...), so the
// machine's load weighs on both alike. Each tree needs its own `npm ci` (e.g. `git worktree add /tmp/p-old <commit>`).
// Usage: node --import tsx bench/ab-trees.ts <old tree> <new tree> [pairs=3]
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

const [oldTree, newTree, pairsArg] = process.argv.slice(2);
if (!oldTree || !newTree) throw new Error('usage: bench/ab-trees.ts <old tree> <new tree> [pairs]');
const pairs = Number(pairsArg ?? 3);

interface Figures {
  availabilityP95: number;
  bookingsPerSecond: number;
  helloWorld: number;
  yardstick: number;
  load: number;
}

function runIn(tree: string): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/run.ts'], {
    cwd: resolve(tree),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(out.slice(out.indexOf('{\n  "network"'))) as {
    availability8Weeks: { p95ms: number };
    availability8WeeksInject?: { p95ms: number };
    bookingRequestsPerSecond: number;
    helloWorldRequestsPerSecond: number;
    ceilingBookingsPerSecond: number;
  };
  return {
    // Through inject: the one way every tree's run.ts measures (older ones have no loopback HTTP figure).
    availabilityP95: (r.availability8WeeksInject ?? r.availability8Weeks).p95ms,
    bookingsPerSecond: r.bookingRequestsPerSecond,
    helloWorld: r.helloWorldRequestsPerSecond,
    yardstick: r.ceilingBookingsPerSecond,
    load: +loadavg()[0]!.toFixed(1),
  };
}

const runs: { tree: 'old' | 'new'; figures: Figures }[] = [];
for (let p = 0; p < pairs; p++) {
  const order: ('old' | 'new')[] = p % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
  for (const which of order) {
    const figures = runIn(which === 'old' ? oldTree : newTree);
    runs.push({ tree: which, figures });
    console.log(JSON.stringify({ run: runs.length, tree: which, ...figures }));
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const of = (tree: 'old' | 'new', key: keyof Figures) =>
  median(runs.filter((r) => r.tree === tree).map((r) => r.figures[key]));
const summary: Record<string, { old: number; new: number; ratio: number }> = {};
for (const key of ['availabilityP95', 'bookingsPerSecond', 'helloWorld', 'yardstick'] as const) {
  summary[key] = {
    old: of('old', key),
    new: of('new', key),
    ratio: +(of('new', key) / of('old', key)).toFixed(2),
  };
}
console.log(JSON.stringify({ medians: summary }, null, 2));
