// The body is parsed without its front-matter, for speed; the tree must be the one a full parse
// with remark-frontmatter gives, positions included, or every body diagnostic would move.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseProcedure, procedureMarkdown, splitFrontmatter } from '../../src/load/markdown.js';
import { REPO } from '../helpers.js';

/** The reference: the same syntax, with remark-frontmatter reading the fences. */
function fullParse(text: string): Root {
  const tree = procedureMarkdown().use(remarkFrontmatter, ['yaml']).parse(text) as Root;
  return { ...tree, children: tree.children.slice(1) };
}

async function corpusFiles(): Promise<string[]> {
  const root = path.join(REPO, 'procedures');
  const files: string[] = [];
  for (const region of await readdir(root)) {
    if (region.startsWith('_')) continue;
    for (const name of await readdir(path.join(root, region))) if (name.endsWith('.md')) files.push(path.join(root, region, name));
  }
  return files;
}

describe('procedure bodies', () => {
  it('parse to the same tree and positions as a full parse with remark-frontmatter, for every shipped procedure', async () => {
    const files = await corpusFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      for (const text of [await readFile(file, 'utf8'), (await readFile(file, 'utf8')).replace(/\n/g, '\r\n')]) {
        const parsed = parseProcedure(new VFile({ path: file, value: text }));
        const { position: _, ...body } = parsed!.body;
        const { position: __, ...reference } = fullParse(text);
        expect(body, file).toEqual(reference);
      }
    }
  });

  it.each([
    ['---\nid: a\n---\nTesto', { yaml: 'id: a', yamlOffset: 4, bodyOffset: 14, bodyLine: 4 }],
    ['---  \r\nid: a\r\n---\t\r\nTesto', { yaml: 'id: a', yamlOffset: 7, bodyOffset: 20, bodyLine: 4 }],
    ['---\n---\nTesto', { yaml: '', yamlOffset: 4, bodyOffset: 8, bodyLine: 3 }],
    ['---\nid: a\n---', { yaml: 'id: a', yamlOffset: 4, bodyOffset: 13, bodyLine: 4 }],
  ])('find the front-matter of %j', (text, parts) => {
    expect(splitFrontmatter(text)).toEqual(parts);
    const reference = procedureMarkdown().use(remarkFrontmatter, ['yaml']).parse(text) as Root;
    expect(reference.children[0]).toMatchObject({ type: 'yaml', value: parts.yaml });
  });

  it.each(['id: a\n---\n', '---\nid: a\n', '--- x\nid: a\n---\n', '---', ' ---\nid: a\n---\n', '---\nid: a\n----\n'])('find no front-matter in %j, as remark-frontmatter', (text) => {
    expect(splitFrontmatter(text)).toBeUndefined();
    const reference = procedureMarkdown().use(remarkFrontmatter, ['yaml']).parse(text) as Root;
    expect(reference.children[0]?.type).not.toBe('yaml');
  });
});
