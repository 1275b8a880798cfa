// Checks a YAML source against its JSON Schema and reports each violation at the key or value it
// is about (ajv's JSON pointers turned back into lines and columns), in words an editor can act on.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { report, text, type DiagnosticText } from '../diagnostics.js';
import type { JsonType, Label, ValueShape } from '../i18n/diagnostics/index.js';
import type { YamlPath, YamlSource } from '../model/types.js';
import { schemaErrors, type SchemaName } from '../schemas.js';
import { closestId, closestValue } from '../suggest.js';
import { locate } from './yaml.js';

/** Validates `data`; reports each violation at its place. Returns true when valid. */
export function validateAgainstSchema(name: SchemaName, source: YamlSource, data: unknown): boolean {
  const errors = schemaErrors(name, data);
  for (const error of relevant(errors)) {
    const path = pointerToPath(error.instancePath);
    const { message, at, part } = describe(error, path, source);
    report(source.file, 'error', `schema/${error.keyword}`, message, locate(source, at, part));
  }
  return errors.length === 0;
}

/**
 * `if` wrappers only repeat what the inner error says; and what a conditional requires is noise
 * next to another error of the same element: a referral without `consent` is missing its
 * `consent`, not the `consent_note` that `consent: exception` would need.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const own = new Set(errors.filter((error) => !error.schemaPath.includes('/then/') && error.keyword !== 'if').map((error) => error.instancePath));
  return errors.filter((error) => error.keyword !== 'if' && !(error.schemaPath.includes('/then/') && own.has(error.instancePath)));
}

function pointerToPath(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** How a message names the element at `path`: the front-matter, `"title"`, step "rilevazione", referral 2. */
function label(path: YamlPath, data?: unknown): Label {
  const last = path.at(-1);
  if (last === undefined) return { kind: 'root' };
  if (typeof last === 'string') return { kind: 'key', key: last };
  // A value in a list of values (`population: [minori]`) is named by its list.
  if (typeof data !== 'object' || data === null) return label(path.slice(0, -1));
  const field = (key: string) => (key in data && typeof (data as Record<string, unknown>)[key] === 'string' ? (data as Record<string, string>)[key] : undefined);
  const id = field('id');
  const target = field('to');
  return { kind: 'item', list: String(path.at(-2) ?? ''), n: last + 1, ...(id !== undefined ? { id } : {}), ...(target !== undefined ? { target } : {}) };
}

function describe(error: ErrorObject, path: YamlPath, source: YamlSource): { message: DiagnosticText; at: YamlPath; part: 'key' | 'value' } {
  const params = error.params as Record<string, unknown>;
  const where = label(path, error.data);
  const value = String(error.data);
  const at = { at: path, part: 'value' as const };
  switch (error.keyword) {
    case 'required':
      return { message: text('schema.required', { where, property: String(params.missingProperty) }), ...at };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = closestId(key, known);
      return { message: text('schema.unknownProperty', { key, allowed: known, ...(suggestion ? { suggestion } : {}) }), at: [...path, key], part: 'key' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { message: text('schema.enum', { where, value, allowed, ...closestValue(value, allowed) }), ...at };
    }
    case 'type': {
      const version = where.kind === 'key' && where.key === 'version' && typeof error.data === 'number' ? versionHint(source, path) : undefined;
      if (version) return { message: text('schema.versionNumber', version), ...at };
      return { message: text('schema.type', { where, expected: String(params.type) as JsonType, actual: shapeOf(error.data) }), ...at };
    }
    case 'pattern':
      return { message: patternMessage(error, where, value), ...at };
    case 'format': {
      if (params.format !== 'date') return { message: text('schema.format', { where, value, format: String(params.format) }), ...at };
      const fixed = isoDate(value);
      return { message: text('schema.date', { where, value, ...(fixed ? { fixed } : {}) }), ...at };
    }
    case 'minItems':
      return { message: text('schema.minItems', { where, limit: Number(params.limit) }), ...at };
    case 'maxItems':
      return { message: text('schema.maxItems', { where, limit: Number(params.limit) }), ...at };
    case 'minimum':
      return { message: text('schema.minimum', { where, limit: Number(params.limit), value }), ...at };
    case 'minLength':
      return { message: text('schema.minLength', { where }), ...at };
    case 'uniqueItems':
      return { message: text('schema.uniqueItems', { where, value: String((error.data as unknown[])[params.j as number]) }), ...at };
    default:
      return { message: text('schema.other', { where, detail: error.message ?? error.keyword }), ...at };
  }
}

/** `version: 1.0` reads as the number 1: the text as written, and the version it stands for. */
function versionHint(source: YamlSource, path: YamlPath): { written: string; fixed: string } | undefined {
  const node = source.doc.getIn(path, true) as { range?: [number, number] } | undefined;
  if (!node?.range) return undefined;
  const written = String(source.file.value).slice(source.offset + node.range[0], source.offset + node.range[1]).trim();
  if (!/^\d+(\.\d+)?$/.test(written)) return undefined;
  const parts = written.split('.');
  return { written, fixed: [...parts, '0', '0'].slice(0, 3).join('.') };
}

/** 10/01/2030 or 10.01.2030 (day first, as Italians write dates) → 2030-01-10. */
function isoDate(value: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

function patternMessage(error: ErrorObject, where: Label, value: string): DiagnosticText {
  if (error.schemaPath.includes('/$defs/id/')) return text('schema.id', { where, value });
  if (error.schemaPath.includes('/$defs/duration/')) return text('schema.duration', { where, value });
  if (where.kind === 'key' && where.key === 'to') return text('schema.target', { value });
  if (where.kind === 'key' && where.key === 'version') return text('schema.version', { value });
  return text('schema.pattern', { where, value });
}

function shapeOf(value: unknown): ValueShape {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'mapping' };
  if (typeof value === 'string') return { kind: 'text', value };
  return { kind: typeof value === 'number' ? 'number' : 'boolean', value: String(value) };
}
