/** Writes packages/domain/src/clinical-reference/rows.generated.ts from docs/clinical-reference.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import {
  citedRows,
  parseClinicalReference,
  renderRowsModule,
} from '../packages/domain/src/clinical-reference/parse-reference';

const root = fileURLToPath(new URL('..', import.meta.url));
const markdown = readFileSync(`${root}docs/clinical-reference.md`, 'utf8');
const out = `${root}packages/domain/src/clinical-reference/rows.generated.ts`;
const source = renderRowsModule(citedRows(parseClinicalReference(markdown)));
const options = (await prettier.resolveConfig(out)) ?? {};
writeFileSync(out, await prettier.format(source, { ...options, filepath: out }));
console.log(`wrote ${out}`);
