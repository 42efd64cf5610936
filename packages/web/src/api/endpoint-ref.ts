// eslint-disable-next-line no-restricted-imports -- the contracts' types only; nothing of them is loaded
import type { API as CONTRACT_API, ApiName, Endpoint } from '@omt/contracts';

/**
 * An endpoint as the browser knows it: how to call it (method, path, whether it needs a login). Its contract's types
 * ride along for the compiler only (`contract` is never set), so a page loads no zod schema to call the server; the
 * server parses every request and answer with the full contract.
 */
export interface EndpointRef<E extends Endpoint = Endpoint> {
  readonly method: E['method'];
  readonly path: E['path'];
  readonly auth: E['auth'];
  readonly contract?: E;
}

/** The contract an endpoint reference names (a full contract endpoint names itself). */
export type ContractOf<R extends EndpointRef> = R extends Endpoint ? R : NonNullable<R['contract']>;

type Contracts = typeof CONTRACT_API;

/** The browser's `API`: every endpoint of the contracts by name. */
export type WebApi = { readonly [K in ApiName]: EndpointRef<Contracts[K]> };
