// Large pages are serialised and written in pieces (render/html.ts): the pieces must join into
// the very bytes of the page serialised whole, and a large page must come in small pieces.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { h, s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { check } from '../../src/index.js';
import { htmlPieces, pageHtml, serialised } from '../../src/render/html.js';
import { createSite } from '../../src/render/index.js';
import { planHtml } from '../../src/render/plan.js';
import { TODAY } from '../helpers.js';

describe('a page in pieces', () => {
  it('joins into the page serialised whole, with namespaces, raw text and awkward attributes intact', () => {
    const rows = Array.from({ length: 1500 }, (_, i) =>
      h('tr', { title: i === 7 ? 'a\u0000children\u0000 </tr> "quoted" & more' : `riga ${i}` }, [h('td', `<b>${i}</b> & co`), h('td', [h('a', { href: `#r${i}` }, String(i))])]));
    const drawing = s('svg', { viewBox: '0 0 10 10' }, Array.from({ length: 2500 }, (_, i) => s('rect', { x: i, y: 0, width: 1, height: 1, strokeWidth: 0.5 })));
    const tree: Root = h(null, [
      { type: 'doctype' },
      h('html', { lang: 'it' }, [
        h('head', [h('title', 'Copertura <prova>'), h('style', 'a > b { color: red }')]),
        h('body', [
          h('main', [h('table', [h('tbody', rows)]), h('figure', [drawing]), h('script', 'if (a < b && c) run();'), { type: 'comment', value: ' nota ' }, h('br'), h('img', { src: 'x.png', alt: '' })]),
        ]),
      ]),
    ]);
    const pieces = [...htmlPieces(tree)];
    expect(pieces.join('')).toBe(pageHtml(tree));
    expect(pieces.length).toBeGreaterThan(100);
    // The drawing is another namespace and the script raw text: each stays one piece.
    expect(pieces.filter((piece) => piece.startsWith('<svg'))).toHaveLength(1);
    expect(pieces).toContain('<script>if (a < b && c) run();</script>');
    const longest = Math.max(...pieces.filter((piece) => !piece.startsWith('<svg')).map((piece) => piece.length));
    expect(longest).toBeLessThan(pageHtml(tree).length / 20);
  });

  it('takes a section serialised ahead for the very bytes of the section, and still cuts a page of many into pieces', () => {
    const section = (i: number) => h('section', { 'aria-labelledby': `r-${i}`, title: 'a "b" & <c>' }, [
      h('h2', { id: `r-${i}` }, `Regione ${i} — «prova»`),
      h('ul', Array.from({ length: 120 }, (_, j) => h('li', [h('a', { href: `../r${i}/p${j}.html#step-${j}` }, `Passo ${j}: colloquio & ascolto`)]))),
    ]);
    const page = (sections: Root['children']): Root => h(null, [{ type: 'doctype' }, h('html', { lang: 'it' }, [h('body', [h('main', sections)])])]);
    const whole = pageHtml(page(Array.from({ length: 300 }, (_, i) => section(i))));
    const ahead = page(Array.from({ length: 300 }, (_, i) => serialised(section(i))));
    expect(pageHtml(ahead)).toBe(whole);
    // Each section is one node of the tree, but counts by its length: the page is not one piece.
    const pieces = htmlPieces(ahead);
    expect(pieces.join('')).toBe(whole);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(whole.length / 20);
  });

  it('leaves a small page whole', () => {
    const tree: Root = h(null, [{ type: 'doctype' }, h('html', [h('body', [h('p', 'Breve.')])])]);
    expect([...htmlPieces(tree)]).toEqual([pageHtml(tree)]);
  });

  it('writes every page of a generated handbook as the page serialised whole', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sop-pieces-'));
    generate({ regions: 2, procedures: 50, seed: 'pieces', out: path.join(dir, 'procedures') });
    const { loaded, errors } = await check(path.join(dir, 'procedures'), { today: TODAY });
    expect(errors).toBe(0);
    const site = await createSite(loaded.corpus, loaded.graph, { lang: 'it', regions: [], national: true, edition: 'public' });
    let split = 0;
    for (const job of planHtml(site)) {
      if (!job.pieces) continue;
      const pieces = [...(await job.pieces())];
      if (pieces.length > 1) split++;
      expect(pieces.join(''), job.path).toBe(await job.render());
    }
    // The Region's role pages listing every step of the role, and the national maps.
    expect(split).toBeGreaterThan(3);
  }, 120_000);
});

