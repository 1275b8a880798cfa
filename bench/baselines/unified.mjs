#!/usr/bin/env node
// The bare unified floor: every .md file of a folder → a full HTML page string, sequentially, in
// one process, with nothing but remark-parse + remark-frontmatter + yaml + remark-gfm +
// remark-rehype + rehype-stringify. No validation, no links resolved, nothing written.
//
//   node bench/baselines/unified.mjs DIR    → prints {"files", "bytes", "ms", "maxRSS_kb"} as JSON
//
// The remark packages and yaml are sopbook's own (resolved from the repository root, the same
// versions sop uses); rehype-stringify is a dev dependency of bench/ (bench/package.json).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import rehypeStringify from 'rehype-stringify';

const fromRoot = createRequire(new URL('../../package.json', import.meta.url));
const load = async (name) => import(pathToFileURL(fromRoot.resolve(name)).href);
const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }, { default: remarkGfm }, { default: remarkRehype }, { parse: parseYaml }] = await Promise.all(
  ['unified', 'remark-parse', 'remark-frontmatter', 'remark-gfm', 'remark-rehype', 'yaml'].map(load),
);

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/baselines/unified.mjs DIR');
  process.exit(2);
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

const start = performance.now();
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .sort();
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
let bytes = 0;
for (const file of files) {
  const text = await readFile(file, 'utf8');
  const mdast = processor.parse(text);
  const head = mdast.children[0]?.type === 'yaml' ? mdast.children.shift() : undefined;
  const data = head ? parseYaml(head.value) : {};
  const hast = await processor.run(mdast);
  const html = `<!doctype html>\n<html lang="it">\n<head>\n<meta charset="utf-8">\n<title>${escape(data.title ?? path.basename(file, '.md'))}</title>\n</head>\n<body>\n<main>\n${processor.stringify(hast)}\n</main>\n</body>\n</html>\n`;
  bytes += html.length;
}
const ms = performance.now() - start;
console.log(JSON.stringify({ files: files.length, bytes, ms: Math.round(ms), maxRSS_kb: process.resourceUsage().maxRSS }));
