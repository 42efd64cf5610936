/**
 * Writes packages/web/src/api/endpoints.generated.ts, the browser's endpoint table (method, path, auth per `API` key,
 * no schemas), from packages/contracts. Run it after adding or changing an endpoint: `npx tsx scripts/web-endpoints.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { API } from '../packages/contracts/src/index';

const out = fileURLToPath(new URL('../packages/web/src/api/endpoints.generated.ts', import.meta.url));
// One export per endpoint (the web imports the module's namespace as `API`): minified, each is one short variable.
const rows = Object.entries(API).map(
  ([name, e]) =>
    `export const ${name}: WebApi['${name}'] = { method: '${e.method}', path: '${e.path}', auth: '${e.auth}' };`,
);
const source = `// Written by \`npx tsx scripts/web-endpoints.ts\` from packages/contracts: run it after adding or changing an endpoint.
// Every endpoint of the contracts, as the browser calls it; the compiler checks each against its contract.
import type { WebApi } from './endpoint-ref';

${rows.join('\n')}
`;
const options = (await prettier.resolveConfig(out)) ?? {};
writeFileSync(out, await prettier.format(source, { ...options, filepath: out }));
console.log(`wrote ${out} (${rows.length} endpoints)`);
