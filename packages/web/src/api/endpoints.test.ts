import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test compares the browser's table with the contracts'
import { API as CONTRACTS } from '@omt/contracts';
import { API } from './endpoints';

describe("the browser's endpoint table", () => {
  it('names every endpoint of the contracts with its method, path and auth, and nothing else (else run `npx tsx scripts/web-endpoints.ts`)', () => {
    const fromContracts = Object.fromEntries(
      Object.entries(CONTRACTS).map(([name, e]) => [name, { method: e.method, path: e.path, auth: e.auth }]),
    );
    expect({ ...API }).toEqual(fromContracts);
  });
});
