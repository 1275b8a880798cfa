// The JSON Schemas shipped with sopbook, and the `# yaml-language-server` line that points a
// new file at them, so VS Code's YAML extension completes and validates it.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_DIR } from '../paths.js';
import type { SchemaName } from '../schemas.js';

/** Every schema shipped: those of the files editors write, and of the JSON that sop writes. */
export const SCHEMA_NAMES = ['roles', 'actions', 'legal-references', 'stages', 'facts', 'region', 'procedure', 'case', 'national-model', 'national-region', 'diff'] as const;
export type ShippedSchema = (typeof SCHEMA_NAMES)[number];

export const schemaFile = (name: ShippedSchema): string => `${name}.schema.json`;

export function isSchemaName(name: string): name is ShippedSchema {
  return (SCHEMA_NAMES as readonly string[]).includes(name);
}

/**
 * The schema for a file written into `corpus`: the project's own `schemas/` folder, the nearest
 * one above the corpus (as in sopbook's repository, or after `sop schema --out schemas`), else
 * the copy shipped with sopbook.
 */
export async function schemaFor(corpus: string, name: SchemaName): Promise<string> {
  for (let dir = path.resolve(corpus); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schemas', schemaFile(name));
    if (await access(candidate).then(() => true, () => false)) return candidate;
    if (path.dirname(dir) === dir) return path.join(SCHEMA_DIR, schemaFile(name));
  }
}

/** The modeline for `file`: a relative path with forward slashes, which the YAML extension expects on every OS. */
export function schemaModeline(file: string, schema: string): string {
  const relative = path.relative(path.dirname(file), schema).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${relative}`;
}
