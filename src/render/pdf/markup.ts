// mdast → Typst markup. Procedure text is untrusted, and in Typst markup almost every ASCII
// punctuation mark is syntax (`#` even runs code: `#read(...)`, `#import`, `#eval`). Rather than
// escaping character by character, every piece of user text is emitted as a string literal
// `#"…";`: inside a literal only `\` and `"` mean anything, and the `;` ends the expression so
// nothing that follows can continue it as a method call or an argument. The only syntax this
// module writes itself is fixed function calls, content blocks and heading markers.
import type {
  Blockquote,
  Code,
  FootnoteDefinition,
  Heading,
  Link,
  List,
  ListItem,
  Nodes,
  Root,
  Table,
  TableRow,
} from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * How a Markdown link URL maps into the PDF: an internal jump to a Typst label, an external https
 * link, or plain text. `name` replaces link text that is only the raw id of what it points to.
 */
export type LinkTarget = { kind: 'internal'; label: string; name?: string } | { kind: 'external'; url: string } | undefined;

export interface MarkupOptions {
  /** Maps a link's URL (and its text) to its target; undefined → the link text is emitted without a link. */
  resolveLink: (url: string, text: string) => LinkTarget;
  /** Added to every heading depth (body headings sit under the document's own headings); depth is capped at 6. */
  headingOffset: number;
}

interface Context {
  options: MarkupOptions;
  /** Footnote identifier → its printed number. */
  footnotes: ReadonlyMap<string, number>;
  /** The last character printed, so that a quote opening or closing across inline nodes is told apart. */
  previous: string;
}

const MAX_HEADING_DEPTH = 6;
const SAFE_LABEL = /^[a-z0-9][a-z0-9_.:-]*$/;
// Only schemes that open a page or a mail client; javascript:, data:, file: and relative paths
// would either do something unexpected in a PDF viewer or point nowhere.
const LINKABLE_URL = /^(?:https?:\/\/|mailto:)/i;
// A code block's language only picks a highlighter, but it is still checked so that nothing
// but a plain name reaches the output.
const SAFE_LANGUAGE = /^[a-z0-9+-]+$/;
const INDENT = '  ';

/** The Markdown body as Typst markup. */
export function toTypst(tree: Root, options: MarkupOptions): string {
  if (!Number.isInteger(options.headingOffset)) {
    throw new RangeError(`headingOffset must be an integer, got ${String(options.headingOffset)}`);
  }
  const context: Context = { options, footnotes: numberFootnotes(tree), previous: ' ' };
  const body = blocks(tree.children, context, false);
  return body === '' ? '' : `${body}\n`;
}

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

// Control characters and line/paragraph separators would be legal inside a literal, but escaped
// they keep every literal on one line (so indenting a block can never alter a string) and keep
// invisible and bidirectional-override characters visible to whoever reviews the generated source.
const ESCAPED_CHARACTERS = /[\\"\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
// Typst has no escape for lone surrogates and the UTF-8 hand-over to the compiler would mangle them.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A Typst string literal ("…") for any text, to be used inside code, e.g. `#text(${typstString(t)})`. */
export function typstString(text: string): string {
  const escaped = text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(ESCAPED_CHARACTERS, (character) => STRING_ESCAPES[character] ?? `\\u{${character.charCodeAt(0).toString(16)}}`);
  return `"${escaped}"`;
}

/** Any text as Typst markup that prints literally (used by the document template for titles, names…). */
export function typstText(text: string): string {
  return `#${typstString(typographic(text))};`;
}

// After these a quote opens; anywhere else it closes (or is an apostrophe: "dell'ente").
const OPENING_CONTEXT = /[\s([{\u2013\u2014/«‘“]/;

/**
 * Straight quotes as Italian print sets them: apostrophes ’, quotations « » (and ‘ ’ inside).
 * Typst's own smart quotes apply to markup only, never to the string literals text travels in,
 * and cannot see across them. `before` is the character printed just before `text`.
 */
export function typographic(text: string, before = ' '): string {
  let out = '';
  let previous = before;
  for (const character of text) {
    const opens = OPENING_CONTEXT.test(previous);
    const printed = character === "'" ? (opens ? '‘' : '’') : character === '"' ? (opens ? '«' : '»') : character;
    out += printed;
    previous = printed;
  }
  return out;
}

// A URL may break after these (a reader can still tell where each part ends), never inside a word.
const URL_PART = /[^/.?&=;:~_#-]+[/.?&=;:~_#-]*|[/.?&=;:~_#-]+/g;

/** A URL as printed text that breaks only after its separators: each part is an unbreakable box. */
export function urlText(url: string): string {
  return (url.match(URL_PART) ?? []).map((part) => `#box[#${typstString(part)};]`).join('');
}

/** Whether a label name is safe to emit as <label> (the caller builds labels from ids; reject anything else). */
export function isSafeLabel(label: string): boolean {
  return SAFE_LABEL.test(label);
}

/** Numbers follow the first reference, as readers expect; unreferenced definitions come after. */
function numberFootnotes(tree: Root): Map<string, number> {
  const numbers = new Map<string, number>();
  const assign = (identifier: string): void => {
    if (!numbers.has(identifier)) numbers.set(identifier, numbers.size + 1);
  };
  for (const node of descendants(tree)) if (node.type === 'footnoteReference') assign(node.identifier);
  for (const node of descendants(tree)) if (node.type === 'footnoteDefinition') assign(node.identifier);
  return numbers;
}

/** Every node in document order. */
function* descendants(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* descendants(child);
}

/**
 * Block children, one per line group. `tight` (list items without blank lines) joins with a
 * single newline, as Typst's own tight lists do, except between two runs of text, which would
 * otherwise merge into one paragraph.
 */
function blocks(children: readonly Nodes[], context: Context, tight: boolean): string {
  let out = '';
  let previous: Nodes | undefined;
  for (const child of children) {
    context.previous = ' ';
    const emitted = emit(child, context);
    if (emitted === '') continue;
    if (previous) out += tight && !(isTextBlock(previous) && isTextBlock(child)) ? '\n' : '\n\n';
    out += emitted;
    previous = child;
  }
  return out;
}

function isTextBlock(node: Nodes): boolean {
  return node.type === 'paragraph' || node.type === 'html';
}

function inlines(children: readonly Nodes[], context: Context): string {
  return children.map((child) => emit(child, context)).join('');
}

function emit(node: Nodes, context: Context): string {
  switch (node.type) {
    case 'root':
      return blocks(node.children, context, false);
    case 'paragraph':
      return inlines(node.children, context);
    case 'heading':
      return heading(node, context);
    case 'text':
      return text(node.value, context);
    case 'emphasis':
      return `#emph${contentBlock(inlines(node.children, context))};`;
    case 'strong':
      return `#strong${contentBlock(inlines(node.children, context))};`;
    case 'delete':
      return `#strike${contentBlock(inlines(node.children, context))};`;
    case 'inlineCode':
      context.previous = 'x';
      return `#raw(${typstString(node.value)});`;
    case 'code':
      return code(node);
    case 'break':
      return '#linebreak();';
    case 'link':
      return link(node, context);
    case 'linkReference':
      return inlines(node.children, context);
    case 'image':
    case 'imageReference':
      // Images could load anything from anywhere; the handbook is self-contained.
      return node.alt ? typstText(node.alt) : '';
    case 'definition':
    case 'yaml':
      return '';
    case 'blockquote':
      return blockquote(node, context);
    case 'list':
      return list(node, context);
    case 'listItem':
      return listItemContent(node, context);
    case 'thematicBreak':
      return '#line(length: 100%);';
    case 'table':
      return table(node, context);
    case 'tableRow':
    case 'tableCell':
      return inlines(node.children, context);
    case 'html':
      // Raw HTML is shown as written, never interpreted: the editor sees what they typed.
      return `#${typstString(node.value)};`;
    case 'footnoteReference':
      return footnoteMarker(node.identifier, context);
    case 'footnoteDefinition':
      return footnoteDefinition(node, context);
    default:
      return fallback(node);
  }
}

/** Nodes from extensions this module does not know: their text, never their structure. */
function fallback(node: Nodes): string {
  const type: string = node.type;
  if (type === 'toml') return ''; // front matter is metadata, not body
  const value = toString(node);
  return value === '' ? '' : typstText(value);
}

// Markdown soft line breaks are spaces; a newline inside a Typst string would force a line break.
function text(value: string, context: Context): string {
  const printed = typographic(value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' '), context.previous);
  context.previous = printed.at(-1) ?? context.previous;
  return `#${typstString(printed)};`;
}

function heading(node: Heading, context: Context): string {
  const depth = Math.min(MAX_HEADING_DEPTH, Math.max(1, node.depth + context.options.headingOffset));
  return `${'='.repeat(depth)} ${inlines(node.children, context)}`.trimEnd();
}

function code(node: Code): string {
  const language = node.lang?.toLowerCase();
  const languageArgument = language && SAFE_LANGUAGE.test(language) ? `lang: ${typstString(language)}, ` : '';
  return `#raw(block: true, ${languageArgument}${typstString(node.value)});`;
}

function link(node: Link, context: Context): string {
  const target = context.options.resolveLink(node.url, toString(node));
  const body = target?.kind === 'internal' && target.name !== undefined ? typstText(target.name) : inlines(node.children, context);
  if (target?.kind === 'internal') {
    // Labels come from the caller's ids, never from the text; an unsafe one is a caller bug.
    if (!isSafeLabel(target.label)) throw new Error(`Unsafe Typst label for link ${JSON.stringify(node.url)}: ${JSON.stringify(target.label)}`);
    return `#link(<${target.label}>)${contentBlock(body)};`;
  }
  if (target?.kind === 'external' && LINKABLE_URL.test(target.url)) {
    // A link without text, or whose text is its URL, shows the URL, broken only between its parts.
    const shown = body === '' || toString(node) === node.url ? urlText(target.url) : body;
    return `#link(${typstString(target.url)})${contentBlock(shown)};`;
  }
  return body;
}

function blockquote(node: Blockquote, context: Context): string {
  return `#quote(block: true)${contentBlock(blocks(node.children, context, false))};`;
}

function list(node: List, context: Context): string {
  const name = node.ordered ? 'enum' : 'list';
  const args: string[] = [];
  const start = node.start;
  if (node.ordered && typeof start === 'number' && Number.isSafeInteger(start) && start !== 1) args.push(`start: ${start}`);
  if (node.spread) args.push('tight: false');
  for (const item of node.children) args.push(contentBlock(listItemContent(item, context)));
  return callWithArguments(`#${name}`, args) + ';';
}

function listItemContent(node: ListItem, context: Context): string {
  // ASCII rather than ballot-box glyphs: the handbook fonts may lack them and fallback is off.
  const marker = typeof node.checked === 'boolean' ? typstText(node.checked ? '[x] ' : '[ ] ') : '';
  return marker + blocks(node.children, context, !node.spread);
}

function table(node: Table, context: Context): string {
  const [header, ...body] = node.children;
  if (!header) return '';
  const columns = header.children.length;
  const args = [`columns: ${columns}`];
  const align = node.align ?? [];
  if (align.some((value) => value)) {
    const alignments = Array.from({ length: columns }, (_, index) => align[index] ?? 'auto');
    args.push(`align: (${alignments.join(', ')}${columns === 1 ? ',' : ''})`);
  }
  args.push(`table.header(${tableCells(header, columns, context)})`);
  for (const row of body) args.push(tableCells(row, columns, context));
  return callWithArguments('#table', args) + ';';
}

/** GFM: a row with too few cells is padded, one with too many is cut to the header's width. */
function tableCells(row: TableRow, columns: number, context: Context): string {
  return Array.from({ length: columns }, (_, index) => {
    const cell = row.children[index];
    return contentBlock(cell ? inlines(cell.children, context) : '');
  }).join(', ');
}

function footnoteMarker(identifier: string, context: Context): string {
  const number = context.footnotes.get(identifier);
  return number === undefined ? '' : `#super${contentBlock(typstText(String(number)))};`;
}

function footnoteDefinition(node: FootnoteDefinition, context: Context): string {
  const marker = footnoteMarker(node.identifier, context);
  return `${marker}${typstText(' ')}${blocks(node.children, context, false)}`;
}

/** `[body]` on one line, or on its own indented lines when the body has several. */
function contentBlock(body: string): string {
  return body.includes('\n') ? `[\n${indent(body)}\n]` : `[${body}]`;
}

/** One argument per line; every string literal is single-line, so indenting is always safe. */
function callWithArguments(callee: string, args: readonly string[]): string {
  if (args.length === 0) return `${callee}()`;
  return `${callee}(\n${indent(args.map((arg) => `${arg},`).join('\n'))}\n)`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : INDENT + line))
    .join('\n');
}
