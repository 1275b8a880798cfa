// A procedure file parsed and checked against its schema, as plain data: the same on the main
// thread and on a worker thread (see workers.ts), since structured clone carries it across.
import type { Image, Link, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { isRestrictedBlock } from '../model/build.js';
import type { BodyReference } from '../model/types.js';
import type { RawProcedure } from '../model/raw/procedure.generated.js';
import { validateAgainstSchema } from './schema.js';
import { parseProcedure } from './markdown.js';

export interface ValidProcedure {
  data: RawProcedure;
  /**
   * The Markdown tree; left out of a worker's answer when the parse store keeps it (parse.ts),
   * to be read from there when a page needs the prose.
   */
  body?: Root;
  /** The body's links and images, which the model keeps without the tree. */
  references: BodyReference[];
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
  return { data: data as RawProcedure, body: parsed.body, references: bodyReferences(parsed.body), yaml: parsed.yaml, offset: parsed.source.offset };
}

function bodyReferences(body: Root): BodyReference[] {
  const references: BodyReference[] = [];
  visitParents(body, (node) => node.type === 'link' || node.type === 'image', (node, ancestors) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    references.push({ url: (node as Link | Image).url, image: node.type === 'image', restricted: ancestors.some(isRestrictedBlock), from: start.offset, to: end.offset });
  });
  return references;
}
