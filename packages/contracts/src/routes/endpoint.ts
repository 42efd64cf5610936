import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One endpoint's whole contract: the server validates with it, the web client calls with it, OpenAPI is built from it. */
export interface Endpoint {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** 'public' needs no login; everything else needs a session or bearer token. */
  auth: 'public' | 'user';
  status?: number;
  /** The response media type when it is not JSON (e.g. a PDF). */
  produces?: 'application/pdf' | 'text/calendar' | 'text/csv' | 'application/octet-stream' | 'text/event-stream';
  /** The largest request body in bytes, when larger than the app's 1 MB (e.g. an uploaded file). */
  bodyLimit?: number;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}

export const IdParam = z.object({ id: z.string().min(1).max(64) });

export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}
