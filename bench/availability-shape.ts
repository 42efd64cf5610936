// The availability answer's shape: one object per slot (the answer before 2026-12-01 evening) against slots grouped by
// provider, location and visit type (`OpenSlots`, today's), for the 8-week × 40-provider × 10-location search on the
// generated network (SQLite). Both are served by the same app in the same process: today's route, and the same
// search answered the old way on a route of this bench's own (the same zod check, compression and handler path).
//
// 1. Over loopback HTTP, as bench/run.ts measures (node:http, one kept-alive connection, brotli, the body decoded in
//    one call), then parsed, and the groups expanded into slots as the web does: paired, each pair one search of each
//    shape in alternating order; the figure is the median of the pairs' differences.
// 2. The answer's own stages on the same slots, paired the same way: the zod response check, JSON.stringify, brotli
//    at the route's quality 2, then the client's decoding, JSON.parse and expansion.
// Usage: node --import tsx bench/availability-shape.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Agent } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { z } from 'zod';
import { API, OpenSlots, Slot, expandSlots } from '@omt/contracts';
import { openDatabase } from '@omt/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { defineRoute } from '../packages/server/src/http/define-route';
import { LARGE_JSON_ANSWERS } from '../packages/server/src/http/web-delivery';
import { availability } from '../packages/server/src/modules/scheduling/queries';
import { createBenchDesk } from './bench-database';
import { percentile } from './http-load';
import { generateInChild, overHttp } from './network-run';

const PAIRS = 200;
const WARMUP = 20;
type Shape = 'slots' | 'groups';

const dir = mkdtempSync(join(tmpdir(), 'omt-bench-'));
const facts = generateInChild([dir]);
const anchor = new Date(`${facts.anchor}T12:00:00Z`);
const handle = openDatabase({ dataDir: dirname(facts.file) });
const clock = () => anchor;
const deps = {
  db: handle.db,
  dialect: handle.dialect,
  config: loadConfig({ NODE_ENV: 'production' }),
  clock,
};
const app = await buildApp(deps);
const SlotList = z.array(Slot);
const asSlots = { ...API.availability, path: '/bench/availability-as-slots', response: SlotList };
defineRoute(app, deps, asSlots, ({ query }, ctx) => availability(ctx, query), LARGE_JSON_ANSWERS);
const { auth } = await createBenchDesk(handle.db, clock, facts.anchor);
const query = `visitType=omt-follow-up&from=${anchor.toISOString()}&to=${new Date(anchor.getTime() + 56 * 86_400_000).toISOString()}`;
const base = await app.listen({ host: '127.0.0.1', port: 0 });
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const search = {
  slots: overHttp(agent, base, `${asSlots.path}?${query}`, auth),
  groups: overHttp(agent, base, `${API.availability.path}?${query}`, auth),
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const ms = (x: number) => +x.toFixed(2);

/** Runs `measure` of both shapes `PAIRS` times after `WARMUP` pairs, in alternating order. */
async function paired<T extends Record<string, number>>(measure: (shape: Shape) => Promise<T> | T) {
  const runs: Record<Shape, T[]> = { slots: [], groups: [] };
  for (let i = 0; i < PAIRS + WARMUP; i++) {
    const order: Shape[] = i % 2 === 0 ? ['slots', 'groups'] : ['groups', 'slots'];
    for (const shape of order) {
      const r = await measure(shape);
      if (i >= WARMUP) runs[shape].push(r);
    }
  }
  const field = (shape: Shape, key: keyof T) => runs[shape].map((r) => r[key] as number);
  const keys = Object.keys(runs.slots[0] ?? {}) as (keyof T & string)[];
  const summary = (shape: Shape) =>
    Object.fromEntries(keys.map((k) => [k, ms(percentile(sorted(field(shape, k)), 50))]));
  const total = (shape: Shape) => runs[shape].map((r) => keys.reduce((n, k) => n + (r[k] as number), 0));
  const groups = total('groups');
  const diff = sorted(total('slots').map((old, i) => (groups[i] ?? 0) - old));
  return {
    slotsP50: summary('slots'),
    groupsP50: summary('groups'),
    slotsTotal: {
      p50: ms(percentile(sorted(total('slots')), 50)),
      p95: ms(percentile(sorted(total('slots')), 95)),
    },
    groupsTotal: { p50: ms(percentile(sorted(groups), 50)), p95: ms(percentile(sorted(groups), 95)) },
    groupsMinusSlots: {
      p25: ms(percentile(diff, 25)),
      p50: ms(percentile(diff, 50)),
      p75: ms(percentile(diff, 75)),
    },
  };
}

// 1. Over HTTP: the search, its answer's delivery and decoding, and the web's expansion.
let lastSlots: Slot[] = [];
let lastGroups: OpenSlots = { groups: [] };
const load0 = loadavg()[0];
const http = await paired(async (shape) => {
  const t0 = performance.now();
  const res = await search[shape]();
  const body = res.json();
  const slots = shape === 'slots' ? (body as Slot[]) : expandSlots(body as OpenSlots);
  const took = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${shape} → ${res.status}`);
  if (shape === 'slots') lastSlots = slots;
  else lastGroups = body as OpenSlots;
  return { searchMs: took };
});
agent.destroy();
await app.close();
await handle.close();
rmSync(dir, { recursive: true, force: true });
const load1 = loadavg()[0];
if (JSON.stringify(expandSlots(lastGroups)) !== JSON.stringify(lastSlots)) {
  throw new Error('the two shapes did not answer the same slots');
}

// 2. The answer's stages alone, on those same answers.
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 2 } };
const answers = { slots: lastSlots, groups: lastGroups };
const sizes = { slots: { json: 0, brotli: 0 }, groups: { json: 0, brotli: 0 } };
const stages = await paired((shape) => {
  const t = [performance.now()];
  const checked = shape === 'slots' ? SlotList.parse(answers.slots) : OpenSlots.parse(answers.groups);
  t.push(performance.now());
  const json = JSON.stringify(checked);
  t.push(performance.now());
  const sent = brotliCompressSync(json, BROTLI);
  t.push(performance.now());
  const text = brotliDecompressSync(sent).toString('utf8');
  t.push(performance.now());
  const parsed = JSON.parse(text) as unknown;
  t.push(performance.now());
  if (shape === 'groups') expandSlots(parsed as OpenSlots);
  t.push(performance.now());
  sizes[shape] = { json: json.length, brotli: sent.length };
  const step = (i: number) => (t[i + 1] ?? 0) - (t[i] ?? 0);
  return {
    check: step(0),
    stringify: step(1),
    compress: step(2),
    decompress: step(3),
    parse: step(4),
    expand: step(5),
  };
});

console.log(
  JSON.stringify(
    {
      slots: lastSlots.length,
      groups: lastGroups.groups.length,
      pairs: PAIRS,
      sizes,
      overHttpMs: http,
      loadAverageDuringHttp: [load0, load1],
      stagesMs: stages,
      loadAverageAfter: loadavg()[0],
    },
    null,
    2,
  ),
);
