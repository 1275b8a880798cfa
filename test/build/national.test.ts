// The national model as built from the shipped corpus, and as seen by a national working group.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { copyProject } from '../helpers.js';
import { outputFiles, readHtml, text } from '../html.js';

async function buildProject(dir: string, options: { regions?: string[]; national?: boolean } = {}) {
  const result = await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: options.regions ?? [], national: options.national ?? true });
  expect(result.errors).toBe(0);
  return result;
}

describe('the national model of the shipped corpus', () => {
  let dir: string;
  let json: { divergences: unknown[]; edges: unknown[] };
  beforeAll(async () => {
    dir = await copyProject('../../procedures');
    await buildProject(dir);
    json = JSON.parse(await readFile(path.join(dir, 'dist/national/national-model.json'), 'utf8'));
  }, 60_000);

  it('shows a coverage matrix with one row per Region, linking down to procedures', async () => {
    const tree = await readHtml(path.join(dir, 'dist/national/coverage.html'));
    const matrix = select('table.matrix', tree)!;
    expect(selectAll('tbody tr', matrix)).toHaveLength(9);
    expect(selectAll('thead th', matrix)).toHaveLength(1 + 11);
    const piemonte = selectAll('tbody tr', matrix).find((tr) => text(tr).startsWith('Piemonte'))!;
    // Short cells: a count linking to the Region's list for the stage, the titles in the link's name.
    for (const cell of selectAll('tbody td', matrix)) expect(text(cell)).toMatch(/^(\d+|—nessuna procedura)$/);
    const cell = select('td a[href="../piemonte/index.html#stage-identificazione-preliminare"]', piemonte)!;
    expect(text(cell)).toMatch(/^\d+$/);
    expect(String(cell.properties.ariaLabel)).toContain('Referral tra Commissione territoriale');
    const home = await readHtml(path.join(dir, 'dist/piemonte/index.html'));
    expect(text(select('#stage-identificazione-preliminare + ul', home)!)).toContain('Referral tra Commissione territoriale');
  });

  it('links each regional procedure up to its stages and each regional role to its national page', async () => {
    const procedure = await readHtml(path.join(dir, 'dist/piemonte/procedures/referral-commissione-territoriale.html'));
    expect(selectAll('dl.metadata a[href*="national/coverage.html"]', procedure).map((a) => a.properties.href)).toEqual([
      '../../national/coverage.html#stage-identificazione-preliminare',
      '../../national/coverage.html#stage-segnalazione',
      '../../national/coverage.html#stage-identificazione-formale',
      '../../national/coverage.html#stage-regolarizzazione',
    ]);
    const role = await readHtml(path.join(dir, 'dist/lazio/roles/procura.html'));
    expect(selectAll('main a[href$="national/roles/procura.html"]', role)).toHaveLength(1);
  });

  it('draws the map one page per stage, under an index, every referral in the table of its sender\'s stage', async () => {
    const index = await readHtml(path.join(dir, 'dist/national/map.html'));
    const stages = selectAll('main nav a[href^="map-"]', index).map((a) => String(a.properties.href));
    expect(stages).toHaveLength(11);
    expect(select('main figure', index)).toBeUndefined();
    let rows = 0;
    let arrowCount = 0;
    for (const stage of stages) {
      const tree = await readHtml(path.join(dir, 'dist/national', stage));
      // Each arrow of the diagram links to its row in the table on the same page.
      const arrows = [...(await readFile(path.join(dir, 'dist/national', stage), 'utf8')).matchAll(/xlink:href="#(edge-\d+)"/g)].map((m) => m[1]!);
      for (const id of arrows) expect(select(`tr[id="${id}"]`, tree), `${stage}#${id}`).toBeDefined();
      arrowCount += arrows.length;
      rows += selectAll('tbody tr', tree).length;
      expect(selectAll(`main nav a[aria-current="page"]`, tree).map((a) => a.properties.href)).toEqual([stage]);
      expect(selectAll('nav.breadcrumb a', tree).map((a) => a.properties.href)).toEqual(['index.html', 'map.html']);
    }
    expect(rows).toBe(json.edges.length);
    expect(arrowCount).toBe(rows);
  });

  it('groups divergences on one page per kind, by stage, sorted by the number of Regions that differ, under contents that resolve', async () => {
    const index = await readHtml(path.join(dir, 'dist/national/divergences.html'));
    const contents = selectAll('nav.divergence-contents a', index).map((a) => String(a.properties.href));
    const kinds = contents.filter((link) => !link.includes('#'));
    expect(kinds).toEqual(['divergences-receiving-role.html', 'divergences-time-limit.html', 'divergences-consent.html', 'divergences-legal-basis.html', 'divergences-stage-gap.html', 'divergences-pathway-gap.html']);
    expect(contents.length).toBeGreaterThan(12);
    const pages = new Map(await Promise.all(kinds.map(async (kind) => [kind, await readHtml(path.join(dir, 'dist/national', kind))] as const)));
    for (const link of contents) {
      const [file, id] = link.split('#') as [string, string | undefined];
      if (id) expect(select(`[id="${id}"]`, pages.get(file)!), link).toBeDefined();
    }
    let items = 0;
    for (const [kind, tree] of pages) {
      items += selectAll('li.divergence', tree).length;
      for (const list of selectAll('ol.divergences', tree)) {
        const counts = selectAll(':scope > li .count', list).map((p) => Number(/\d+/.exec(text(p))![0]));
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
      expect(selectAll('nav.divergence-contents a[aria-current="page"]', tree).map((a) => a.properties.href)).toEqual([kind]);
    }
    expect(items).toBe(json.divergences.length);
    // Headings say who sends to whom, and the most common choice is marked.
    const timeLimits = pages.get('divergences-time-limit.html')!;
    expect(selectAll('li.divergence h3', timeLimits).map(text)).toContain('Invio da Forze dell\'ordine (Carabinieri, Guardia di Finanza, Polizia locale) (Identificazione preliminare) a Ente antitratta (progetto ex art. 18) (Segnalazione e referral)');
    expect(selectAll('ul.choices li.most-common', timeLimits).length).toBeGreaterThan(3);
    expect(text(select('ul.choices li.most-common', timeLimits)!)).toContain('(scelta più diffusa)');
  });

  it('finds divergences by search, on their kind\'s page', async () => {
    const script = await readFile(path.join(dir, 'dist/national/search-index.js'), 'utf8');
    const urls = [...script.matchAll(/divergences[-a-z]*\.html#divergence-\d+/g)].map((m) => m[0]);
    expect(urls.length).toBe(json.divergences.length);
    for (const url of urls.slice(0, 40)) {
      const [file, id] = url.split('#') as [string, string];
      expect(select(`li.divergence[id="${id}"]`, await readHtml(path.join(dir, 'dist/national', file))), url).toBeDefined();
    }
  });
});

describe('the national model across builds', () => {
  it('shows a divergence when one Region changes a time limit', async () => {
    const dir = await copyProject('national');
    await buildProject(dir);
    const before = await readHtml(path.join(dir, 'dist/national/divergences-time-limit.html'));
    expect(text(select('main', before)!)).toContain('Invio da Forze dell\'ordine (Carabinieri, Guardia di Finanza, Polizia locale) (Identificazione preliminare) a Ente antitratta');
    const sud = path.join(dir, 'procedures/sud/identificazione.md');
    await writeFile(sud, (await readFile(sud, 'utf8')).replace('time_limit: P2D', 'time_limit: PT24H'));
    await buildProject(dir);
    expect(text(select('nav.divergence-contents', await readHtml(path.join(dir, 'dist/national/divergences.html')))!)).toContain('Tempi dell\'invio (0)');
    const after = await readHtml(path.join(dir, 'dist/national/divergences-time-limit.html'));
    expect(selectAll('li.divergence', after)).toEqual([]);
    expect(text(select('main', after)!)).toContain('Nessuna divergenza di questo tipo');
  });

  it('is built from the whole corpus even for one Region, unless --no-national', async () => {
    const dir = await copyProject('national');
    await buildProject(dir, { regions: ['nord'] });
    const model = JSON.parse(await readFile(path.join(dir, 'dist/national/national-model.json'), 'utf8'));
    expect(model.regions.map((r: { id: string }) => r.id)).toEqual(['est', 'nord', 'sud']);
    await buildProject(dir, { regions: ['nord'], national: false });
    expect((await outputFiles(path.join(dir, 'dist'))).some((f) => f.startsWith('national/'))).toBe(false);
  });
});
