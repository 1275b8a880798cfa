// Where the cursor is in a YAML document that is being typed, so half-written: a placeholder is
// written at the cursor (as a key where a key is being typed, as a value after `key: `) and the
// text is parsed with `yaml`, which recovers from errors; the placeholder's node says the path.
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import { splitFrontmatter } from '../load/frontmatter.js';
import type { YamlPath } from '../model/types.js';

/** Letters only: a plain scalar wherever it is written. */
const MARK = 'sopcursorplaceholder';

export interface YamlCursor {
  /** `key`: a property name is being typed in the mapping at `path`; `value`: the value at `path`. */
  mode: 'key' | 'value';
  path: YamlPath;
  /** Keys already written in the mapping (key mode). */
  present: string[];
  /** Values already written in the list the cursor is an item of (uniqueItems: not offered again). */
  listed: string[];
  /**
   * Key mode after `- ` in an empty item: the item may be a mapping (keys) or a scalar (a value
   * at `path`), which only the schema can tell.
   */
  itemOrKey: boolean;
  /** The value is typed inside `[ … ]`. */
  inFlow: boolean;
  /** `key:|` with no space yet: a value needs one before it. */
  needsSpace: boolean;
  /** Nothing follows the key being typed on its line: `key: ` may be inserted whole. */
  lineEnds: boolean;
  /** The document as typed (with the placeholder), for the fields around the cursor. */
  doc: Document;
  /** Offsets in the YAML text of the partly typed word a completion replaces. */
  replace: { start: number; end: number };
}

/** Where the YAML of a file is: all of a `.yaml` file, or a procedure's front-matter (closed or not yet). */
export function yamlOf(text: string, markdown: boolean): { yaml: string; offset: number } | undefined {
  if (!markdown) return { yaml: text, offset: 0 };
  // A byte-order mark before the fence, as an editor on Windows may save it, is not content.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const parts = splitFrontmatter(text.slice(bom));
  if (parts) return { yaml: parts.yaml, offset: bom + parts.yamlOffset };
  const opening = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  return opening ? { yaml: text.slice(bom + opening[0].length), offset: bom + opening[0].length } : undefined;
}

const KEY_LINE = /^( *)((?:- +)*)([A-Za-z0-9_-]*)$/;
const VALUE_LINE = /^( *)((?:- +)*)([A-Za-z0-9_-]+):( *)(.*)$/;
/** Characters of ids and referral targets (`region/procedure#step`). */
const ID_CHARS = /[A-Za-z0-9_#/.-]*$/;
const ID_CHARS_AHEAD = /^[A-Za-z0-9_#/.-]*/;

export function cursorAt(yaml: string, offset: number): YamlCursor | undefined {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const newline = yaml.indexOf('\n', offset);
  const lineEnd = newline === -1 ? yaml.length : newline;
  const prefix = yaml.slice(lineStart, offset);
  const rest = yaml.slice(offset, lineEnd).replace(/\r$/, '');
  const ahead = ID_CHARS_AHEAD.exec(rest)![0].length;
  let written: string;
  let mode: YamlCursor['mode'];
  let inFlow = false;
  let needsSpace = false;
  let dashes = '';
  let word: string;
  const key = KEY_LINE.exec(prefix);
  const value = key ? undefined : VALUE_LINE.exec(prefix);
  if (key) {
    mode = 'key';
    dashes = key[2]!;
    word = key[3]!;
    written = `${prefix}${MARK}:`;
  } else if (value) {
    mode = 'value';
    const [, , , , space, typed] = value as unknown as string[];
    if (space === '' && typed !== '') return undefined;
    needsSpace = space === '';
    inFlow = typed!.startsWith('[');
    word = inFlow ? /[^[,]*$/.exec(typed!)![0].trimStart() : typed!;
    if (!/^[A-Za-z0-9_#/.-]*$/.test(word)) return undefined;
    written = `${prefix}${needsSpace ? ' ' : ''}${MARK}${inFlow ? ']' : ''}`;
  } else return undefined;
  word = ID_CHARS.exec(word)![0];

  const doc = parseDocument(`${yaml.slice(0, lineStart)}${written}${yaml.slice(lineEnd)}`, { uniqueKeys: false });
  const found = findMark(doc);
  if (!found) return undefined;
  const replace = { start: offset - word.length, end: offset + ahead };
  const base = { inFlow, needsSpace, doc, replace, lineEnds: rest.slice(ahead).trim() === '', listed: listedAround(doc, found.path) };
  if (mode === 'value') {
    if (found.isKey) return undefined;
    return { ...base, mode, path: found.path, present: [], itemOrKey: false };
  }
  if (!found.isKey || !found.map) return undefined;
  const present = found.map.items.map((pair) => keyOf(pair)).filter((name): name is string => name !== undefined && !name.includes(MARK));
  const itemOrKey = dashes !== '' && present.length === 0 && typeof found.path.at(-1) === 'number';
  return { ...base, mode, path: found.path, present, itemOrKey };
}

/** The scalar items of the list that `at` is an item of, but the placeholder. */
function listedAround(doc: Document, at: YamlPath): string[] {
  if (typeof at.at(-1) !== 'number') return [];
  const list = doc.getIn(at.slice(0, -1), true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' && !item.value.includes(MARK) ? [item.value] : []));
}

interface Found {
  /** The value's path, or (for a key) the path of its mapping. */
  path: YamlPath;
  isKey: boolean;
  map?: { items: Pair[] };
}

function findMark(doc: Document): Found | undefined {
  let found: Found | undefined;
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'string' || !node.value.includes(MARK)) return undefined;
      found = placeOf(ancestors, node);
      return visit.BREAK;
    },
  });
  return found;
}

/** The path of `node` from its ancestors, as `visit` gives them (the document first). */
export function placeOf(ancestors: readonly unknown[], node: Node): Found {
  const chain = [...ancestors.slice(1), node];
  const path: Array<string | number> = [];
  for (let i = 0; i < chain.length - 1; i++) {
    const [parent, child] = [chain[i], chain[i + 1]];
    if (isSeq(parent)) path.push(parent.items.indexOf(child));
    else if (isPair(parent)) {
      if (child === parent.key) {
        const map = chain[i - 1];
        return { path, isKey: true, ...(isMap(map) ? { map } : {}) };
      }
      path.push(keyOf(parent) ?? '');
    }
  }
  return { path, isKey: false };
}

export function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : typeof pair.key === 'string' ? pair.key : undefined;
}

/**
 * The scalar at `offset` of a YAML text (for hover): a value and its path, or a key and the path
 * of the property it names.
 */
export function scalarAt(yaml: string, offset: number): { path: YamlPath; value: string; isKey: boolean } | undefined {
  const doc = parseDocument(yaml, { uniqueKeys: false });
  let found: { path: YamlPath; value: string; isKey: boolean } | undefined;
  visit(doc, {
    Scalar(_key, node, ancestors) {
      const [start, end] = node.range ?? [-1, -1];
      if (offset < start || offset > end) return undefined;
      const place = placeOf(ancestors, node);
      const value = String(node.value);
      found = { path: place.isKey ? [...place.path, value] : place.path, value, isKey: place.isKey };
      return visit.BREAK;
    },
  });
  return found;
}
