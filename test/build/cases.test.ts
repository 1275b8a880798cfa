// The case studies published with the handbooks: the list, a page per case with its timeline in
// each Region, the comparison across Regions, and nothing restricted in the public edition.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { AGE_BRANCHES } from '../cases/project.js';
import { copyProject, TODAY, type Mutation } from '../helpers.js';
import { brokenLinks, outputFiles, readHtml, text } from '../html.js';

/** Beta gets its own adults' procedure, the same as Alfa's but with the interviews due in 20 days instead of 30. */
const BETA_ADULTS: Mutation[] = [
  { file: 'beta/adulti.md', copyOf: 'alfa/adulti.md' },
  { file: 'beta/adulti.md', replace: 'region: alfa', with: 'region: beta' },
  { file: 'beta/adulti.md', replace: 'status: approved\napproval:\n  date: 2024-01-10\n  bodies: [regione-alfa, questura-alfa]\n', with: 'status: draft\n' },
  { file: 'beta/adulti.md', replace: '[procedura dedicata](procedure:asilo)', with: 'procedura dedicata' },
  { file: 'beta/adulti.md', replace: '    local_actor: questura-alfa\n', with: '' },
  { file: 'beta/adulti.md', replace: '    time_limit: P30D\n', with: '    time_limit: P20D\n' },
];

const GAMMA_REGION = 'id: gamma\nname: Regione Gamma\nproject:\n  name: Progetto Gamma\n  lead: ente-gamma\nactors:\n  - id: ente-gamma\n    role: ente-antitratta\n    name: Ente antitratta di Gamma\n    registered: true\n';

/** A restricted entry step of Alfa's minors' procedure (as in edition.test.ts). */
const RESTRICTED_STEP: Mutation[] = [
  { file: 'alfa/minori.md', replace: 'pathways: [minori]', with: 'pathways: [minori]\nentry: [rintraccio, nota-riservata]' },
  { file: 'alfa/minori.md', replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n    terminal: true\n  - id: nota-riservata\n    title: Nota SENTINELLA-PASSO\n    stage: prima-assistenza\n    actor: tribunale-minorenni\n    action: Nota riservata.\n    action_kind: minor-protection-measures\n    restricted: true\n    referrals:\n      - to: colloqui-ente\n        consent: informed\n' },
];

const CASES: Record<string, string> = {
  'adulta-fermata.yaml': `id: adulta-fermata
title: Donna adulta fermata su strada
summary: Una donna adulta è fermata durante un controllo; emergono indicatori di sfruttamento.
illustrative: true
facts:
  minore: false
  eta-incerta: false
  sfruttamento: sessuale
start:
  role: forze-ordine
  stage: identificazione-preliminare
expect:
  - reaches: { action_kind: issue-residence-permit }
`,
  'eta-sconosciuta.yaml': `id: eta-sconosciuta
title: Persona rintracciata di cui non si conosce l'età
illustrative: true
facts: {}
start:
  step: alfa/minori#rintraccio
expect:
  - reaches: { role: ente-antitratta }
`,
  'nota-riservata.yaml': `id: nota-riservata
title: Caso che parte da un passo riservato
illustrative: true
facts: {}
start:
  role: tribunale-minorenni
  stage: prima-assistenza
expect:
  - reaches: { role: ente-antitratta }
`,
};

async function projectWithCases(mutations: Mutation[] = []): Promise<string> {
  const root = await copyProject('base', [AGE_BRANCHES, ...BETA_ADULTS, ...RESTRICTED_STEP, ...mutations]);
  // Gamma does as Beta: against Alfa, two Regions of three make the interviews due in 20 days.
  const gamma = path.join(root, 'procedures', 'gamma');
  await mkdir(gamma);
  await writeFile(path.join(gamma, 'region.yaml'), GAMMA_REGION);
  await writeFile(path.join(gamma, 'adulti.md'), (await readFile(path.join(root, 'procedures', 'beta', 'adulti.md'), 'utf8')).replace('region: beta', 'region: gamma'));
  await mkdir(path.join(root, 'cases'));
  for (const [name, content] of Object.entries(CASES)) await writeFile(path.join(root, 'cases', name), content);
  return root;
}

const elements = (selector: string, tree: Parameters<typeof selectAll>[1]) => selectAll(selector, tree) as Element[];

describe('case pages', () => {
  let root: string;
  let dist: string;

  beforeAll(async () => {
    root = await projectWithCases();
    const result = await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], today: TODAY, pdf: false });
    expect(result.files.flatMap((f) => f.messages.filter((m) => m.fatal).map((m) => `${f.path}: ${m.reason}`))).toEqual([]);
    expect(result.written).toBeDefined();
    dist = path.join(root, 'dist');
  }, 60_000);

  it('lists every case with its summary and the Regions it runs in, linked from the landing page', async () => {
    const landing = await readHtml(path.join(dist, 'index.html'));
    expect(elements('a', landing).map((a) => String(a.properties.href))).toContain('cases/index.html');
    const index = await readHtml(path.join(dist, 'cases', 'index.html'));
    const cards = elements('.case-list > li', index).map((li) => ({
      title: text(select('h2', li)!),
      href: String((select('h2 a', li) as Element).properties.href),
      regions: text(select('dd', li)!),
    }));
    expect(cards).toEqual([
      { title: 'Donna adulta fermata su strada', href: 'adulta-fermata.html', regions: 'Regione Alfa, Regione Beta, Regione Gamma' },
      { title: "Persona rintracciata di cui non si conosce l'età", href: 'eta-sconosciuta.html', regions: 'Regione Alfa' },
      // Its only start is restricted: the public edition shows the case without a path.
      { title: 'Caso che parte da un passo riservato', href: 'nota-riservata.html', regions: 'nessuna Regione di questa edizione' },
    ]);
    expect(text(index)).toContain('emergono indicatori di sfruttamento');
  });

  it('shows the facts in words and each Region\'s path as an ordered timeline whose links resolve', async () => {
    const tree = await readHtml(path.join(dist, 'cases', 'adulta-fermata.html'));
    const facts = elements('.case-facts dt', tree).map((dt) => text(dt));
    expect(facts).toEqual(['Minorenne', 'Età incerta', 'Tipo di sfruttamento']);
    const answers = elements('.case-facts .case-answer', tree).map((span) => text(span));
    expect(answers).toEqual(['no', 'no', 'sessuale']);
    expect(text(select('.case-facts .case-question', tree)!)).toMatch(/^Domanda: /);
    const timelines = elements('ol.case-timeline', tree);
    expect(timelines).toHaveLength(3);
    const beta = timelines[1]!;
    const steps = elements('li.case-step', beta);
    const links = steps.map((li) => select('.case-step-title a', li) as Element);
    expect(links.map((a) => String(a.properties.href))).toEqual([
      '../beta/procedures/adulti.html#step-rilevazione',
      '../beta/procedures/adulti.html#step-colloqui',
      '../beta/procedures/adulti.html#step-proposta',
      '../beta/procedures/adulti.html#step-rilascio',
    ]);
    // Who acts, the time limit and the longest time elapsed, in words.
    const colloqui = text(steps[1]!);
    expect(colloqui).toContain('Ente antitratta');
    expect(colloqui).toContain('entro 20 giorni');
    // 24 hours to refer the person, then 20 days for the interviews.
    expect(colloqui).toContain('Tempo massimo trascorso21 giorni');
    expect(await brokenLinks(dist)).toEqual([]);
  });

  it('shows the branches on an unknown fact as labelled alternatives', async () => {
    const tree = await readHtml(path.join(dist, 'cases', 'eta-sconosciuta.html'));
    const headings = elements('h3', tree).map((h3) => text(h3));
    expect(headings.length).toBeGreaterThan(1);
    expect(headings.every((heading) => /^Alternativa \d+: se /.test(heading))).toBe(true);
    expect(headings[0]).toContain('La persona è minorenne, o dichiara di esserlo?');
    expect(elements('ol.case-timeline', tree)).toHaveLength(headings.length);
  });

  it('compares the case across the Regions that run it: one column per Region, differing cells marked in words', async () => {
    const tree = await readHtml(path.join(dist, 'cases', 'adulta-fermata.html'));
    const table = select('div.table-scroll[role=region] table.case-compare', tree)!;
    expect(table).toBeDefined();
    expect(elements('thead th', table).map((th) => text(th))).toEqual(['Fase', 'Regione Alfa', 'Regione Beta', 'Regione Gamma']);
    const rows = new Map(elements('tbody tr', table).map((tr) => [text(select('th', tr)!), elements('td', tr)]));
    const marked = (cells: Element[]) => cells.map((td) => text(td).startsWith('≠ diverso'));
    // The interviews are due in 30 days in Alfa, in 20 in Beta and Gamma: Alfa's cell is the one that differs.
    const formal = rows.get('Identificazione formale')!;
    expect(formal.map((td) => text(td))).toEqual([expect.stringContaining('entro 30 giorni'), expect.stringContaining('entro 20 giorni'), expect.stringContaining('entro 20 giorni')]);
    expect(marked(formal)).toEqual([true, false, false]);
    expect(formal.map((td) => String(td.properties.className ?? ''))).toEqual(['case-differs', '', '']);
    // The permit is issued the same way in all three.
    expect(marked(rows.get('Permesso di soggiorno')!)).toEqual([false, false, false]);
  });

  it('publishes a case page only with what the edition may show', async () => {
    const files = await outputFiles(dist);
    for (const file of files.filter((f) => f.startsWith('cases/'))) {
      expect(await readFile(path.join(dist, file), 'utf8')).not.toContain('SENTINELLA-PASSO');
    }
    const internal = await build('procedures', { cwd: root, out: 'internal', lang: 'it', regions: [], today: TODAY, pdf: false, edition: 'internal' });
    expect(internal.written).toBeDefined();
    const tree = await readHtml(path.join(root, 'internal', 'cases', 'nota-riservata.html'));
    expect(elements('.case-step-title a', tree).map((a) => text(a))[0]).toBe('Nota SENTINELLA-PASSO');
  }, 60_000);
});

describe('case pages and the build cache', () => {
  it('makes the case pages again when a case file changes, and says up to date only when none did', async () => {
    const root = await projectWithCases();
    const options = { cwd: root, out: 'dist', lang: 'it' as const, regions: [], today: TODAY, pdf: false, cacheDir: '.sop-cache' };
    expect((await build('procedures', options)).written).toContain('cases/adulta-fermata.html');
    expect((await build('procedures', options)).upToDate).toBe(true);
    const file = path.join(root, 'cases', 'adulta-fermata.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: Donna adulta fermata su strada', 'title: Donna adulta fermata in stazione'));
    const again = await build('procedures', options);
    expect(again.upToDate).toBeUndefined();
    expect(again.reused).not.toContain('cases/adulta-fermata.html');
    expect(text(select('h1', await readHtml(path.join(root, 'dist', 'cases', 'adulta-fermata.html')))!)).toBe('Donna adulta fermata in stazione');
    expect(text(await readHtml(path.join(root, 'dist', 'cases', 'index.html')))).toContain('Donna adulta fermata in stazione');
  }, 60_000);
});

describe('without a cases folder', () => {
  it('builds no case pages and no link to them', async () => {
    const root = await copyProject('base');
    const result = await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], today: TODAY, pdf: false });
    expect(result.written).toBeDefined();
    expect(result.written!.some((file) => file.startsWith('cases/'))).toBe(false);
    const landing = await readHtml(path.join(root, 'dist', 'index.html'));
    expect(elements('a', landing).map((a) => String(a.properties.href))).not.toContain('cases/index.html');
  }, 60_000);
});
