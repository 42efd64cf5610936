// Shared by the network benchmarks (bench/run.ts on SQLite, bench/run-postgres.ts on PostgreSQL).
import { execFileSync } from 'node:child_process';
import { Agent, get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { expandSlots, type OpenSlots, type Slot } from '@omt/contracts';
import type { NetworkFacts } from './generate';
import { percentile } from './http-load';
import { throughput } from './throughput';

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

/** One search's answer: its status, and its body parsed only when asked (the harness's parsing stays out of the timings). */
interface Answer {
  status: number;
  json(): unknown;
}
/** Sends the search once and reads the whole answer. */
type Search = () => Promise<Answer>;

/** The body as sent, decoded in one call (as a browser's network stack does, natively). */
function decoded(raw: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(raw);
  if (encoding === 'gzip') return gunzipSync(raw);
  return raw;
}

/**
 * The search over real loopback HTTP, as a browser meets it: one kept-alive connection, the encodings a browser
 * offers (the server answers in brotli), and the whole body read and decoded. The client is `node:http`: Node's
 * `fetch` (undici) decodes through WHATWG streams in 16 kB pieces in JavaScript, which cost this same process
 * about 5 ms more per search (bench/README.md) and no browser pays.
 */
export function overHttp(agent: Agent, base: string, path: string, headers: Record<string, string>): Search {
  return () =>
    new Promise((resolve, reject) => {
      const req = get(
        `${base}${path}`,
        { agent, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const body = decoded(Buffer.concat(chunks), res.headers['content-encoding']);
            resolve({
              status: res.statusCode ?? 0,
              json: () => JSON.parse(body.toString('utf8')) as unknown,
            });
          });
        },
      );
      req.on('error', reject);
    });
}

/** The search through Fastify's `inject` (no socket; light-my-request copies the body and keeps every answer reachable). */
function throughInject(app: FastifyInstance, path: string, headers: Record<string, string>): Search {
  return async () => {
    const res = await app.inject({ method: 'GET', url: path, headers });
    return { status: res.statusCode, json: () => res.json<unknown>() };
  };
}

/**
 * Sends `search` `runs` times after 10 warm-up calls: the slots of the last answer, and the wall-clock latencies and
 * this process's CPU time per search (user + system: what a busy shared machine moves least; over HTTP the client's
 * reading is in it too), in milliseconds.
 */
async function timeSearches(search: Search, runs: number) {
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  let slots: Slot[] = [];
  for (let i = 0; i < runs + 10; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const res = await search();
    if (i >= 10) latencies.push(performance.now() - t0);
    if (i >= 10) cpuTimes.push(cpuMs(process.cpuUsage(c0)));
    if (res.status !== 200) throw new Error(`availability → ${res.status} ${JSON.stringify(res.json())}`);
    if (i === runs + 9) slots = expandSlots(res.json() as OpenSlots);
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

/**
 * The availability search `path` measured as users meet it: `app` listens on a free loopback port and the search goes
 * over HTTP (`http`). Then, for comparison with the figures of earlier days, the same search through `inject`
 * (`inject`), measured second because inject's kept answers grow the heap.
 */
export async function measureAvailability(
  app: FastifyInstance,
  path: string,
  headers: Record<string, string>,
  runs: number,
) {
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const http = await timeSearches(overHttp(agent, base, path, headers), runs);
  agent.destroy();
  const inject = await timeSearches(throughInject(app, path, headers), runs);
  return { slots: http.slots, http: http.summary, inject: inject.summary };
}

/** A plain Fastify hello-world's requests per second, measured as `throughput` measures the clinic: the yardstick of the machine's speed in this run. */
export async function helloWorldPerSecond(): Promise<number> {
  const hello = Fastify();
  hello.get('/', () => ({ hello: 'world' }));
  const { perSecond } = await throughput(hello, () => ({ method: 'GET', url: '/' }));
  await hello.close();
  return perSecond;
}
