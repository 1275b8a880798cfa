#!/usr/bin/env node
// Generates src/model/raw/<schema>.generated.ts from schemas/*.schema.json, so the shapes the
// model builder reads are exactly the shapes the schemas validate. `--check` fails when stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const SCHEMAS = { roles: 'RawRoles', actions: 'RawActions', 'legal-references': 'RawLegalReferences', stages: 'RawStages', facts: 'RawFacts', region: 'RawRegion', procedure: 'RawProcedure', case: 'RawCase' };
const banner = '// Generated from schemas/*.schema.json by scripts/schema-types.mjs: do not edit.\n\n';

// Hover help for editors, not shapes: json-schema-to-typescript would turn each `title` into a
// separately named type ("Attore / Actor"), and `examples` beside a `$ref` would inline the type.
const EDITOR_ONLY = new Set(['title', 'examples']);
// Keywords whose values are data, not schemas: a "title" key inside them is content.
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'required']);

/** The schema without its editor-only keywords; the root title (the type's name) is set below. */
function withoutEditorHelp(schema) {
  if (Array.isArray(schema)) return schema.map(withoutEditorHelp);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !EDITOR_ONLY.has(key))
      .map(([key, value]) => {
        if (DATA_KEYWORDS.has(key)) return [key, value];
        // Under `properties` and `$defs` the keys are names (a property may be called "title").
        if (key === 'properties' || key === '$defs') return [key, Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutEditorHelp(sub)]))];
        return [key, withoutEditorHelp(value)];
      }),
  );
}

// A `when:` condition mixes combinator keys (all/any/not) with fact ids in one mapping, which a
// TypeScript index signature cannot express: it is typed loosely and parsed by model/condition.ts.
const LOOSE_DEFS = { when: 'Record<string, unknown>' };

let stale = false;
for (const [name, typeName] of Object.entries(SCHEMAS)) {
  const schema = withoutEditorHelp(JSON.parse(await readFile(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8')));
  schema.title = typeName;
  for (const [name, tsType] of Object.entries(LOOSE_DEFS)) if (schema.$defs?.[name]) schema.$defs[name] = { tsType };
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
