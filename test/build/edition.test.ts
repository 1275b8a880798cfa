// Editions from one source: sentinel strings in every kind of restricted item must be absent
// from every byte of the public edition (PDF text included) and present in the internal one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject, RESTRICTED_PROCEDURE, TODAY } from '../helpers.js';
import { brokenLinks, outputFiles } from '../html.js';
import { pdfPages } from '../pdf.js';

const SENTINELS = ['SENTINELLA-PROCEDURA', 'SENTINELLA-PASSO', 'SENTINELLA-CONTATTO', 'SENTINELLA-BLOCCO'];

async function allText(dist: string): Promise<string> {
  const parts: string[] = [];
  for (const file of await outputFiles(dist)) {
    parts.push(file);
    parts.push(file.endsWith('.pdf') ? (await pdfPages(path.join(dist, file))).join('\n') : await readFile(path.join(dist, file), 'latin1'));
  }
  return parts.join('\n');
}

describe('editions', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await copyProject('base', [
      { file: 'alfa/riservata.md', write: RESTRICTED_PROCEDURE },
      { file: 'alfa/minori.md', replace: 'pathways: [minori]', with: 'pathways: [minori]\nentry: [rintraccio, nota-riservata]' },
      { file: 'alfa/minori.md', replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n    terminal: true\n  - id: nota-riservata\n    stage: prima-assistenza\n    actor: tribunale-minorenni\n    action: Nota SENTINELLA-PASSO.\n    action_kind: minor-protection-measures\n    restricted: true\n    referrals:\n      - to: colloqui-ente\n        consent: informed\n' },
      { file: 'alfa/region.yaml', replace: '    audience: public', with: '    audience: public\n  - id: reperibilita\n    label: Reperibilità SENTINELLA-CONTATTO\n    phone: "[numero riservato comunicato ai firmatari]"\n    audience: restricted' },
      { file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: ':::restricted\nCasa protetta: SENTINELLA-BLOCCO, vedi [la procedura riservata](procedure:riservata).\n:::\n\n:::restricted{placeholder="Recapiti disponibili presso il referente del progetto."}\nReferente: SENTINELLA-BLOCCO.\n:::\n\nPer i richiedenti asilo' },
    ]);
  });

  it('leaves every restricted item out of every output of the public edition', async () => {
    const result = await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], today: TODAY });
    expect(result.files.flatMap((f) => f.messages.map((m) => m.reason))).toEqual([]);
    const text = await allText(path.join(dir, 'dist'));
    for (const sentinel of SENTINELS) expect(text).not.toContain(sentinel);
    expect(text).not.toContain('riservata');
    expect(text).not.toContain('Uso interno');
    // The only trace a public page shows is the placeholder its author chose.
    expect(await readFile(path.join(dir, 'dist/alfa/procedures/adulti.html'), 'utf8')).toContain('Recapiti disponibili presso il referente del progetto.');
    expect(await brokenLinks(path.join(dir, 'dist'))).toEqual([]);
  }, 60_000);

  it('includes them, marked for internal use, in the internal edition', async () => {
    const result = await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], today: TODAY, edition: 'internal' });
    expect(result.written).toBeDefined();
    const html = (await Promise.all(['alfa/index.html', 'alfa/procedures/riservata.html', 'alfa/procedures/minori.html', 'alfa/procedures/adulti.html'].map((f) => readFile(path.join(dir, 'dist', f), 'utf8')))).join('\n');
    for (const sentinel of SENTINELS) expect(html).toContain(sentinel);
    expect(html).toContain('Edizione per uso interno');
    const pdf = (await pdfPages(path.join(dir, 'dist/alfa/alfa.pdf'))).join('\n');
    for (const sentinel of SENTINELS.filter((s) => s !== 'SENTINELLA-CONTATTO')) expect(pdf.replace(/\s+/g, ' ')).toContain(sentinel);
    expect(pdf).toContain('Uso interno');
    expect(await brokenLinks(path.join(dir, 'dist'))).toEqual([]);
  }, 60_000);
});

describe('directive syntax that is not sopbook\'s', () => {
  it('keeps the text the author typed', async () => {
    const dir = await copyProject('base', [{ file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: 'Nota:importante, alle ore 10:30.\n\n::avviso\n\nPer i richiedenti asilo' }]);
    await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], today: TODAY, pdf: false });
    const html = await readFile(path.join(dir, 'dist/alfa/procedures/adulti.html'), 'utf8');
    expect(html).toContain('Nota:importante, alle ore 10:30.');
    expect(html).toContain('::avviso');
  });
});
