// YAML parsing with positions kept: every diagnostic can later point at the key or value
// it is about, in the coordinates of the file the editor has open.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import { report, type Place } from '../diagnostics.js';
import type { YamlPath, YamlSource } from '../model/types.js';
import { quickYaml } from './yaml-fast.js';

/** Bounds the work an alias-heavy ("billion laughs") document can cause. */
const MAX_ALIAS_COUNT = 100;

const parse = (text: string) => parseDocument(text, { uniqueKeys: true, prettyErrors: false });

export function parseYaml(file: VFile, text: string, offset: number): YamlSource | undefined {
  const doc = parse(text);
  const source: YamlSource = { file, doc, offset };
  for (const error of doc.errors) {
    const start = errorStart(text, error);
    // The parser turns runaway nesting into a stack overflow; say what the author can fix.
    const message = /call stack/i.test(error.message) ? 'YAML is nested too deeply to be a procedure' : `YAML syntax error: ${firstLine(error.message)}`;
    report(file, 'error', 'parse/yaml', message, placeOf(source, start, Math.max(start, error.pos[1])));
  }
  return doc.errors.length > 0 ? undefined : source;
}

/**
 * The source of a document that loaded cleanly, without the parsed document: only a diagnostic
 * needs it (for positions), and it is parsed again then. Kept for every procedure, the documents
 * were an eighth of the memory of `sop check` on 1,000 procedures (402 → 350 MB without).
 * Not enumerable, so that copying a source never parses it.
 */
export function lazySource(file: VFile, text: string, offset: number): YamlSource {
  let doc: Document.Parsed | undefined;
  return Object.defineProperty({ file, offset } as YamlSource, 'doc', { get: () => (doc ??= parse(text)), enumerable: false, configurable: true });
}

/**
 * A YAML text's data, and its source for diagnostics: plain documents are read quickly and their
 * document model is built only if a diagnostic needs a position; anything else is read by
 * `parseYaml`, whose errors land on `file`. Undefined when the text cannot become data.
 */
export function readYaml(file: VFile, text: string, offset: number): { source: YamlSource; data: unknown } | undefined {
  const quick = quickYaml(text);
  if (quick) return { source: lazySource(file, text, offset), data: quick.data };
  const source = parseYaml(file, text, offset);
  const data = source && toData(source);
  return source && data !== undefined ? { source, data } : undefined;
}

/**
 * The parser notices an unclosed bracket or quote only where the next line starts; editors
 * need the line that opened it, so such errors move to the end of the previous content line.
 */
function errorStart(text: string, error: YAMLError): number {
  const [start] = error.pos;
  // A quoted scalar may span lines, so an unclosed quote is only noticed at the end of the
  // document; the quote that opened it is the last one before that point.
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) return Math.max(0, text.lastIndexOf(quote, start - 1));
  const unclosed = error.code === 'MISSING_CHAR' || (error.code === 'BAD_INDENT' && error.message.startsWith('Flow'));
  const atLineStart = start === 0 || text[start - 1] === '\n';
  if (!unclosed || !atLineStart) return start;
  let end = start - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The value as plain data, or undefined when the YAML could not become data. */
export function toData(source: YamlSource): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    report(source.file, 'error', 'parse/yaml', `YAML cannot be read: ${(error as Error).message}`, placeOf(source, 0, 0));
    return undefined;
  }
}

export function placeOf(source: YamlSource, start: number, end: number): Place {
  const where = locationOf(source.file);
  const from = where.toPoint(source.offset + start);
  const to = where.toPoint(source.offset + end);
  return {
    start: from ? { line: from.line, column: from.column } : { line: 1, column: 1 },
    ...(to ? { end: { line: to.line, column: to.column } } : {}),
  };
}

function locationOf(file: VFile) {
  // Cached per file: diagnostics-heavy files would otherwise rebuild the line index each time.
  const cached = file.data.location as ReturnType<typeof location> | undefined;
  if (cached) return cached;
  const fresh = location(file);
  file.data.location = fresh;
  return fresh;
}

/**
 * The place of `path` in the document: the value by default, or its key.
 * A path that does not exist (a missing property) resolves to the deepest node that does.
 */
export function locate(source: YamlSource, path: YamlPath, part: 'key' | 'value' = 'value'): Place {
  let node: Node | null | undefined = source.doc.contents as Node | null;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!found) break;
      pair = found as Pair;
      node = found.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      pair = undefined;
      node = node.items[segment] as Node;
    } else break;
  }
  const target = part === 'key' && pair && isScalar(pair.key) ? (pair.key as Node) : node ?? (pair?.key as Node | undefined);
  const range = target?.range;
  if (!range) return placeOf(source, 0, 0);
  return placeOf(source, range[0], range[1]);
}
