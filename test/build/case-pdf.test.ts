// The PDF handout of each case study: built with the PDFs, linked from the case's page, its text
// read back with pdftotext and checked against the engine's run of the case; tagged like the
// handbooks; remade only when what it shows changes.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { startsByRegion } from '../../src/cases/start.js';
import { walkCase } from '../../src/cases/walk.js';
import { build, check } from '../../src/index.js';
import { loadCases } from '../../src/load/cases.js';
import type { Case } from '../../src/model/types.js';
import { caseProject } from '../cases/project.js';
import { copyProject, REPO, TODAY } from '../helpers.js';
import { readHtml, text } from '../html.js';
import { pagesWith, pdfPages, pdfTables, pdfTaggedText } from '../pdf.js';

/** A person found by the police whose age nobody knows yet; its title and summary try Typst syntax. */
const UNKNOWN_AGE = `id: eta-sconosciuta
title: 'Età sconosciuta #read("/etc/passwd") $x^2$ <etichetta> @rif'
summary: 'Rintracciata di notte; #import "x.typ": * non deve eseguire nulla.'
illustrative: true
facts: {}
start:
  step: alfa/minori#rintraccio
expect:
  - reaches: { role: ente-antitratta }
`;

const squash = (s: string) => s.replace(/[\s\u00ad]+/g, ' ');

/** The tagged text in reading order (table cell by cell, as a screen reader goes), without page headers and footers. */
async function readingOrder(file: string): Promise<string> {
  return squash((await pdfTaggedText(file)).filter((run) => run.roles.length > 0).map((run) => run.text).join(' '));
}

/** The steps of each branch of each Region the case runs in, from the engine, by title. */
async function engineRuns(root: string, id: string) {
  const { corpus } = (await check('procedures', { cwd: root, today: TODAY })).loaded;
  const item = (await loadCases(path.join(root, 'cases'), root)).cases.find((c) => c.id === id) as Case;
  return [...startsByRegion(item, corpus)].map(([region, starts]) => ({ region: corpus.regions.get(region)!, branches: walkCase(corpus, starts, item.facts)! }));
}

/** Where each of `needles` first occurs in `haystack` after the previous one; -1 when one is missing or out of order. */
function inOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(squash(needle), from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

describe('the case handout', () => {
  let root: string;
  const pdf = (id: string) => path.join(root, 'dist', 'cases', `${id}.pdf`);

  beforeAll(async () => {
    root = await caseProject();
    await writeFile(path.join(root, 'cases', 'eta-sconosciuta.yaml'), UNKNOWN_AGE);
    const result = await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], today: TODAY, national: false });
    expect(result.files.flatMap((f) => f.messages.map((m) => `${f.path}: ${m.reason}`))).toEqual([]);
    expect(result.written).toEqual(expect.arrayContaining(['cases/trasferimento.pdf', 'cases/adulta-in-strada.pdf', 'cases/eta-sconosciuta.pdf', 'cases/minore-rintracciato.pdf']));
  }, 120_000);

  it('is linked from its case page', async () => {
    const tree = await readHtml(path.join(root, 'dist', 'cases', 'trasferimento.html'));
    const link = select('p.download a[type="application/pdf"]', tree) as Element;
    expect(String(link.properties.href)).toBe('trasferimento.pdf');
    expect(text(link)).toBe('Scarica la scheda del caso in PDF, per le giornate di formazione');
  });

  it('opens with the title, what it is for, the illustrative and not official mark, the summary and the facts in words', async () => {
    const pages = await pdfPages(pdf('minore-rintracciato'));
    const first = squash(pages[0]!);
    expect(first).toMatch(/^ ?Minore rintracciato dalle forze dell’ordine Caso di studio — scheda per la formazione Caso illustrativo, non ufficiale: non descrive una persona reale/);
    expect(first).toContain('Un ragazzo che dichiara di avere sedici anni è rintracciato durante un controllo');
    expect(first).toMatch(/Fatto Risposta Domanda Minorenne sì La persona è minorenne, o dichiara di esserlo\?/);
    // Every later page says it is illustrative and not official, in its running header.
    expect(pagesWith(pages, 'Caso di studio · illustrativo, non ufficiale')).toEqual(pages.slice(1).map((_, i) => i + 2));
  });

  it('lists each Region\'s path in the engine\'s order, with who acts, the local body, legal basis and time limits', async () => {
    const all = await readingOrder(pdf('trasferimento'));
    const [beta] = await engineRuns(root, 'trasferimento');
    expect(beta!.region.name).toBe('Regione Beta');
    const section = all.slice(all.indexOf('Percorso in Regione Beta'), all.indexOf('Note dei partecipanti'));
    const steps = beta!.branches[0]!.steps;
    expect(steps.length).toBeGreaterThan(3);
    // Each stop numbered as on the page, in the engine's order; the path crosses into Alfa and says so.
    expect(inOrder(section, steps.map((at, i) => `${i + 1} ${at.step.title} Procedura «${at.procedure.title}»`)).every((at) => at >= 0)).toBe(true);
    expect(section).toContain('Tappa Passo Chi agisce, ente locale e contatti Base giuridica Termine e tempo trascorso 1 Richiesta');
    expect(section).toContain('3 Colloqui Procedura «Percorso per persone adulte» (Regione Alfa) Consenso: consenso scritto Ente antitratta (progetto ex art. 18) Ente antitratta di Alfa — entro 30 giorni dall’inizio del caso: al massimo 32 giorni');
    expect(section).toContain('D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 18');
    expect(section).toContain('Durata massima del percorso: 32 giorni. Il percorso sugli schemi delle procedure');
  });

  it('draws each path on the diagrams of the procedures it passes through, numbered as the table', async () => {
    const runs = (await pdfTaggedText(pdf('trasferimento'))).filter((run) => run.roles.length > 0);
    const captions = squash(runs.filter((run) => run.roles.includes('Caption')).map((run) => run.text).join(' '));
    expect(captions).toBe('Figura 1: Il percorso nello schema «Trasferimento verso la Regione Alfa» Figura 2: Il percorso nello schema «Percorso per persone adulte»');
    const drawn = runs.filter((run) => run.roles.includes('Figure')).map((run) => run.text.trim());
    const [beta] = await engineRuns(root, 'trasferimento');
    const stops = beta!.branches[0]!.steps.map((_, i) => `Tappa ${i + 1}`);
    // Each stop in the diagram of its own procedure; a stop in another procedure also on the box that refers to it.
    expect([...new Set(drawn.filter((line) => line.startsWith('Tappa ')))].sort()).toEqual(stops.sort());
    expect(await readingOrder(pdf('trasferimento'))).toContain('Il percorso sugli schemi delle procedure');
  });

  it('shows each alternative on an unknown fact, and prints corpus text literally', async () => {
    const all = await readingOrder(pdf('eta-sconosciuta'));
    const [alfa] = await engineRuns(root, 'eta-sconosciuta');
    expect(alfa!.branches.length).toBeGreaterThan(1);
    alfa!.branches.forEach((_, i) => expect(all).toContain(`Alternativa ${i + 1}: se La persona è minorenne, o dichiara di esserlo?`));
    expect(all).toContain('Età sconosciuta #read(«/etc/passwd») $x^2$ <etichetta> @rif');
    expect(all).toContain('#import «x.typ»: * non deve eseguire nulla.');
    expect(all).not.toContain('root:x:0');
  });

  it('is tagged PDF/UA-1 in Italian, its tables with header rows', async () => {
    const bytes = (await readFile(pdf('trasferimento'))).toString('latin1');
    expect(bytes).toContain('pdfuaid:part');
    expect(bytes).toMatch(/\/Lang\s*\(it\)/);
    const tables = await pdfTables(pdf('trasferimento'));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(tables.filter((table) => table.headerCells === 0 || !table.inHead)).toEqual([]);
  });

  it('is not built with --no-pdf, and the case page then does not link to it', async () => {
    const result = await build('procedures', { cwd: root, out: 'nopdf', lang: 'it', regions: [], today: TODAY, national: false, pdf: false });
    expect(result.written).toContain('cases/trasferimento.html');
    expect(result.written!.filter((file) => file.endsWith('.pdf'))).toEqual([]);
    expect(select('p.download', await readHtml(path.join(root, 'nopdf', 'cases', 'trasferimento.html')))).toBeUndefined();
  }, 60_000);
});

describe('the case handout in English', () => {
  it('says its own words in English and tags the corpus text as Italian', async () => {
    const root = await caseProject();
    await build('procedures', { cwd: root, out: 'dist', lang: 'en', regions: ['alfa'], today: TODAY, national: false });
    const file = path.join(root, 'dist', 'cases', 'adulta-in-strada.pdf');
    const all = await readingOrder(file);
    expect(all).toContain('Case study — training handout');
    expect(all).toContain('Illustrative case, not official');
    expect(all).toContain('Stop Step Who acts, local body and contacts Legal basis Time limit and time elapsed');
    expect(all).toContain('Participants’ notes');
    expect((await readFile(file)).toString('latin1')).toMatch(/\/Lang\s*\(en\)/);
    const runs = (await pdfTaggedText(file)).filter((r) => r.roles.length > 0);
    const langOf = (needle: string) => [...new Set(runs.filter((r) => r.text.includes(needle)).map((r) => r.lang ?? 'document'))];
    expect(langOf('Donna adulta fermata')).toEqual(['it']); // the case's title
    expect(langOf('Participants')).not.toContain('it');
  }, 60_000);
});

describe('the case handouts of the shipped corpus', () => {
  it('compare the Regions as the case page does, each differing cell marked in words', async () => {
    const root = await copyProject('../../procedures');
    await cp(path.join(REPO, 'cases'), path.join(root, 'cases'), { recursive: true });
    const result = await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], national: false });
    expect(result.errors).toBe(0);
    const id = 'donna-segnalata-dalla-commissione';
    const page = await readHtml(path.join(root, 'dist', 'cases', `${id}.html`));
    const regions = (selectAll('table.case-compare thead th', page) as Element[]).map((th) => text(th)).slice(1);
    const marked = (selectAll('table.case-compare td.case-differs', page) as Element[]).length;
    expect(regions.length).toBeGreaterThan(2);
    expect(marked).toBeGreaterThan(0);
    const all = await readingOrder(path.join(root, 'dist', 'cases', `${id}.pdf`));
    const table = all.slice(all.indexOf('Confronto tra le Regioni'), all.indexOf('Note dei partecipanti'));
    expect(table).toContain(`Fase ${regions.join(' ').replace(/'/g, '’')}`);
    expect(table.split('≠ diverso').length - 1).toBe(marked + 1); // the explanation quotes the mark once
    // Each Region's path, in the order of the page's timelines.
    const titles = (selectAll('h2[id^=case-]', page) as Element[]).map((h2) => text(h2).replace(/'/g, '’'));
    expect(titles.length).toBe(regions.length);
    expect(inOrder(all, titles).every((at) => at >= 0)).toBe(true);
    // Whom to call: the public contacts of the bodies acting.
    expect(await readingOrder(path.join(root, 'dist', 'cases', 'helpline-cittadino.pdf'))).toContain('Numero Verde Antitratta — Telefono: 800 290 290 — Orari: 24');
  }, 180_000);
});

describe('the case handout and the build cache', () => {
  it('is made again when its case file changes, not when only procedure prose does', async () => {
    const root = await caseProject();
    const options = { cwd: root, out: 'dist', lang: 'it' as const, regions: [], today: TODAY, national: false, cacheDir: '.sop-cache' };
    expect((await build('procedures', options)).written).toContain('cases/adulta-in-strada.pdf');
    const adults = path.join(root, 'procedures', 'alfa', 'adulti.md');
    await writeFile(adults, `${await readFile(adults, 'utf8')}\nUna frase in più.\n`);
    const prose = await build('procedures', options);
    expect(prose.reused).toContain('cases/adulta-in-strada.pdf');
    expect(prose.reused).not.toContain('alfa/alfa.pdf');
    const file = path.join(root, 'cases', 'adulta-in-strada.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: Donna adulta fermata durante un controllo su strada', 'title: Donna adulta fermata in stazione'));
    const again = await build('procedures', options);
    expect(again.reused).not.toContain('cases/adulta-in-strada.pdf');
    expect(squash((await pdfPages(path.join(root, 'dist', 'cases', 'adulta-in-strada.pdf')))[0]!)).toContain('Donna adulta fermata in stazione');
  }, 120_000);
});
