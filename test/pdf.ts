// Reading built PDFs: text per page and word boxes (poppler's pdftotext), the outline and the tagged structure (pdf.js).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

/** The text of each page, in order (pdftotext separates pages with form feeds). */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1);
}

/** 1-based page numbers whose text contains `needle` (white space normalised). */
export function pagesWith(pages: string[], needle: string): number[] {
  const squash = (s: string) => s.replace(/[\s\u00ad\u2060]+/g, ' ');
  return pages.flatMap((text, i) => (squash(text).includes(squash(needle)) ? [i + 1] : []));
}

interface OutlineItem { title: string; items: OutlineItem[] }

/** Every bookmark title of the PDF, depth-first. */
export async function pdfOutline(file: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const flatten = (items: OutlineItem[] | null): string[] => (items ?? []).flatMap((item) => [item.title, ...flatten(item.items)]);
  const titles = flatten((await doc.getOutline()) as OutlineItem[] | null);
  await doc.destroy();
  return titles;
}

/** A run of text as the tagged structure holds it: its page, the roles it sits in (outermost first), its language. */
export interface TaggedText {
  page: number;
  roles: string[];
  /** The nearest `/Lang` up the structure tree, if any. */
  lang?: string;
  text: string;
  /** Where the run starts, in points from the page's left edge. */
  x: number;
}

interface StructNode { role?: string; lang?: string; type?: string; id?: string; children?: StructNode[] }

/**
 * Every run of text with its place in the structure tree (pdf.js); page headers and footers, which
 * are artifacts outside the tree, have no roles.
 */
export async function pdfTaggedText(file: string): Promise<TaggedText[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const runs: TaggedText[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const owners = new Map<string, { roles: string[]; lang?: string }>();
    const walk = (node: StructNode, roles: string[], lang: string | undefined): void => {
      const here = node.lang ?? lang;
      if (node.type === 'content' && node.id) owners.set(node.id, { roles, ...(here ? { lang: here } : {}) });
      for (const child of node.children ?? []) walk(child, node.role ? [...roles, node.role] : roles, here);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree, [], undefined);
    const open: Array<string | undefined> = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items as Array<{ type?: string; id?: string; str?: string; transform?: number[] }>) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (item.str) {
        const id = [...open].reverse().find((entry) => entry !== undefined);
        const owner = id === undefined ? undefined : owners.get(id);
        runs.push({ page: number, roles: owner?.roles ?? [], ...(owner?.lang ? { lang: owner.lang } : {}), text: item.str, x: item.transform?.[4] ?? 0 });
      }
    }
  }
  await doc.destroy();
  return runs;
}

/**
 * Each tagged table on each page it is on (pdf.js gives the structure page by page): its header
 * cells (TH), whether they sit in a THead, and its body rows on that page.
 */
export async function pdfTables(file: string): Promise<Array<{ page: number; headerCells: number; inHead: boolean; bodyRows: number }>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const tables: Array<{ page: number; headerCells: number; inHead: boolean; bodyRows: number }> = [];
  const count = (node: StructNode, role: string): number => (node.role === role ? 1 : 0) + (node.children ?? []).reduce((n, child) => n + count(child, role), 0);
  for (let page = 1; page <= doc.numPages; page++) {
    const find = (node: StructNode): void => {
      if (node.role !== 'Table') return (node.children ?? []).forEach(find);
      const parts = (role: string) => (node.children ?? []).filter((child) => child.role === role);
      const head = parts('THead');
      tables.push({ page, headerCells: count(node, 'TH'), inHead: head.length > 0 && head.every((h) => count(h, 'TH') > 0), bodyRows: parts('TBody').reduce((n, b) => n + count(b, 'TR'), 0) });
    };
    const tree = (await (await doc.getPage(page)).getStructTree()) as StructNode | null;
    if (tree) find(tree);
  }
  await doc.destroy();
  return tables;
}

export interface PdfWord { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** The words of one page with their boxes, in points (poppler's pdftotext -bbox). */
export async function pdfWords(file: string, page: number): Promise<PdfWord[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, yMax, text]) => ({ text: text!, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) }));
}

/**
 * Pairs of words printed over each other: on the same line (their boxes share more than half
 * their height; lines set close share a little, through ascenders and descenders) and more than
 * half a point into each other across.
 */
export function overlappingWords(words: PdfWord[]): Array<[string, string]> {
  const overlaps: Array<[string, string]> = [];
  words.forEach((a, i) => words.slice(i + 1).forEach((b) => {
    const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
    const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
    if (x > 0.5 && y > Math.min(a.yMax - a.yMin, b.yMax - b.yMin) / 2) overlaps.push([a.text, b.text]);
  }));
  return overlaps;
}
