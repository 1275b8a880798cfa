// `sop build` on real corpora: structure asserted on parsed HTML, every link resolved.
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { build, check } from '../../src/index.js';
import { copyProject, REPO, TODAY } from '../helpers.js';
import { brokenLinks, outputFiles, readHtml, text } from '../html.js';

async function sopBuild(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = createIo({ cwd, color: false, out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  const code = await main(['node', 'sop', 'build', 'procedures', ...args], io);
  return { code, stdout, stderr };
}

const hrefs = (tree: Root | Element, selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));

describe('sop build on the base fixture', () => {
  let dir: string;
  let dist: string;
  beforeAll(async () => {
    dir = await copyProject('base');
    dist = path.join(dir, 'dist');
    expect((await sopBuild(dir)).code).toBe(0);
  });

  it('writes a landing page, and per Region a home, procedures, roles, legal and population pages', async () => {
    const files = await outputFiles(dist);
    for (const file of [
      'index.html', 'alfa/index.html', 'alfa/procedures/adulti.html', 'alfa/procedures/asilo.html', 'alfa/procedures/minori.html',
      'alfa/roles/ente-antitratta.html', 'alfa/legal.html', 'alfa/population/adults.html', 'alfa/population/minors.html',
      'alfa/search-index.js', 'beta/index.html', 'beta/procedures/trasferimento.html', 'assets/style.css', 'assets/search.js', 'assets/minisearch.js',
    ]) expect(files).toContain(file);
  });

  it('leaves no link broken', async () => {
    expect(await brokenLinks(dist)).toEqual([]);
  });

  it('shows each step as an anchored item with actor, time limit in words, consent and next steps', async () => {
    const tree = await readHtml(path.join(dist, 'alfa/procedures/adulti.html'));
    expect(selectAll('ol.steps > li.step', tree).map((li) => li.properties.id)).toEqual(['step-rilevazione', 'step-colloqui', 'step-proposta', 'step-rilascio']);
    const first = select('#step-rilevazione', tree)!;
    expect(hrefs(first, '.step-who a')).toEqual(['../roles/forze-ordine.html']);
    expect(text(select('.referrals', first)!)).toBe('Passo 2: Colloqui — quando indicatori presenti; entro 24 ore; consenso informato');
    expect(hrefs(first, '.referrals a')).toEqual(['adulti.html#step-colloqui']);
    expect(text(select('#step-rilascio .step-facts', tree)!)).toContain('Conclude il percorso');
    // The steps come first: one summary line, the rest of the metadata folded away.
    expect(text(select('main > p.procedure-summary', tree)!)).toMatch(/^approvata Versione [\d.]+ · Destinatari: adulti · 4 passi$/);
    expect(selectAll('main > details.procedure-details dl.metadata dt', tree).map(text)).toContain('Base giuridica');
    expect(select('main > dl', tree)).toBeUndefined();
  });

  it('links a referral into another Region to that Region\'s step', async () => {
    const tree = await readHtml(path.join(dist, 'beta/procedures/trasferimento.html'));
    expect(hrefs(tree, '#step-coordinamento .referrals a')).toEqual(['../../alfa/procedures/adulti.html#step-colloqui']);
  });

  it('turns body references into links', async () => {
    const tree = await readHtml(path.join(dist, 'alfa/procedures/adulti.html'));
    expect(hrefs(tree, '.procedure-text a')).toEqual(['../roles/questura-ufficio-immigrazione.html', 'adulti.html#step-proposta', '../legal.html#legal-dlgs-286-1998-art-18', 'asilo.html']);
  });

  it('lists on a role page every step of the role and every referral into and out of it, across Regions', async () => {
    const tree = await readHtml(path.join(dist, 'alfa/roles/ente-antitratta.html'));
    expect(hrefs(tree, '#steps-heading ~ ul a')).toEqual([
      'adulti.html#step-colloqui'.replace(/^/, '../procedures/'),
      '../procedures/adulti.html#step-proposta',
      '../procedures/asilo.html#step-colloqui-ente',
      '../procedures/minori.html#step-colloqui-ente',
    ]);
    const incoming = select('section:has(#in-heading)', tree)!;
    expect(hrefs(incoming, 'a')).toContain('../../beta/procedures/trasferimento.html#step-coordinamento');
    expect(text(incoming)).toContain('Numero Verde Antitratta');
    // Each referral with its condition, time limit and consent, grouped under its procedure's title once.
    for (const item of selectAll('ul.role-referrals > li', tree)) {
      expect(selectAll('dt', item).map(text)).toEqual(['Chi invia', 'Chi riceve', 'Condizione', 'Tempi', 'Consenso']);
    }
    const outgoing = select('section:has(#out-heading)', tree)!;
    const headings = selectAll('h3', outgoing).map(text);
    expect(headings).toEqual([...new Set(headings)]);
    expect(selectAll('ul.role-referrals > li', incoming).map((li) => selectAll('dd', li).slice(2).map(text).join(' | '))).toContain('posto disponibile in Regione Alfa | entro 2 giorni | consenso scritto');
  });

  it('draws each procedure and the Region as SVG with a text alternative and linked nodes', async () => {
    const tree = await readHtml(path.join(dist, 'alfa/procedures/asilo.html'));
    const svg = select('figure.referral-map svg', tree)!;
    expect(svg.properties.role).toBe('img');
    expect(text(select('title', svg)!)).toBe('Referral dalla Commissione territoriale');
    expect(hrefs(svg, 'a').length).toBeGreaterThanOrEqual(3);
    const home = await readHtml(path.join(dist, 'alfa/index.html'));
    expect(selectAll('figure.referral-map svg a', home).map((a) => String(a.properties.href ?? a.properties.xLinkHref))).toContain('roles/commissione-territoriale.html');
  });

  it('summarises each Region on the landing page', async () => {
    const tree = await readHtml(path.join(dist, 'index.html'));
    const cards = selectAll('.region-cards .card', tree).map(text);
    expect(cards[0]).toBe('Regione AlfaProgettoProgetto AlfaEnte capofilaRegione AlfaProcedure3Ultima approvazione10 gennaio 2024Scarica il manuale in PDF');
  });

  it('puts every procedure, role and step in the Region search index', async () => {
    const script = await readFile(path.join(dist, 'alfa/search-index.js'), 'utf8');
    const data = JSON.parse(script.replace(/^\(window\.SOPBOOK_SEARCH = window\.SOPBOOK_SEARCH \|\| \[\]\)\.push\(/, '').replace(/\);\n$/, ''));
    expect(data.folder).toBe('alfa');
    const ids = Object.values(data.index.storedFields as Record<string, { url: string }>).map((f) => f.url);
    expect(ids).toContain('procedures/adulti.html');
    expect(ids).toContain('procedures/minori.html#step-colloqui-ente');
    expect(ids).toContain('roles/tutore-volontario.html');
  });
});

describe('sop build options and failures', () => {
  it('builds the English interface with --lang en, keeping the content Italian', async () => {
    const dir = await copyProject('base');
    expect((await sopBuild(dir, '--lang', 'en')).code).toBe(0);
    const tree = await readHtml(path.join(dir, 'dist/alfa/procedures/adulti.html'));
    expect(select('html', tree)!.properties.lang).toBe('en');
    expect(text(select('#steps-heading', tree)!)).toBe('Steps');
    expect(text(select('#step-rilevazione .referrals', tree)!)).toContain('within 24 hours; informed consent');
    expect(select('main', tree)!.properties.lang).toBe('it');
  });

  it('builds only the Regions asked for, without broken links to the others', async () => {
    const dir = await copyProject('base');
    expect((await sopBuild(dir, '--region', 'beta')).code).toBe(0);
    const files = await outputFiles(path.join(dir, 'dist'));
    expect(files.some((f) => f.startsWith('alfa/'))).toBe(false);
    expect(await brokenLinks(path.join(dir, 'dist'))).toEqual([]);
  });

  it('refuses an unknown Region as a usage error', async () => {
    const result = await sopBuild(await copyProject('base'), '--region', 'gamma');
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('Regione sconosciuta: gamma') });
  });

  it('writes nothing and keeps the previous output when validation fails', async () => {
    const dir = await copyProject('base');
    expect((await sopBuild(dir)).code).toBe(0);
    const before = await outputFiles(path.join(dir, 'dist'));
    const page = await readFile(path.join(dir, 'dist/alfa/procedures/adulti.html'), 'utf8');
    const source = path.join(dir, 'procedures/alfa/adulti.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('actor: forze-ordine', 'actor: questura-rm').replace('title: Percorso per persone adulte', 'title: Nuovo titolo'));
    const result = await sopBuild(dir, '--today', TODAY);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^procedures\/alfa\/adulti\.md:18:12  errore  Ruolo sconosciuto «questura-rm»/m);
    expect((await sopBuild(dir, '--today', TODAY, '--lang', 'en')).stdout).toMatch(/^procedures\/alfa\/adulti\.md:18:12  error  Unknown role "questura-rm"/m);
    expect(await outputFiles(path.join(dir, 'dist'))).toEqual(before);
    expect(await readFile(path.join(dir, 'dist/alfa/procedures/adulti.html'), 'utf8')).toBe(page);
    expect((await outputFiles(dir)).filter((f) => f.startsWith('.dist-'))).toEqual([]);
    expect(result.stdout).not.toContain('structure/');
  });
});

describe('reproducibility', () => {
  it('gives byte-identical output files across two builds', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO, 'scripts/verify-reproducible.mjs'), path.join(await copyProject('base'), 'procedures')]);
    expect(stdout).toMatch(/^Reproducible: \d+ files byte-identical across two builds\.$/m);
  }, 60_000);
});

describe('templates', () => {
  it('let a Region change colours, footer and logo without touching src/', async () => {
    const dir = await copyProject('base');
    const templates = path.join(dir, 'templates');
    await cp(path.join(REPO, 'templates'), templates, { recursive: true });
    await writeFile(path.join(templates, 'regions/alfa.yaml'), 'colors:\n  primary: "#123456"\nfooter:\n  it: Rete della Regione Alfa.\nlogo: alfa.svg\n');
    await writeFile(path.join(templates, 'alfa.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect((await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], templates })).written).toBeDefined();
    expect(await readFile(path.join(dir, 'dist/assets/theme-alfa.css'), 'utf8')).toContain('--primary: #123456;');
    const alfa = await readHtml(path.join(dir, 'dist/alfa/index.html'));
    expect(text(select('.site-footer', alfa)!)).toContain('Rete della Regione Alfa.');
    expect(select('.site-name img', alfa)!.properties).toMatchObject({ src: '../assets/logo-alfa.svg', alt: '' });
    const beta = await readHtml(path.join(dir, 'dist/beta/index.html'));
    expect(text(select('.site-footer', beta)!)).not.toContain('Alfa');
    expect(await brokenLinks(path.join(dir, 'dist'))).toEqual([]);
  });
});

describe('untrusted procedure text', () => {
  it('never turns Markdown into script, event handlers or javascript: links', async () => {
    const dir = await copyProject('base', [{
      file: 'alfa/adulti.md',
      replace: 'Per i richiedenti asilo',
      with: '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) [y](JAVASCRIPT:alert(4)) ![z](javascript:alert(5)) <a href="javascript:alert(6)">a</a>\n\nPer i richiedenti asilo',
    }]);
    expect((await sopBuild(dir)).code).toBe(0);
    const tree = await readHtml(path.join(dir, 'dist/alfa/procedures/adulti.html'));
    expect(selectAll('script', tree).every((s) => typeof s.properties.src === 'string')).toBe(true);
    expect(selectAll('.procedure-text img', tree)).toEqual([]);
    expect(selectAll('*', tree).flatMap((el) => Object.keys(el.properties)).filter((p) => /^on/i.test(p))).toEqual([]);
    expect(selectAll('[href]', tree).map((a) => String(a.properties.href)).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
    expect(text(select('.procedure-text', tree)!)).toContain('<script>alert(1)</script>');
  });
});

describe('sop build on the shipped corpus', () => {
  it('builds all nine handbooks with no broken link', async () => {
    const dir = await copyProject('../../procedures');
    const result = await sopBuild(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Scritte in dist\/ \d+ pagine e 10 PDF/);
    const dist = path.join(dir, 'dist');
    expect((await outputFiles(dist)).filter((f) => /^[a-z-]+\/index\.html$/.test(f) && f !== 'national/index.html')).toHaveLength(9);
    expect(await brokenLinks(dist)).toEqual([]);
    const { corpus } = (await check('procedures', { cwd: dir, today: TODAY })).loaded;
    // Every public phone number of a Region can be called: a tel: link on its home page, at the
    // steps of the bodies it belongs to, and where the prose writes it (the Numero Verde).
    for (const region of corpus.regions.values()) {
      const home = await readHtml(path.join(dist, region.folder, 'index.html'));
      const tels = hrefs(home, 'a[href^="tel:"]');
      for (const contact of region.contacts.filter((c) => c.audience === 'public' && c.phone && /^[\d\s+]+$/.test(c.phone))) {
        expect(tels, `${region.folder}: ${contact.phone}`).toContain(`tel:${contact.phone!.replace(/\s/g, '')}`);
      }
    }
    const numeroVerde = await readHtml(path.join(dist, 'emilia-romagna/procedures/primo-contatto-numero-verde.html'));
    expect(hrefs(numeroVerde, '.procedure-text a[href^="tel:"]')).toContain('tel:800290290');
    expect(hrefs(numeroVerde, 'li.step .contacts a[href^="tel:"]')).toContain('tel:800290290');
    // Readers see names: no step, procedure, role, actor or stage id in the visible text of any page.
    const ids = new Set([
      ...[...corpus.catalogue.roles.keys(), ...corpus.catalogue.stages.keys()],
      ...[...corpus.regions.values()].flatMap((region) => [
        ...region.actors.keys(),
        ...[...region.procedures.values()].flatMap((procedure) => [procedure.id, ...procedure.steps.map((step) => step.id)]),
      ]),
    ].filter((id) => id.includes('-')));
    const idPattern = new RegExp(`(?<![\\w-])(${[...ids].sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'g');
    const shown: string[] = [];
    for (const file of (await outputFiles(dist)).filter((f) => f.endsWith('.html'))) {
      const found = visibleText(await readHtml(path.join(dist, file))).replace(/https?:\/\/\S+/g, ' ').match(idPattern) ?? [];
      shown.push(...[...new Set(found)].map((id) => `${file}: ${id}`));
    }
    expect(shown).toEqual([]);
  }, 120_000);
});

/** What a reader reads: text outside code, scripts, styles and diagrams (diagrams have their own test). */
function visibleText(node: Root | Element): string {
  if ('tagName' in node && ['code', 'script', 'style', 'svg'].includes(node.tagName)) return ' ';
  if ('value' in node) return String(node.value);
  return 'children' in node ? node.children.map((child) => visibleText(child as Element)).join(' ') : '';
}

