// Shared by the network benchmarks (bench/run.ts on SQLite, bench/run-postgres.ts on PostgreSQL).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { NetworkFacts } from './generate';
import { percentile } from './http-load';

export type Slot = { start: string; providerId: string; locationId: string };

/**
 * Generates the network in its own process (`bench/generate.ts` with `args`: [folder] [anchor]), so its garbage
 * does not weigh on the measured heap; returns the facts it printed last.
 */
export function generateInChild(args: string[] = []): NetworkFacts {
  const generated = execFileSync(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'generate.ts'), ...args],
    { encoding: 'utf8' },
  );
  return JSON.parse(generated.trim().split('\n').at(-1) ?? '{}') as NetworkFacts;
}

/**
 * GET `url` through app.inject `runs` times after 10 warm-up calls: the slots of the last answer, and the
 * wall-clock latencies and the app's own CPU time per search (user + system: what a busy shared machine moves
 * least), in milliseconds.
 */
export async function measureAvailability(
  app: FastifyInstance,
  url: string,
  headers: Record<string, string>,
  runs: number,
) {
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  let slots: Slot[] = [];
  for (let i = 0; i < runs + 10; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const res = await app.inject({ method: 'GET', url, headers });
    if (i >= 10) latencies.push(performance.now() - t0);
    if (i >= 10) cpuTimes.push(cpuMs(process.cpuUsage(c0)));
    if (res.statusCode !== 200) throw new Error(`availability → ${res.statusCode} ${res.body}`);
    if (i === runs + 9) slots = res.json(); // parsed once: the harness's own garbage stays out of the timings
  }
  latencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    slots,
    summary: {
      slotsReturned: slots.length,
      p50ms: +percentile(latencies, 50).toFixed(1),
      p95ms: +percentile(latencies, 95).toFixed(1),
      p99ms: +percentile(latencies, 99).toFixed(1),
      cpuP50ms: +percentile(cpuTimes, 50).toFixed(1),
      cpuP95ms: +percentile(cpuTimes, 95).toFixed(1),
    },
  };
}
