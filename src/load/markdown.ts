// A procedure file: YAML front-matter + Markdown body, parsed once. The same tree serves
// validation (body links) and every renderer.
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import { report, text as message } from '../diagnostics.js';
import type { YamlSource } from '../model/types.js';
import { splitFrontmatter } from './frontmatter.js';
import { readYaml } from './yaml.js';

/** `sop dev` tells prose-only saves with it. */
export { splitFrontmatter };

/**
 * GFM tables, footnotes and strikethrough, but not autolinked bare URLs (nor task lists): those
 * nearly doubled the time to parse a procedure, for text that links are written for anyway.
 * Directives carry `:::restricted` blocks (internal-use prose); see model/edition.ts.
 */
function procedureGfm(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}

export const procedureMarkdown = unified().use(remarkParse).use(procedureGfm).use(remarkDirective).freeze();

/** Markdown as procedure bodies are read. */
export function parseMarkdown(text: string): Root {
  return procedureMarkdown.parse(text) as Root;
}

export interface ParsedProcedure {
  source: YamlSource;
  /** The front-matter as data, not yet checked against the schema. */
  data: unknown;
  /** The front-matter's text, from which `source` was parsed. */
  yaml: string;
  body: Root;
}

export function parseProcedure(file: VFile): ParsedProcedure | undefined {
  const text = String(file.value ?? '');
  if (text.trim() === '') {
    report(file, 'error', 'parse/empty-file', message('load.emptyFile'), {
      start: { line: 1, column: 1 },
    });
    return undefined;
  }
  const parts = splitFrontmatter(text);
  if (!parts) {
    // An opening fence without its closing one is a different mistake from no front-matter at all.
    const opened = /^---[ \t]*(\r\n|\r|\n)/.test(text);
    report(file, 'error', opened ? 'parse/unclosed-frontmatter' : 'parse/no-frontmatter', message(opened ? 'load.unclosedFrontmatter' : 'load.noFrontmatter'), {
      start: { line: 1, column: 1 },
      ...(opened ? { end: { line: 1, column: 4 } } : {}),
    });
    return undefined;
  }
  const frontmatter = readYaml(file, parts.yaml, parts.yamlOffset);
  if (!frontmatter) return undefined;
  return { ...frontmatter, yaml: parts.yaml, body: bodyOf(text, parts) };
}

/** The Markdown tree of a procedure file that loaded before, parsed again from its text. */
export function parseBody(text: string): Root {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('A procedure that loaded has lost its front-matter');
  return bodyOf(text, parts);
}

const bodyOf = (text: string, parts: { bodyOffset: number; bodyLine: number }): Root =>
  shift(parseMarkdown(text.slice(parts.bodyOffset)), parts.bodyLine - 1, parts.bodyOffset);

/**
 * Moves the positions of a tree parsed from a slice of the file to the file's own lines and
 * offsets, in place: every node has points of its own, and copying them (through
 * unist-util-visit) was a tenth of a parse worker's time.
 */
function shift(tree: Root, lines: number, offset: number): Root {
  const move = (point: Point) => {
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  };
  const walk = (node: Node) => {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if ('children' in node) for (const child of node.children as Node[]) walk(child);
  };
  walk(tree);
  return tree;
}
