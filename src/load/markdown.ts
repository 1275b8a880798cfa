// A procedure file: YAML front-matter + Markdown body, parsed once. The same tree serves
// validation (body links) and every renderer.
import type { Root, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { YamlSource } from '../model/types.js';
import { parseYaml } from './yaml.js';

// Directives carry `:::restricted` blocks (internal-use prose); see model/edition.ts.
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

export interface ParsedProcedure {
  source: YamlSource;
  body: Root;
}

export function parseProcedure(file: VFile): ParsedProcedure | undefined {
  const text = String(file.value ?? '');
  if (text.trim() === '') {
    report(file, 'error', 'parse/empty-file', 'File is empty: a procedure starts with YAML front-matter between "---" lines', {
      start: { line: 1, column: 1 },
    });
    return undefined;
  }
  const tree = markdown.parse(file) as Root;
  const head = tree.children[0];
  if (head?.type !== 'yaml') {
    report(file, 'error', 'parse/no-frontmatter', 'Missing front-matter: a procedure starts with YAML between "---" lines', {
      start: { line: 1, column: 1 },
    });
    return undefined;
  }
  const source = parseYaml(file, (head as Yaml).value, frontmatterOffset(text, head as Yaml));
  if (!source) return undefined;
  return { source, body: { ...tree, children: tree.children.slice(1) } };
}

/** Offset of the first character after the opening `---` line. */
function frontmatterOffset(text: string, node: Yaml): number {
  const start = node.position?.start.offset ?? 0;
  return text.indexOf('\n', start) + 1;
}
