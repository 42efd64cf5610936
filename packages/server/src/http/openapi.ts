import { API, type Endpoint } from '@omt/contracts';
import { z } from 'zod';

function schemaOf(s: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(s, { io, unrepresentable: 'any' });
}

function parameters(e: Endpoint): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', e.params],
    ['query', e.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: prop,
      });
    }
  }
  return out;
}

/** OpenAPI 3.1 generated from the same zod contracts the routes validate with. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, e] of Object.entries(API) as [string, Endpoint][]) {
    const path = e.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][e.method.toLowerCase()] = {
      operationId: name,
      summary: e.summary,
      tags: [e.tag],
      security: e.auth === 'public' ? [] : [{ bearer: [] }, { cookie: [] }],
      parameters: parameters(e),
      ...(e.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(e.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [String(e.status ?? 200)]: {
          description: 'OK',
          content: e.produces
            ? { [e.produces]: { schema: { type: 'string', format: 'binary' } } }
            : { 'application/json': { schema: schemaOf(e.response, 'output') } },
        },
        '4XX': { description: 'Client error: `{code, message, field?}`' },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'OMT Clinic API', version: '0.1.0' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'omt_session' },
      },
    },
    paths,
  };
}
