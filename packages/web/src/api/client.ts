import type { z } from 'zod';
import type { ErrorBody, ResponseOf } from '@omt/contracts';
import type { ContractOf, EndpointRef } from './endpoint-ref';

/** An error answer from the server: the HTTP status plus the contract's `{code, message, field?}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** Structured detail some errors carry, e.g. the conflicting visits of a series. */
  readonly details: unknown;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.details = body.details;
  }
}

/** Fired when a logged-in call answers 401 (the session ended): the app shows the login page. */
export const UNAUTHORIZED_EVENT = 'omt:unauthorized';
/** Fired after a change (any call but a GET) succeeded: cached answers of screens not on view are dropped. */
export const CHANGED_EVENT = 'omt:changed';
/** Fired when a call answers 403 `totp_enrolment_required`: the app opens two-factor enrolment. */
export const TOTP_ENROLMENT_EVENT = 'omt:totp-enrolment-required';

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

export interface CallOptions<E extends EndpointRef> {
  params?: InputOf<ContractOf<E>['params']>;
  query?: InputOf<ContractOf<E>['query']>;
  body?: InputOf<ContractOf<E>['body']>;
  signal?: AbortSignal;
}

type Scalar = string | number | boolean | null | undefined;

function buildPath(path: string, params: Record<string, Scalar> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

function buildQuery(query: Record<string, Scalar> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The contract's error body `{code, message, field?, details?}`, checked by hand (no zod on a page's first load). */
function asErrorBody(json: unknown): ErrorBody | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { code, message, field, details } = json as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  if (field !== undefined && typeof field !== 'string') return undefined;
  return field === undefined ? { code, message, details } : { code, message, field, details };
}

function toApiError(status: number, json: unknown): ApiError {
  const body = asErrorBody(json);
  if (body) return new ApiError(status, body);
  const message =
    status >= 500 ? 'The server had a problem. Please try again.' : `Request failed (${status})`;
  return new ApiError(status, { code: status >= 500 ? 'internal' : 'http_error', message });
}

/**
 * Calls one endpoint of the contract and returns its answer. The server has already parsed the answer with the
 * endpoint's zod contract (a wrong shape is its 500), so the browser does not check it again.
 * Writes always carry a JSON body and content-type: the server's CSRF defence relies on it.
 */
export async function call<E extends EndpointRef>(
  endpoint: E,
  options: CallOptions<E> = {},
): Promise<ResponseOf<ContractOf<E>>> {
  const url =
    buildPath(endpoint.path, options.params as Record<string, Scalar> | undefined) +
    buildQuery(options.query as Record<string, Scalar> | undefined);
  const init: RequestInit = {
    method: endpoint.method,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  };
  if (options.signal) init.signal = options.signal;
  if (endpoint.method !== 'GET') {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(options.body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {
      code: 'network',
      message: 'Could not reach the clinic server. Check your connection.',
    });
  }
  const json = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && endpoint.auth === 'user')
      window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    if (response.status === 403 && (json as { code?: unknown } | null)?.code === 'totp_enrolment_required')
      window.dispatchEvent(new Event(TOTP_ENROLMENT_EVENT));
    throw toApiError(response.status, json);
  }
  if (endpoint.method !== 'GET') window.dispatchEvent(new Event(CHANGED_EVENT));
  return json as ResponseOf<ContractOf<E>>;
}

/** A message for any thrown value, fit to show a person. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
