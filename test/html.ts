// Reading built HTML as a tree, and checking every link of an output folder.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse);

export async function readHtml(file: string): Promise<Root> {
  return parser.parse(await readFile(file, 'utf8'));
}

export async function outputFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

export const text = (node: Element | Root): string =>
  'value' in node ? String(node.value) : ('children' in node ? node.children.map((c) => text(c as Element)).join('') : '');

/** Every href/src of every HTML page that does not resolve to an existing file and id. */
export async function brokenLinks(dir: string): Promise<string[]> {
  const pages = (await outputFiles(dir)).filter((f) => f.endsWith('.html'));
  const files = new Set(await outputFiles(dir));
  const ids = new Map<string, Set<string>>();
  const trees = new Map<string, Root>();
  for (const page of pages) {
    const tree = await readHtml(path.join(dir, page));
    trees.set(page, tree);
    ids.set(page, new Set(selectAll('[id]', tree).map((el) => String(el.properties.id))));
  }
  const broken: string[] = [];
  for (const [page, tree] of trees) {
    for (const el of selectAll('[href], [src]', tree)) {
      const url = String(el.properties.href ?? el.properties.src);
      if (/^(https:\/\/|tel:|mailto:)/.test(url)) continue;
      const [file, fragment] = url.split('#') as [string, string | undefined];
      const target = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      if (!files.has(target) || (fragment && !ids.get(target)?.has(decodeURIComponent(fragment)))) broken.push(`${page}: ${url}`);
    }
  }
  return broken;
}
