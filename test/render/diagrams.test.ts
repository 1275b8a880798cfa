// The diagrams of a build of the shipped corpus, read back: names instead of ids in every text a
// reader meets (SVG text, titles, tooltips, captions), and at least 7 pt text in every PDF.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { copyProject } from '../helpers.js';
import { outputFiles, readHtml, text } from '../html.js';

let dist: string;
/** Step and procedure ids of the corpus. */
let ids: Set<string>;

beforeAll(async () => {
  const dir = await copyProject('../../procedures');
  const { loaded } = await check('procedures', { cwd: dir });
  const procedures = [...loaded.corpus.regions.values()].flatMap((region) => [...region.procedures.values()]);
  ids = new Set(procedures.flatMap((p) => [p.id, ...p.steps.map((s) => s.id)]));
  await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [] });
  dist = path.join(dir, 'dist');
}, 240_000);

/**
 * A text that shows an id: the id itself, numbered ("5. colloquio") or, when `whole` is the
 * whole of a box's or a caption's words, alone; a hyphenated id inside it; a raw reference.
 */
function showsId(words: string, whole: boolean): string | undefined {
  const numbered = /^\d+\.\s*(.*)$/.exec(words.trim());
  const bare = numbered ? numbered[1]! : whole ? words.trim() : '';
  if (ids.has(bare)) return bare;
  if (/[a-z0-9-]+#[a-z0-9-]+/.test(words)) return words;
  return [...ids].find((id) => id.includes('-') && words.includes(id));
}

describe('diagrams of the shipped corpus', () => {
  it('name steps, procedures and roles by their words, never by their ids', async () => {
    const pages = (await outputFiles(dist)).filter((file) => file.endsWith('.html'));
    const found: string[] = [];
    let seen = 0;
    for (const file of pages) {
      const tree = await readHtml(path.join(dist, file));
      for (const figure of selectAll('figure.referral-map', tree)) {
        const svg = select('svg', figure)!;
        const tooltips = selectAll('a', svg).map((a: Element) => String(a.properties.xLinkTitle ?? a.properties['xlink:title'] ?? ''));
        const frame = select('.diagram-scroll', figure);
        // A box's lines read together: one line of a wrapped name may be a word that is also an id.
        const words = [
          ...selectAll('g.node, g.edge', svg).map((g) => selectAll('text', g).map(text).join(' ')),
          ...selectAll('title, desc', svg).map(text),
          ...tooltips,
          text(select('figcaption', figure)!),
          String(frame?.properties.ariaLabel ?? ''),
        ];
        seen += words.length;
        for (const w of words) {
          const id = showsId(w, true);
          if (id) found.push(`${file}: "${w}" (${id})`);
        }
      }
    }
    expect(seen).toBeGreaterThan(2000);
    expect(found).toEqual([]);
  });

  it('print every diagram with text of 7 pt or more', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdfs = (await outputFiles(dist)).filter((file) => file.endsWith('.pdf'));
    expect(pdfs).toContain('national/national-model.pdf');
    const small: string[] = [];
    const rawIds: string[] = [];
    let diagramTexts = 0;
    for (const file of pdfs) {
      const doc = await getDocument({ data: new Uint8Array(await readFile(path.join(dist, file))), verbosity: 0 }).promise;
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          // The diagrams' font (Titillium Web, ascent 1.133 em); the running text is a serif.
          if (Math.abs((content.styles[item.fontName]?.ascent ?? 0) - 1.133) > 0.01) continue;
          const size = Math.hypot(item.transform[2], item.transform[3]);
          if (size < 10.5) diagramTexts += 1;
          if (size < 7) small.push(`${file} p. ${n}: "${item.str}" ${size.toFixed(1)} pt`);
          if (showsId(item.str, false)) rawIds.push(`${file} p. ${n}: "${item.str}"`);
        }
      }
      await doc.destroy();
    }
    expect(diagramTexts).toBeGreaterThan(2000);
    expect(small).toEqual([]);
    expect(rawIds).toEqual([]);
  }, 120_000);
});
