#!/usr/bin/env node
// Generates src/model/raw/<schema>.generated.ts from schemas/*.schema.json, so the shapes the
// model builder reads are exactly the shapes the schemas validate. `--check` fails when stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const SCHEMAS = { roles: 'RawRoles', actions: 'RawActions', 'legal-references': 'RawLegalReferences', stages: 'RawStages', region: 'RawRegion', procedure: 'RawProcedure' };
const banner = '// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.\n\n';
let stale = false;
for (const [name, typeName] of Object.entries(SCHEMAS)) {
  const schema = JSON.parse(await readFile(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
  schema.title = typeName;
  const types = await compile(schema, typeName, { bannerComment: '', additionalProperties: false, format: true, style: { singleQuote: true } });
  const target = new URL(`../src/model/raw/${name}.generated.ts`, import.meta.url);
  const output = banner + types;
  if (!process.argv.includes('--check')) await writeFile(target, output);
  else if ((await readFile(target, 'utf8').catch(() => '')) !== output) {
    console.error(`src/model/raw/${name}.generated.ts is out of date: run npm run schema:types`);
    stale = true;
  }
}
process.exitCode = stale ? 1 : 0;
