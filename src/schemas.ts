// The JSON Schemas of the corpus files and of the national model, compiled with ajv when first
// needed. Shared by the loader (which reports violations as diagnostics, load/schema.ts) and the
// national model's writer (which asserts what it generates).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SCHEMA_DIR } from './paths.js';

export type SchemaName = 'roles' | 'actions' | 'legal-references' | 'stages' | 'facts' | 'case' | 'region' | 'procedure' | 'national-model' | 'national-region';

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`), 'utf8'));
}

let ajv: Ajv2020.default | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

/** Compiles the schemas again on next use (`sop dev` after a schema file changed). */
export function reloadSchemas(): void {
  ajv = undefined;
  validators.clear();
}

/**
 * Each schema is compiled when first needed, 0.1–0.25 s each: a parser worker needs only the
 * procedure schema, and only a build that writes the national model needs its schema.
 */
function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020.default({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
      addFormats.default(ajv, ['date', 'uri']);
    }
    validate = ajv.compile(loadSchema(name));
    validators.set(name, validate);
  }
  return validate;
}

/** The schema's violations by `data`; none when it is valid. */
export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validatorFor(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** For data sopbook generates itself: not matching its schema is a bug, not a user error. */
export function assertValid(name: SchemaName, data: unknown): void {
  const errors = schemaErrors(name, data);
  if (errors.length > 0) throw new Error(`Generated ${name} does not match its schema: ${JSON.stringify(errors.slice(0, 3))}`);
}
