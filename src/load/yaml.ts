// YAML parsing with positions kept: every diagnostic can later point at the key or value
// it is about, in the coordinates of the file the editor has open.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import { report, text as message, type DiagnosticText, type Place } from '../diagnostics.js';
import type { YamlPath, YamlSource } from '../model/types.js';
import { quickYaml } from './yaml-fast.js';

/** Bounds the work an alias-heavy ("billion laughs") document can cause. */
const MAX_ALIAS_COUNT = 100;

const parse = (text: string) => parseDocument(text, { uniqueKeys: true, prettyErrors: false });

export function parseYaml(file: VFile, text: string, offset: number): YamlSource | undefined {
  const doc = parse(text);
  const source: YamlSource = { file, doc, offset };
  for (const { error, start } of rootErrors(text, doc.errors)) {
    report(file, 'error', 'parse/yaml', plainMessage(text, error, start), placeOf(source, start, Math.max(start, error.pos[1])));
  }
  return doc.errors.length > 0 ? undefined : source;
}

/**
 * The errors worth an editor's time: the first syntax error of the document, since the parser
 * reads everything after a broken line differently from what was meant (one tab gave 11 errors),
 * and every duplicate key, which breaks nothing around it.
 */
function rootErrors(text: string, errors: readonly YAMLError[]): Array<{ error: YAMLError; start: number }> {
  const placed = errors.map((error) => ({ error, start: errorStart(text, error) }));
  const duplicates = placed.filter(({ error }) => error.code === 'DUPLICATE_KEY');
  const first = placed.filter(({ error }) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.start - b.start)[0];
  return first ? [...duplicates.filter(({ start }) => start < first.start), first] : duplicates;
}

/** What the parser's error means for the editor, by its code (and wording, where a code covers several mistakes). */
function plainMessage(text: string, error: YAMLError, start: number): DiagnosticText {
  const detail = firstLine(error.message);
  // The parser turns runaway nesting into a stack overflow.
  if (/call stack/i.test(detail)) return message('load.yamlTooDeep');
  const quote = /Missing closing (["'])quote/.exec(detail)?.[1];
  if (quote) return message('load.yamlUnclosedQuote', { quote });
  switch (error.code) {
    case 'TAB_AS_INDENT': return message('load.yamlTab');
    case 'DUPLICATE_KEY': return message('load.yamlDuplicateKey', { key: keyAt(text, start) });
    case 'BAD_INDENT':
      if (detail.startsWith('Flow')) return message('load.yamlUnclosedFlow', { close: / }$/.test(detail) || /flow map/i.test(detail) ? '}' : ']' });
      return message('load.yamlIndent');
    case 'MISSING_CHAR':
      if (/^Implicit map keys/.test(detail)) return message('load.yamlMissingColon');
      if (/^Sequence item without/.test(detail)) return message('load.yamlIndent');
      if (/^Missing space after|^Comments must be separated/.test(detail)) return message('load.yamlSpace');
      if (/^Missing ,|^Expected a/.test(detail)) return message('load.yamlFlowItems');
      break;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /compact mappings/.test(detail) && afterKey(text, start) ? message('load.yamlColonInValue') : message('load.yamlNestedKey');
    case 'MULTILINE_IMPLICIT_KEY': return message('load.yamlMissingColon');
    case 'BAD_SCALAR_START': return message('load.yamlBadStart', { char: text.charAt(start) });
    case 'UNEXPECTED_TOKEN': if (/flow|,/.test(detail)) return message('load.yamlFlowItems'); break;
    default: break;
  }
  return message('load.yamlSyntax', { detail });
}

/** Whether `start` is in the value of a `key: value` line: a second ": " there starts no key. */
function afterKey(text: string, start: number): boolean {
  const prefix = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /^ *(?:- +)?[^\s:#][^:#]*: +$/.test(prefix);
}

/** The key written at `start`, without its quotes. */
function keyAt(text: string, start: number): string {
  const line = text.slice(start).split(/\r?\n/, 1)[0]!;
  return line.replace(/\s*:(\s.*)?$/, '').replace(/^(["'])(.*)\1$/, '$2').trim();
}

/**
 * The source of a document that loaded cleanly, without the parsed document: only a diagnostic
 * needs it (for positions), and it is parsed again then. Kept for every procedure, the documents
 * were an eighth of the memory of `sop check` on 1,000 procedures (402 → 350 MB without).
 * `doc` is a getter of the class, so that copying a source never parses it. `text` is the part
 * of the file's text at `offset`: it is cut from the file again then, not kept (a second copy of
 * every front-matter was a fifth of the memory of a build of 5,000 procedures).
 */
export const lazySource = (file: VFile, text: string, offset: number): YamlSource => new LazySource(file, offset, offset + text.length);

/**
 * A class rather than an object given its getter with `Object.defineProperty`, which turned
 * each of them into a dictionary (the live heap after loading 5,000 procedures 91.4 → 89.2 MB).
 */
class LazySource implements YamlSource {
  #doc: Document.Parsed | undefined;
  readonly #end: number;

  constructor(readonly file: VFile, readonly offset: number, end: number) {
    this.#end = end;
  }

  get doc(): Document.Parsed {
    // A copy of the front-matter, not a slice: the document keeps its text, and a slice would
    // keep the whole text of the file, decoded anew each time it is read (held-texts.ts).
    return (this.#doc ??= parse(Buffer.from(String(this.file.value).slice(this.offset, this.#end)).toString()));
  }
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
    report(source.file, 'error', 'parse/yaml', message('load.yamlUnreadable', { detail: (error as Error).message }), placeOf(source, 0, 0));
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
