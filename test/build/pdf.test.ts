// PDF handbooks read as a person would: contents, page references, bookmarks, literal text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { createSite } from '../../src/render/index.js';
import { renderPdfs } from '../../src/render/pdf/index.js';
import { Typesetter } from '../../src/render/pdf/compile.js';
import { copyProject, TODAY } from '../helpers.js';
import { brokenLinks, outputFiles, readHtml } from '../html.js';
import { pagesWith, pdfOutline, pdfPages } from '../pdf.js';
import { selectAll } from 'hast-util-select';

const INJECTION = ['#read("/etc/passwd")', '#import "x.typ": *', '#eval("1+1")', '$x^2$', '@label', '<x>', 'a \\ backslash', 'perché città già'];

async function buildProject(dir: string, extra: Partial<Parameters<typeof build>[1]> = {}) {
  return build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], ...extra });
}

describe('the regional PDF handbook', () => {
  let dir: string;
  let pages: string[];
  const pdf = () => path.join(dir, 'dist/alfa/alfa.pdf');
  beforeAll(async () => {
    dir = await copyProject('base', [{ file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: `${INJECTION.map((s) => `\`${s}\``).join(' ')} ${INJECTION.join(' ')}\n\nPer i richiedenti asilo` }]);
    const result = await buildProject(dir);
    expect(result.files.flatMap((f) => f.messages).map((m) => m.reason)).toEqual([]);
    pages = await pdfPages(pdf());
  }, 60_000);

  it('lists every procedure in the contents with the page its heading is on', () => {
    const contents = pages[1]!;
    for (const title of ['Percorso per persone adulte', 'Referral dalla Commissione territoriale', 'Minori stranieri non accompagnati']) {
      const listed = Number(new RegExp(`${title}[ .]*\\D*(\\d+)\\s*$`, 'm').exec(contents)?.[1]);
      const actual = pagesWith(pages, title).filter((p) => p > 2);
      expect(actual[0], title).toBe(listed);
    }
  });

  it('starts each procedure on a page of its own, with the headings that open it', () => {
    const opening = (title: string) => {
      const page = pages[pagesWith(pages, title).filter((p) => p > 2)[0]! - 1]!;
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean).slice(1); // below the running header
      return lines.slice(0, lines.indexOf(title) + 1);
    };
    expect(opening('Percorso per persone adulte')).toEqual(['Procedure', 'Identificazione preliminare', 'Percorso per persone adulte']);
    expect(opening('Minori stranieri non accompagnati')).toEqual(['Minori stranieri non accompagnati']);
    expect(opening('Referral dalla Commissione territoriale')).toEqual(['Segnalazione e referral', 'Referral dalla Commissione territoriale']);
  });

  it('gives each role the page of every step it performs', () => {
    const roles = pages.findIndex((text) => /^\s*Ruoli e passi\s*$/m.test(text));
    const entries = pages.slice(roles).join('\n').matchAll(/(Percorso per persone adulte|Minori stranieri non accompagnati|Referral dalla Commissione territoriale) — passo (\d+) — p\. (\d+)/g);
    let checked = 0;
    for (const [, title, step, page] of entries) {
      const heading = pagesWith(pages, `Passo ${step} — `).filter((p) => pagesWith(pages, title!).some((t) => t <= p));
      expect(heading, `${title} passo ${step}`).toContain(Number(page));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('prints untrusted text literally, accents intact, and runs nothing', () => {
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (const s of INJECTION) expect(text).toContain(s);
    expect(text).not.toMatch(/root:x:0/);
  });

  it('has a bookmark for every procedure and every step', async () => {
    const outline = await pdfOutline(pdf());
    expect(outline).toEqual(expect.arrayContaining(['Percorso per persone adulte', 'Minori stranieri non accompagnati', 'Passo 1 — Forze dell\'ordine (Carabinieri, Guardia di Finanza, Polizia locale): Rilevazione degli indicatori']));
    expect(outline.filter((t) => t.startsWith('Passo '))).toHaveLength(4 + 3 + 6);
  });

  it('sets title and language, names only the shipped fonts, and is tagged PDF/UA-1', async () => {
    const bytes = await readFile(pdf());
    const latin = bytes.toString('latin1');
    expect(latin).toMatch(/\/Lang\s*\(it\)/);
    expect(latin).toContain('pdfuaid:part');
    const fonts = [...new Set([...latin.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z0-9-]+)/g)].map((m) => m[1]!.split('-')[0]))].sort();
    expect(fonts).toEqual(['SourceCodePro', 'SourceSerif4', 'TitilliumWeb']);
    expect(pages[0]).toContain('Regione Alfa');
    expect(pages[0]).not.toMatch(/pagina \d+ di/);
    expect(pages[2]).toMatch(/pagina 3 di \d+/);
  });

  it('is linked from the Region home page', async () => {
    const home = await readHtml(path.join(dir, 'dist/alfa/index.html'));
    expect(selectAll('a[type="application/pdf"]', home).map((a) => a.properties.href)).toEqual(['alfa.pdf']);
    expect(await brokenLinks(path.join(dir, 'dist'))).toEqual([]);
  });
});

describe('PDF builds', () => {
  it('are byte-identical across two builds', async () => {
    const dir = await copyProject('base');
    await buildProject(dir);
    const first = [await readFile(path.join(dir, 'dist/alfa/alfa.pdf')), await readFile(path.join(dir, 'dist/national/national-model.pdf'))];
    await buildProject(dir);
    expect(await readFile(path.join(dir, 'dist/alfa/alfa.pdf'))).toEqual(first[0]);
    expect(await readFile(path.join(dir, 'dist/national/national-model.pdf'))).toEqual(first[1]);
  }, 60_000);

  it('are skipped with --no-pdf and built alone with --pdf-only', async () => {
    const dir = await copyProject('base');
    await buildProject(dir, { pdf: false });
    expect((await outputFiles(path.join(dir, 'dist'))).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    await buildProject(dir, { pdfOnly: true });
    expect(await outputFiles(path.join(dir, 'dist'))).toEqual(['alfa/alfa.pdf', 'beta/beta.pdf', 'national/national-model.pdf']);
  }, 60_000);

  it('include the national model with its coverage matrix and divergences', async () => {
    const dir = await copyProject('national');
    await buildProject(dir);
    const national = await pdfPages(path.join(dir, 'dist/national/national-model.pdf'));
    const text = national.join('\n');
    expect(text).toContain('Copertura per Regione e fase');
    expect(text).toContain('Regione Nord');
    expect(text).toMatch(/Tempi dell'invio: Identificazione preliminare — Forze dell'ordine/);
    expect(await pdfOutline(path.join(dir, 'dist/national/national-model.pdf'))).toEqual(expect.arrayContaining(['Divergenze e lacune', 'Ente antitratta (progetto ex art. 18)']));
  }, 60_000);

  it('report a typesetting error on its procedure and keep the other Regions\' PDFs', async () => {
    const dir = await copyProject('base');
    const { loaded } = await check('procedures', { cwd: dir, today: TODAY });
    // Only an inconsistent model can make Typst fail: drop a procedure another one links to.
    loaded.corpus.regions.get('alfa')!.procedures.delete('asilo');
    const site = await createSite(loaded.corpus, loaded.graph, { lang: 'it', regions: ['alfa', 'beta'], national: false, edition: 'public' });
    const output = await renderPdfs(site);
    expect(output.problems).toEqual([{ severity: 'error', region: 'alfa', procedure: 'adulti', message: 'Typesetting the PDF failed: label `<proc-alfa-asilo>` does not exist in the document' }]);
    expect([...output.files.keys()]).toEqual(['beta/beta.pdf']);
  });

  it('turn a typesetting error into a message naming the procedure file', async () => {
    const typesetter = await Typesetter.create();
    try {
      const result = typesetter.typeset({ main: '#include "/procedures/rotta.typ"\n', files: new Map([['procedures/rotta.typ', '#let x = (\n']]) });
      expect(result).toEqual({ error: { file: 'procedures/rotta.typ', message: 'unclosed delimiter' } });
    } finally {
      await typesetter.dispose();
    }
  });
});
