// PDF handbooks read as a person would: contents, page references, bookmarks, literal text.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { createSite } from '../../src/render/index.js';
import { renderPdfs } from '../../src/render/pdf/index.js';
import { Typesetter } from '../../src/render/pdf/compile.js';
import { copyProject, TODAY } from '../helpers.js';
import { brokenLinks, outputFiles, readHtml } from '../html.js';
import { overlappingWords, pagesWith, pdfOutline, pdfPages, pdfTables, pdfTaggedText, pdfWords, type TaggedText } from '../pdf.js';
import { selectAll } from 'hast-util-select';

const INJECTION = ['#read("/etc/passwd")', '#import "x.typ": *', '#eval("1+1")', '$x^2$', '@label', '<x>', 'a \\ backslash', 'perché città già'];
const LONG_URL = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1998-07-25;286~art18ter';
const TABLE_ROWS = 70;
// Prose that reaches the PDF through every path: a block quote, quotes and apostrophes, step links
// written with the step's id as their text, a long URL, a table longer than a page.
const PROSE = [
  '> La rete "Oltre la strada" tiene l\'elenco dei recapiti.',
  '',
  `Il [rilascio](step:rilascio) segue i [colloqui-ente](step:asilo#colloqui-ente); il testo è su ${LONG_URL} per chi lo cerca.`,
  '',
  '| Fase di prova | Termine di prova |',
  '| --- | --- |',
  ...Array.from({ length: TABLE_ROWS }, (_, i) => `| riga ${i + 1} | ${i + 1} giorni |`),
  '',
].join('\n');
// A step action long enough for its table to run onto a second page.
const LONG_ACTION = Array.from({ length: 45 }, (_, i) => `Frase ${i + 1} del colloquio di identificazione formale con la persona.`).join(' ');
const MUTATIONS = [
  { file: 'alfa/adulti.md', replace: 'Per i richiedenti asilo', with: `${INJECTION.map((s) => `\`${s}\``).join(' ')} ${INJECTION.join(' ')}\n\nPer i richiedenti asilo` },
  { file: 'alfa/adulti.md', replace: 'La [Questura](role:', with: `${PROSE}\nLa [Questura](role:` },
  { file: 'alfa/adulti.md', replace: 'action: Svolge i colloqui di identificazione formale.', with: `action: ${LONG_ACTION}` },
  { file: 'alfa/adulti.md', replace: '  - id: rilascio\n', with: '  - id: rilascio\n    title: Rilascio del permesso\n' },
];

/** The lines of a page below its running header and above its footer. */
function bodyLines(page: string): string[] {
  const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(1, /^(pagina|page) \d+ (di|of) \d+$|USO INTERNO|INTERNAL USE/.test(lines.at(-1) ?? '') ? -1 : undefined);
}

/** Pages whose only content is headings (bookmark titles): a heading stranded from what it heads. */
function headingOnlyPages(pages: string[], outline: string[]): number[] {
  const titles = new Set(outline);
  return pages.flatMap((page, i) => {
    const lines = bodyLines(page);
    return i > 0 && lines.length > 0 && lines.every((line) => titles.has(line)) ? [i + 1] : [];
  });
}

/** Every id of the corpus in `dir` with a hyphen (a plain word could be an id and a word alike). */
async function corpusIds(dir: string): Promise<string[]> {
  const { loaded } = await check('procedures', { cwd: dir, today: TODAY });
  const { catalogue, regions } = loaded.corpus;
  const ids = [...catalogue.roles.keys(), ...catalogue.legalReferences.keys(), ...catalogue.stages.keys(), ...[...regions.values()].flatMap((r) => [...r.procedures.values()].flatMap((p) => [p.id, ...p.steps.map((s) => s.id)]))];
  return [...new Set(ids)].filter((id) => id.includes('-'));
}

/** The ids that appear as whole words in `text`. */
const rawIds = (text: string, ids: string[]) => ids.filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text));

/** Text a reader sees outside the diagrams (whose labels engineer "diagrams" owns), one string. */
const prose = (runs: TaggedText[]) => runs.filter((r) => r.roles.length > 0 && !r.roles.includes('Figure')).map((r) => r.text).join(' ');

async function buildProject(dir: string, extra: Partial<Parameters<typeof build>[1]> = {}) {
  return build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], ...extra });
}

describe('the regional PDF handbook', () => {
  let dir: string;
  let pages: string[];
  const pdf = () => path.join(dir, 'dist/alfa/alfa.pdf');
  beforeAll(async () => {
    dir = await copyProject('base', MUTATIONS);
    const result = await buildProject(dir);
    expect(result.files.flatMap((f) => f.messages).map((m) => m.reason)).toEqual([]);
    pages = await pdfPages(pdf());
  }, 60_000);

  /** The first page after the contents with a line that is exactly `title`. */
  const headingPage = (title: string) => pages.findIndex((page, i) => i > 1 && page.split('\n').some((line) => line.trim() === title)) + 1;

  it('lists every procedure in the contents with the page its heading is on', () => {
    const contents = pages[1]!;
    for (const title of ['Percorso per persone adulte', 'Referral dalla Commissione territoriale', 'Minori stranieri non accompagnati']) {
      const listed = Number(new RegExp(`${title}[ .]*\\D*(\\d+)\\s*$`, 'm').exec(contents)?.[1]);
      expect(headingPage(title), title).toBe(listed);
    }
  });

  it('starts each procedure on a page of its own, with the headings that open it', () => {
    const opening = (title: string) => {
      const page = pages[headingPage(title) - 1]!;
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean).slice(1); // below the running header
      return lines.slice(0, lines.indexOf(title) + 1);
    };
    expect(opening('Percorso per persone adulte')).toEqual(['Procedure', 'Identificazione preliminare', 'Percorso per persone adulte']);
    expect(opening('Minori stranieri non accompagnati')).toEqual(['Minori stranieri non accompagnati']);
    expect(opening('Referral dalla Commissione territoriale')).toEqual(['Segnalazione e referral', 'Referral dalla Commissione territoriale']);
  });

  it('gives each role the page of every step it performs', () => {
    const roles = pages.findIndex((text) => /^\s*Ruoli e passi\s*$/m.test(text));
    const entries = pages.slice(roles).join('\n').matchAll(/(Percorso per persone adulte|Minori stranieri non accompagnati|Referral dalla Commissione territoriale) — passo (\d+): [^\n]+? — p\. (\d+)/g);
    let checked = 0;
    for (const [, title, step, page] of entries) {
      const heading = pagesWith(pages, `Passo ${step} — `).filter((p) => pagesWith(pages, title!).some((t) => t <= p));
      expect(heading, `${title} passo ${step}`).toContain(Number(page));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('prints untrusted text literally, accents intact, and runs nothing', () => {
    // Quotes in prose are set typographically (in code they stay as typed); lines may break after a slash.
    const text = pages.join('\n').replace(/\s+/g, '').replace(/[«»]/g, '"');
    for (const s of INJECTION) expect(text).toContain(s.replace(/\s+/g, ''));
    expect(text).not.toMatch(/root:x:0/);
  });

  it('has a bookmark for every procedure and every step', async () => {
    const outline = await pdfOutline(pdf());
    expect(outline).toEqual(expect.arrayContaining(['Percorso per persone adulte', 'Minori stranieri non accompagnati', 'Passo 1 — Rilevazione', 'Passo 2 — Colloqui', 'Passo 4 — Rilascio del permesso']));
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

  it('repeats a table\'s header row at the top of every page it runs on, and tags it as a header', async () => {
    const first = pagesWith(pages, 'Fase di prova')[0]!;
    const last = pagesWith(pages, `riga ${TABLE_ROWS} `)[0]!;
    expect(last).toBeGreaterThan(first);
    for (let page = first + 1; page <= last; page++) expect(bodyLines(pages[page - 1]!)[0], `page ${page}`).toMatch(/^Fase di prova\s+Termine di prova$/);
    // A step's table runs on with who acts, and how, on top.
    const header = 'Passo 2 · Ente antitratta (progetto ex art. 18) · Identificazione formale';
    const step = pagesWith(pages, header);
    expect(step.length).toBeGreaterThanOrEqual(2);
    expect(bodyLines(pages[step[1]! - 1]!)[0]).toBe(header);
    expect(pagesWith(pages, 'Frase 45 del colloquio')).toEqual([step[1]]);
    const tables = await pdfTables(pdf());
    expect(tables.length).toBeGreaterThanOrEqual(3 * 5);
    expect(tables.filter((table) => table.headerCells === 0 || !table.inHead)).toEqual([]);
  });

  it('has a contents page whose leaders end in a space before each page number, with no invisible characters', () => {
    const entries = pages[1]!.split('\n').filter((line) => line.includes(' . . '));
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const line of entries) expect(line).toMatch(/\. +\d+$/);
    expect(pages.join('')).not.toMatch(/[\u2060\u200b\ufeff]/);
  });

  it('leaves no page with only a heading on it', async () => {
    expect(headingOnlyPages(pages, await pdfOutline(pdf()))).toEqual([]);
  });

  it('names the Region once in the running header, and the procedure a page continues', () => {
    const running = (page: string) => page.split('\n')[0]!;
    const continued = pagesWith(pages, 'Frase 45 del colloquio')[0]!;
    expect(running(pages[continued - 1]!)).toMatch(/^Regione Alfa\s+Percorso per persone adulte$/);
    for (const page of pages.slice(1)) expect(running(page).split('Regione Alfa')).toHaveLength(2);
    // Where a procedure opens, its title is right there below: the header does not repeat it.
    const opening = pagesWith(pages, 'Percorso per persone adulte').find((p) => p > 2)!;
    expect(running(pages[opening - 1]!).trim()).toBe('Regione Alfa');
  });

  it('prints typographic apostrophes and quotes, names steps instead of their ids, and styles block quotes', async () => {
    const runs = await pdfTaggedText(pdf());
    const seen = prose(runs);
    expect(seen).not.toMatch(/\p{L}'\p{L}/u);
    expect(rawIds(seen, await corpusIds(dir))).toEqual([]);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('«Oltre la strada» tiene l’elenco');
    expect(text).toContain('secondo l’art. 18');
    expect(text).toContain('Il Passo 4 — Rilascio del permesso segue i Referral dalla Commissione territoriale — Passo 2 — Colloqui ente;');
    expect(text).toMatch(/Invio a Passo 2 — Colloqui \(p\. \d+\)/); // the referral from step 1
    const quote = runs.find((r) => r.roles.includes('BlockQuote') && r.text.includes('Oltre la strada'))!;
    const paragraph = runs.find((r) => r.text.startsWith('Il ') && r.roles.at(-1) === 'P')!;
    expect(quote.x - paragraph.x).toBeGreaterThan(8);
  });

  it('breaks a long URL only after one of its separators', () => {
    const text = pages.join('\n');
    const spread = new RegExp(LONG_URL.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
    const printed = spread.exec(text)?.[0];
    expect(printed).toBeDefined();
    const breaks = [...printed!.matchAll(/\s+/g)].map((m) => printed![m.index - 1]);
    expect(breaks.length).toBeGreaterThan(0);
    for (const before of breaks) expect('/.?&=;:~_#-').toContain(before);
  });

  it('sets the cover in the sans face and marks no page of the public edition as internal', async () => {
    const { stdout } = await promisify(execFile)('pdffonts', ['-f', '1', '-l', '1', pdf()]);
    expect(stdout).toContain('TitilliumWeb');
    expect(stdout).not.toContain('SourceSerif');
    expect(pagesWith(pages, 'USO INTERNO')).toEqual([]);
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
    // Who sends to whom, at which stages, in names: the words the HTML divergences use.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Tempi dell’invio: Invio da Forze dell’ordine [^—]*\(Identificazione preliminare\) a Ente antitratta [^—]*\(Identificazione formale\) — 1 Regione diverge/);
    const outline = await pdfOutline(path.join(dir, 'dist/national/national-model.pdf'));
    expect(outline).toEqual(expect.arrayContaining(['Divergenze e lacune', 'Ente antitratta (progetto ex art. 18)']));
    // The landscape matrix and map open with their headings, not after a page holding only them.
    expect(headingOnlyPages(national, outline)).toEqual([]);
    const matrix = pagesWith(national, 'Copertura per Regione e fase').at(-1)!;
    expect(national[matrix - 1]).toMatch(/Regione Nord/);
    // Long stage names in the matrix's header wrap inside their columns instead of running into the next.
    const words = await pdfWords(path.join(dir, 'dist/national/national-model.pdf'), matrix);
    expect(words.length).toBeGreaterThan(40);
    expect(overlappingWords(words)).toEqual([]);
    // Divergences name roles, procedures and Regions, never their ids.
    const divergences = prose(await pdfTaggedText(path.join(dir, 'dist/national/national-model.pdf')));
    expect(divergences).toContain('Regione Est: Segnalazione');
    // One Region a line.
    expect(text).toMatch(/^\s*• Regione Est: Segnalazione al Numero Verde\n\s*• Regione Nord: nessuna procedura$/m);
    expect(rawIds(divergences, await corpusIds(dir))).toEqual([]);
    const { stdout } = await promisify(execFile)('pdffonts', ['-f', '1', '-l', '1', path.join(dir, 'dist/national/national-model.pdf')]);
    expect(stdout).toContain('TitilliumWeb');
    expect(stdout).not.toContain('SourceSerif');
  }, 60_000);

  it('of the internal edition say so on every page, in the interface language, and tag procedure text as Italian', async () => {
    const dir = await copyProject('base');
    await buildProject(dir, { edition: 'internal', lang: 'en' });
    for (const file of ['dist/alfa/alfa.pdf', 'dist/national/national-model.pdf']) {
      const pages = await pdfPages(path.join(dir, file));
      expect(pagesWith(pages, 'INTERNAL USE'), file).toEqual(pages.map((_, i) => i + 1));
      expect(pagesWith(pages, 'USO INTERNO'), file).toEqual([]);
    }
    const file = path.join(dir, 'dist/alfa/alfa.pdf');
    expect((await readFile(file)).toString('latin1')).toMatch(/\/Lang\s*\(en\)/);
    // Diagrams and their captions are engineer "diagrams"' part of the handbook.
    const runs = (await pdfTaggedText(file)).filter((r) => r.roles.length > 0 && !r.roles.includes('Figure') && !r.roles.includes('Caption') && r.text.trim() !== '');
    const langOf = (needle: string) => [...new Set(runs.filter((r) => r.text.includes(needle)).map((r) => r.lang ?? 'document'))];
    expect(langOf('Rileva gli indicatori di tratta')).toEqual(['it']); // a step's action
    expect(langOf('rilascia il permesso dopo la')).toEqual(['it']); // procedure prose
    expect(langOf('Percorso per persone adulte')).toEqual(['it']); // a procedure title
    expect(langOf('Time limit')).not.toContain('it'); // the handbook's own words
    expect(langOf('Contents')).not.toContain('it');
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
