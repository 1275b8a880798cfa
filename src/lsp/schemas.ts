// The JSON Schemas in schemas/ read for completion: what may be written at a path, and what it
// means. Titles and descriptions are written "italiano / English".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang, YamlPath } from '../model/types.js';
import { SCHEMA_DIR } from '../paths.js';

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
}

const loaded = new Map<string, JsonSchema | undefined>();

/** The schema of a corpus file: `procedure`, `region`, or a catalogue file's own name. */
export function schemaNamed(name: string): JsonSchema | undefined {
  if (!loaded.has(name)) {
    // Read as plain JSON: completion walks the schema, it does not validate with it.
    const file = path.join(SCHEMA_DIR, `${name}.schema.json`);
    loaded.set(name, /^[a-z-]+$/.test(name) && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as JsonSchema) : undefined);
  }
  return loaded.get(name);
}

/** Follows local `$ref`s (`#/$defs/…`), the only kind the schemas use. */
function resolve(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 8; hops++) {
    const name = /^#\/\$defs\/(.+)$/.exec(current.$ref)?.[1];
    const target = name ? root.$defs?.[name] : undefined;
    // A `$ref` beside other keywords keeps them (title, description, examples).
    current = target ? { ...target, ...withoutRef(current) } : undefined;
  }
  return current;
}

function withoutRef({ $ref: _ref, ...rest }: JsonSchema): JsonSchema {
  return rest;
}

/** The schema that applies at `at` (sequence items by their index). */
export function schemaAt(root: JsonSchema, at: YamlPath): JsonSchema | undefined {
  let current = resolve(root, root);
  for (const step of at) {
    current = resolve(root, typeof step === 'number' ? current?.items : current?.properties?.[step]);
    if (!current) return undefined;
  }
  return current;
}

export const isObject = (schema: JsonSchema | undefined): boolean => schema?.properties !== undefined;
export const isArray = (schema: JsonSchema | undefined): boolean => schema?.type === 'array' || schema?.items !== undefined;

/** One language of a "italiano / English" text (the last " / " divides them). */
export function inLanguage(text: string | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  const split = text.lastIndexOf(' / ');
  if (split === -1) return text;
  return lang === 'it' ? text.slice(0, split) : text.slice(split + 3);
}
