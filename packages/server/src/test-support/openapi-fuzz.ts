/**
 * Fuzz cases derived from the OpenAPI document alone (no contract imports), so a new route is fuzzed without editing
 * the test: malformed JSON, huge and wrongly typed bodies, a wrong content type, missing fields, bad path ids and bad
 * query strings. Seeded, so a failure names the seed that repeats it.
 */

type Schema = Record<string, any>;

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path as the document writes it, e.g. `/api/patients/{id}`. */
  path: string;
  operationId: string;
  public: boolean;
  pathParams: string[];
  query: { name: string; required: boolean; schema: Schema }[];
  body?: Schema;
}

export interface FuzzCase {
  /** What was done wrong, for the failure list. */
  what: string;
  /** The query field, body field or path parameter at fault, when there is one. */
  field?: string;
  url: string;
  contentType?: string;
  payload?: string;
}

/** Every operation of an OpenAPI 3.1 document. */
export function operationsOf(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) {
      const params: any[] = op.parameters ?? [];
      out.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        operationId: op.operationId,
        public: Array.isArray(op.security) && op.security.length === 0,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, required: !!p.required, schema: p.schema })),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  return out;
}

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resolve(s: Schema, root: Schema): Schema {
  if (typeof s?.$ref === 'string') {
    const name = s.$ref.replace('#/$defs/', '');
    return root.$defs?.[name] ?? {};
  }
  return s ?? {};
}

function typeOf(s: Schema): string | undefined {
  if (s.const !== undefined) return typeof s.const;
  if (Array.isArray(s.type)) return s.type.find((t: string) => t !== 'null');
  if (s.type) return s.type;
  if (s.enum) return typeof s.enum[0];
  if (s.properties) return 'object';
  return undefined;
}

const STRING_CANDIDATES = [
  '2026-06-15T14:00:00Z',
  '2026-06-15',
  '14:00',
  'x',
  'America/New_York',
  'fuzz@example.com',
  'A1',
  '12345',
];

function sampleString(s: Schema): string {
  if (s.format === 'date-time') return '2026-06-15T14:00:00Z';
  if (s.format === 'date') return '2026-06-15';
  if (s.format === 'email') return 'fuzz@example.com';
  if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  const fit = (v: string) => {
    let padded = v;
    while (padded.length < (s.minLength ?? 0)) padded += v;
    return padded.slice(0, s.maxLength ?? padded.length);
  };
  if (s.pattern) {
    const re = new RegExp(s.pattern as string);
    return STRING_CANDIDATES.map(fit).find((v) => re.test(v)) ?? fit('x');
  }
  return fit('x');
}

/** A value that fits the schema as far as a generator can tell (a start from which one field is broken). */
export function sampleValid(schema: Schema, root: Schema = schema, depth = 0): unknown {
  const s = resolve(schema, root);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const first =
      options.map((o: Schema) => resolve(o, root)).find((o: Schema) => o.type !== 'null') ?? options[0];
    return sampleValid(first, root, depth);
  }
  switch (typeOf(s)) {
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return Math.min(
        Math.max(s.minimum ?? 1, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -Infinity),
        s.maximum ?? Infinity,
      );
    case 'boolean':
      return true;
    case 'array':
      return depth > 4 || !s.minItems
        ? []
        : Array.from({ length: s.minItems }, () => sampleValid(s.items ?? {}, root, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const key of s.required ?? []) out[key] = sampleValid(s.properties?.[key] ?? {}, root, depth + 1);
      return out;
    }
    case 'null':
    case undefined:
      return null;
    default:
      return null;
  }
}

/** A value of the wrong JSON type for the schema. */
function wrongTyped(s: Schema, rnd: () => number): unknown {
  const byType: Record<string, unknown[]> = {
    string: [12345, true, ['x'], { x: 1 }],
    integer: ['seven', 1.5, -1e21, true],
    number: ['seven', '', { n: 1 }, Number.MAX_SAFE_INTEGER * 1000],
    boolean: ['yes', 1, 'false'],
    array: [{ 0: 'x' }, 'x', 42],
    object: ['text', [1, 2], 7],
  };
  const options = byType[typeOf(s) ?? 'object'] ?? [null];
  return options[Math.floor(rnd() * options.length)];
}

/** Each field path of an object schema (nested objects too, a few levels down). */
function fieldPaths(
  schema: Schema,
  root: Schema,
  prefix: string[] = [],
  depth = 0,
): { path: string[]; schema: Schema; required: boolean }[] {
  const s = resolve(schema, root);
  if (typeOf(s) !== 'object' || depth > 2) return [];
  const out: { path: string[]; schema: Schema; required: boolean }[] = [];
  for (const [key, prop] of Object.entries<Schema>(s.properties ?? {})) {
    const path = [...prefix, key];
    const p = resolve(prop, root);
    out.push({ path, schema: p, required: (s.required ?? []).includes(key) });
    out.push(...fieldPaths(p, root, path, depth + 1));
  }
  return out;
}

function setAt(value: unknown, path: string[], next: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (next === REMOVE) delete node[last];
  else node[last] = next;
  return copy;
}
const REMOVE = Symbol('remove');

const BAD_IDS = [
  'nope',
  'x'.repeat(65),
  '%27%20OR%201%3D1',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%92%A9',
  '-1',
  '%00',
];

function qs(entries: [string, string][]): string {
  return entries.length
    ? '?' + entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
    : '';
}

/**
 * Every case for one operation: `ids` names a real id for some path parameters (so broken bodies reach the handler),
 * the rest of the path is filled with bad ids. The first case is the unbroken request.
 */
export function casesFor(
  op: Operation,
  ids: (op: Operation) => Record<string, string>,
  rnd: () => number,
): FuzzCase[] {
  const realIds = ids(op);
  const pathWith = (values: Record<string, string>) =>
    op.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? realIds[name] ?? 'nope');
  const path = pathWith({});
  const query: [string, string][] = op.query
    .filter((q) => q.required)
    .map((q) => [q.name, String(sampleValid(q.schema))]);
  const body = op.body ? sampleValid(op.body) : undefined;
  const json = (v: unknown) => ({ contentType: 'application/json', payload: JSON.stringify(v) });
  const withBody = op.body ? json(body) : op.method === 'GET' ? {} : json({});
  const cases: FuzzCase[] = [{ what: 'the generated request', url: path + qs(query), ...withBody }];

  for (const name of op.pathParams)
    for (const bad of BAD_IDS)
      cases.push({ what: `path ${name}=${bad}`, url: pathWith({ [name]: bad }) + qs(query), ...withBody });

  for (const q of op.query) {
    const others = query.filter(([k]) => k !== q.name);
    const wrong = String(wrongTyped(q.schema, rnd));
    cases.push({
      what: `query ${q.name} wrong type`,
      field: q.name,
      url: path + qs([...others, [q.name, wrong]]),
      ...withBody,
    });
    cases.push({
      what: `query ${q.name} huge`,
      field: q.name,
      url: path + qs([...others, [q.name, 'z'.repeat(5000)]]),
      ...withBody,
    });
    cases.push({
      what: `query ${q.name} twice`,
      field: q.name,
      url: path + qs([...others, [q.name, 'a'], [q.name, 'b']]),
      ...withBody,
    });
    cases.push({
      what: `query ${q.name} NUL`,
      field: q.name,
      url: path + qs([...others, [q.name, 'a\u0000b']]),
      ...withBody,
    });
    cases.push({
      what: `query ${q.name} empty`,
      field: q.name,
      url: path + qs([...others, [q.name, '']]),
      ...withBody,
    });
    if (q.required)
      cases.push({ what: `query ${q.name} missing`, field: q.name, url: path + qs(others), ...withBody });
  }
  cases.push({
    what: 'query with unknown and array keys',
    url: path + qs(query) + (query.length ? '&' : '?') + 'a[b]=1&__proto__=x&constructor[prototype]=y',
    ...withBody,
  });

  if (op.method !== 'GET') {
    const url = path + qs(query);
    cases.push({ what: 'malformed JSON', url, contentType: 'application/json', payload: '{"a":' });
    cases.push({ what: 'wrong content type', url, contentType: 'text/plain', payload: 'hello' });
    cases.push({
      what: 'form content type',
      url,
      contentType: 'application/x-www-form-urlencoded',
      payload: 'a=1&b=2',
    });
    cases.push({
      what: 'huge body',
      url,
      contentType: 'application/json',
      payload: JSON.stringify({ pad: 'x'.repeat(1_200_000) }),
    });
    for (const junk of [
      [],
      'text',
      42,
      null,
      { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
    ])
      cases.push({ what: `body ${JSON.stringify(junk)}`, url, ...json(junk) });
    if (op.body)
      for (const f of fieldPaths(op.body, op.body)) {
        const field = f.path.join('.');
        cases.push({
          what: `body ${field} wrong type`,
          field,
          url,
          ...json(setAt(body, f.path, wrongTyped(f.schema, rnd))),
        });
        cases.push({ what: `body ${field} null`, field, url, ...json(setAt(body, f.path, null)) });
        if (typeOf(f.schema) === 'string')
          cases.push({ what: `body ${field} NUL`, field, url, ...json(setAt(body, f.path, 'a\u0000b')) });
        if (typeOf(f.schema) === 'string')
          cases.push({
            what: `body ${field} huge`,
            field,
            url,
            ...json(setAt(body, f.path, 'y'.repeat(20_000))),
          });
        if (f.required)
          cases.push({ what: `body ${field} missing`, field, url, ...json(setAt(body, f.path, REMOVE)) });
      }
  }
  return cases;
}

/** `count` cases chosen by the generator, always with the first (the unbroken request). */
export function pick<T>(cases: T[], count: number, rnd: () => number): T[] {
  const rest = cases.slice(1);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [cases[0]!, ...rest.slice(0, Math.max(0, count - 1))];
}
