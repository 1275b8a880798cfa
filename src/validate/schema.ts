// JSON-Schema validation (ajv) of every YAML source, with ajv's JSON pointers turned back
// into line and column of the offending key or value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { report } from '../diagnostics.js';
import { locate } from '../load/yaml.js';
import { SCHEMA_DIR } from '../paths.js';
import type { YamlPath, YamlSource } from '../model/types.js';
import { didYouMean } from './suggest.js';

export type SchemaName = 'roles' | 'actions' | 'legal-references' | 'stages' | 'facts' | 'case' | 'region' | 'procedure' | 'national-model';


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

/** Validates `data`; reports each violation at its place. Returns true when valid. */
export function validateAgainstSchema(name: SchemaName, source: YamlSource, data: unknown): boolean {
  const validate = validatorFor(name);
  if (validate(data)) return true;
  for (const error of relevant(validate.errors ?? [])) {
    const path = pointerToPath(error.instancePath);
    const { message, at, part } = describe(error, path);
    report(source.file, 'error', `schema/${error.keyword}`, message, locate(source, at, part));
  }
  return false;
}

/** For data sopbook generates itself: not matching its schema is a bug, not a user error. */
export function assertValid(name: SchemaName, data: unknown): void {
  const validate = validatorFor(name);
  if (!validate(data)) throw new Error(`Generated ${name} does not match its schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}

/** `if`/`then` wrappers only repeat what the inner error says. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if');
}

function pointerToPath(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const SINGULAR: Record<string, string> = {
  steps: 'step', referrals: 'referral', actors: 'actor', contacts: 'contact', roles: 'role',
  actions: 'action kind', legal_references: 'legal reference', stages: 'stage', pathways: 'pathway',
};

/** How a message names the element at `path`: `"title"`, `step "rilevazione"`, `referral 2`. */
function label(path: YamlPath, data?: unknown): string {
  const last = path.at(-1);
  if (last === undefined) return 'the front-matter';
  if (typeof last === 'string') return `"${last}"`;
  const list = String(path.at(-2) ?? '');
  const id = data && typeof data === 'object' && 'id' in data && typeof data.id === 'string' ? `"${data.id}"` : String(last + 1);
  return `${SINGULAR[list] ?? `item of "${list}"`} ${id}`;
}

function describe(error: ErrorObject, path: YamlPath): { message: string; at: YamlPath; part: 'key' | 'value' } {
  const params = error.params as Record<string, unknown>;
  const where = label(path, error.data);
  switch (error.keyword) {
    case 'required':
      return { message: `Missing required property "${params.missingProperty}" in ${where}`, at: path, part: 'value' };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return { message: `Unknown property "${key}"${didYouMean(key, known)}`, at: [...path, key], part: 'key' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      return { message: `Invalid value "${value}" for ${where}: expected one of ${allowed.join(', ')}${didYouMean(value, allowed)}`, at: path, part: 'value' };
    }
    case 'type':
      return { message: `${capitalise(where)} must be ${article(String(params.type))}, not ${describeValue(error.data)}`, at: path, part: 'value' };
    case 'pattern':
      return { message: patternMessage(error, where), at: path, part: 'value' };
    case 'format':
      return { message: `"${String(error.data)}" is not a valid ${params.format === 'date' ? 'date (use YYYY-MM-DD)' : String(params.format)} for ${where}`, at: path, part: 'value' };
    case 'minItems':
      return { message: `${capitalise(where)} must list at least ${params.limit} item${params.limit === 1 ? '' : 's'}`, at: path, part: 'value' };
    case 'maxItems':
      return { message: `${capitalise(where)} lists more than ${params.limit} items: split the procedure into smaller ones`, at: path, part: 'value' };
    case 'minLength':
      return { message: `${capitalise(where)} must not be empty`, at: path, part: 'value' };
    case 'uniqueItems': {
      const items = error.data as unknown[];
      return { message: `${capitalise(where)} lists "${String(items[params.j as number])}" more than once`, at: path, part: 'value' };
    }
    default:
      return { message: `${capitalise(where)} ${error.message ?? 'is invalid'}`, at: path, part: 'value' };
  }
}

function patternMessage(error: ErrorObject, where: string): string {
  const value = String(error.data);
  if (error.schemaPath.includes('/$defs/id/')) {
    return `"${value}" is not a valid id for ${where}: use lowercase letters, digits and single hyphens (e.g. "ente-antitratta")`;
  }
  if (error.schemaPath.includes('/$defs/duration/')) {
    return `"${value}" is not an ISO 8601 duration for ${where} (e.g. PT24H for 24 hours, P2D for 2 days, P3M for 3 months)`;
  }
  if (where === '"to"') {
    return `"${value}" is not a valid referral target: use "step", "procedure#step" or "region/procedure#step"`;
  }
  if (where === '"version"') return `"${value}" is not a valid version for ${where}: use MAJOR.MINOR.PATCH (e.g. 1.0.0)`;
  return `"${value}" has the wrong form for ${where}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(type: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a mapping of keys to values', string: 'a text', boolean: 'true or false', integer: 'a whole number', number: 'a number' };
  return names[type] ?? `of type ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
