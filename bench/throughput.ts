import type { FastifyInstance, InjectOptions } from 'fastify';

export const THROUGHPUT_SECONDS = 5;
/** Untimed requests first, so both sides of a ratio are measured after the JIT has compiled their hot paths. */
export const WARM_UP_SECONDS = 1;
export const CONCURRENCY = 16;

/**
 * Successful requests per second with `CONCURRENCY` in-process callers for a fixed time, after `WARM_UP_SECONDS` of
 * the same requests untimed; refusals counted apart. Also per CPU-second of this process (user + system, its threads
 * included), which other work on a shared machine moves much less than the wall-clock rate. `request(i)` is called
 * with a running count over warm-up and timed requests alike, so no request repeats one of the warm-up's.
 */
export async function throughput(app: FastifyInstance, request: (i: number) => InjectOptions) {
  let sent = 0;
  const run = async (seconds: number) => {
    let done = 0;
    let failed = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          const res = await app.inject(request(sent++));
          if (res.statusCode < 400) done++;
          else failed++;
        }
      }),
    );
    return { done, failed };
  };
  await run(WARM_UP_SECONDS);
  const cpu0 = process.cpuUsage();
  const { done, failed } = await run(THROUGHPUT_SECONDS);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    perSecond: Math.round(done / THROUGHPUT_SECONDS),
    perCpuSecond: Math.round(done / cpuSeconds),
    failed,
  };
}
