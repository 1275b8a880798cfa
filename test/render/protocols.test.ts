// A Region's protocols on its home page: operational and named signatories, and the procedures
// each adopts, linked; restricted procedures stay out of the public edition.
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject, TODAY } from '../helpers.js';
import { readHtml, text } from '../html.js';

const PROTOCOL = `protocols:
  - id: protocollo-alfa
    title: Protocollo d'intesa contro la tratta
    signed: 2024-01-10
    place: Alfa
    duration: P3Y
    illustrative: true
    adopts: [adulti, asilo]
    signatories:
      - actor: questura-alfa
        kind: questura
      - name: Istituto di ricerche sociali di Alfa
        kind: istituto-ricerca
`;

describe('protocols on the Region home page', () => {
  let section: (lang: 'it' | 'en') => Promise<Element>;
  beforeAll(async () => {
    const dir = await copyProject('base', [
      { file: 'alfa/region.yaml', replace: '    audience: public\n', with: `    audience: public\n${PROTOCOL}` },
      { file: 'alfa/asilo.md', replace: 'status: approved', with: 'status: approved\nrestricted: true' },
      { file: 'alfa/adulti.md', replace: '(procedure:asilo)', with: '(procedure:adulti)' },
    ]);
    for (const lang of ['it', 'en'] as const) {
      const result = await build('procedures', { cwd: dir, out: lang, lang, regions: ['alfa'], today: TODAY, pdf: false, national: false });
      expect(result.written).toBeDefined();
    }
    section = async (lang) => select('section[aria-labelledby=protocols-heading]', await readHtml(path.join(dir, lang, 'alfa/index.html')))!;
  }, 120_000);

  it('lists who signed, when and where, in Italian', async () => {
    const it = await section('it');
    expect(text(select('h3', it)!)).toBe("Protocollo d'intesa contro la tratta");
    expect(selectAll('dd', it).map(text)).toEqual(['10 gennaio 2024', 'Alfa', '3 anni']);
    const lists = selectAll('ul', it).map((list) => selectAll('li', list).map(text));
    expect(lists[0]).toEqual(['Questura di Alfa – Ufficio Immigrazione — Questura']);
    expect(lists[1]).toEqual(['Istituto di ricerche sociali di Alfa — Istituto di ricerca']);
  });

  it('links the adopted procedures of the edition only', async () => {
    const links = selectAll('ul:last-of-type a', await section('it'));
    expect(links.map((a) => [text(a), a.properties.href])).toEqual([['Percorso per persone adulte', 'procedures/adulti.html']]);
  });

  it('speaks English with --lang en', async () => {
    const en = await section('en');
    expect(text(select('h2', en)!)).toBe('Protocols');
    expect(selectAll('h4', en).map(text)).toEqual(['Signatories that act in the procedures', 'Other signatories', 'Procedures adopted']);
  });
});
