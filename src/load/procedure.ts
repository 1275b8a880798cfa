// A procedure file parsed and checked against its schema, as plain data: the same on the main
// thread and on a worker thread (see workers.ts), since structured clone carries it across.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { RawProcedure } from '../model/raw/procedure.generated.js';
import { validateAgainstSchema } from './schema.js';
import { parseProcedure } from './markdown.js';

export interface ValidProcedure {
  data: RawProcedure;
  body: Root;
  /** The front-matter's text and offset in the file: its YAML document is parsed again only for a diagnostic. */
  yaml: string;
  offset: number;
}

/** Undefined when the file cannot be read as a procedure; the reasons are messages on `file`. */
export function parseValidProcedure(file: VFile): ValidProcedure | undefined {
  const parsed = parseProcedure(file);
  if (!parsed) return undefined;
  const { data } = parsed;
  if (!validateAgainstSchema('procedure', parsed.source, data)) return undefined;
  return { data: data as RawProcedure, body: parsed.body, yaml: parsed.yaml, offset: parsed.source.offset };
}
