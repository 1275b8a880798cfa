// Reading built PDFs: text per page (poppler's pdftotext) and the outline (pdf.js).
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
