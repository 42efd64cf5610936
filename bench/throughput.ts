import type { FastifyInstance, InjectOptions } from 'fastify';

export const THROUGHPUT_SECONDS = 5;
export const CONCURRENCY = 16;

/** Successful requests per second with `CONCURRENCY` in-process callers for a fixed time; refusals counted apart. */
export async function throughput(app: FastifyInstance, request: (i: number) => InjectOptions) {
  let done = 0;
  let failed = 0;
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
  return { perSecond: Math.round(done / THROUGHPUT_SECONDS), failed };
}
