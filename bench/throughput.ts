import type { FastifyInstance, InjectOptions } from 'fastify';

export const THROUGHPUT_SECONDS = 5;
export const CONCURRENCY = 16;

/**
 * Successful requests per second with `CONCURRENCY` in-process callers for a fixed time; refusals counted apart. Also
 * per CPU-second of this process (user + system, its threads included), which other work on a shared machine moves
 * much less than the wall-clock rate.
 */
export async function throughput(app: FastifyInstance, request: (i: number) => InjectOptions) {
  let done = 0;
  let failed = 0;
  const cpu0 = process.cpuUsage();
  const until = performance.now() + THROUGHPUT_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const res = await app.inject(request(done + failed));
        if (res.statusCode < 400) done++;
        else failed++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    perSecond: Math.round(done / THROUGHPUT_SECONDS),
    perCpuSecond: Math.round(done / cpuSeconds),
    failed,
  };
}
