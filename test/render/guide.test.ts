// The guided pathway of a built handbook, read back as a reader follows it: from "Chi sei?" by
// the answer links only, on the base fixture whose minors' procedure branches on age.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { pageHtml } from '../../src/render/html.js';
import { createSite } from '../../src/render/index.js';
import { guidePages } from '../../src/render/pages/guide.js';
import { AGE_BRANCHES } from '../cases/project.js';
import { copyProject, TODAY } from '../helpers.js';
import { brokenLinks, outputFiles, readHtml, text } from '../html.js';

let dist: string;

/** The anti-trafficking provider of alfa gets a public phone (the national helpline's, a public number). */
const PROVIDER_PHONE = {
  file: 'alfa/region.yaml',
  replace: '    phone: 800 290 290\n    audience: public\n',
  with: '    phone: 800 290 290\n    audience: public\n  - id: ente-alfa-numero-verde\n    actor: ente-alfa\n    label: Numero Verde Antitratta\n    phone: 800 290 290\n    audience: public\n',
};

beforeAll(async () => {
  const root = await copyProject('base', [AGE_BRANCHES, PROVIDER_PHONE]);
  await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: [], pdf: false });
  dist = path.join(root, 'dist');
}, 120_000);

/** A page of the guide, and the page an answer link (by its words) leads to. */
async function open(file: string): Promise<{ file: string; tree: Root }> {
  return { file, tree: await readHtml(path.join(dist, file)) };
}

async function answer(from: { file: string; tree: Root }, words: string): Promise<{ file: string; tree: Root }> {
  const link = selectAll('fieldset.guide-question a.guide-answer', from.tree).find((a) => text(a).startsWith(words));
  if (!link) throw new Error(`No answer "${words}" on ${from.file}: ${answers(from.tree).join(', ')}`);
  const [target, fragment] = String(link.properties.href).split('#');
  const next = await open(path.posix.join(path.posix.dirname(from.file), target!));
  // The answer opens the page at what it changed, which is there to receive the focus.
  expect(select(`#${fragment}`, next.tree)?.properties.tabIndex).toBe(-1);
  return next;
}

const question = (tree: Root): string | undefined => {
  const legend = select('fieldset.guide-question legend', tree);
  return legend ? text(legend) : undefined;
};
const answers = (tree: Root): string[] => selectAll('fieldset.guide-question a.guide-answer', tree).map(text);
const stepTitles = (tree: Root): string[] => selectAll('ol.guide-steps .guide-step-title a', tree).map(text);

describe('the guided pathway of a Region', () => {
  it('is linked from the Region home page and starts with "Chi sei?", one answer per role with an entry step', async () => {
    const home = await open('alfa/index.html');
    expect(selectAll('a', home.tree).filter((a) => a.properties.href === 'guide/index.html').map(text)).toEqual(['Cosa faccio adesso? Il percorso guidato']);
    const start = await open('alfa/guide/index.html');
    expect(question(start.tree)).toBe('Chi sei?');
    expect(answers(start.tree)).toEqual(["Forze dell'ordine (Carabinieri, Guardia di Finanza, Polizia locale)", 'Commissione territoriale per il riconoscimento della protezione internazionale']);
    expect(select('html', start.tree)?.properties.lang).toBe('it');
  });

  it('asks only whether the person is a minor, then leads a minor to the prosecutor and the guardian', async () => {
    const police = await answer(await open('alfa/guide/index.html'), "Forze dell'ordine");
    expect(question(police.tree)).toBe('Da dove parte il caso?');
    const found = await answer(police, 'Rintraccio');
    // One question at a time: age in doubt is not asked before it can matter.
    expect(question(found.tree)).toBe('La persona è minorenne, o dichiara di esserlo?');
    expect(answers(found.tree)).toEqual(['Sì', 'No']);
    expect(stepTitles(found.tree)).toEqual(['Rintraccio']);
    const minor = await answer(found, 'Sì');
    expect(question(minor.tree)).toBeUndefined();
    expect(stepTitles(minor.tree)).toEqual(['Rintraccio', 'Segnalazione procura', 'Nomina tutore', 'Prima accoglienza', 'Tutela', 'Colloqui ente']);
    expect(text(select('.guide-end', minor.tree)!)).toMatch(/^Fine del percorso guidato\. Durata massima del percorso da qui: /);
    // Who acts: the role, linked, and the Region's body that has it.
    const guardian = selectAll('li.guide-step', minor.tree).find((li) => text(li).includes('Nomina tutore'))!;
    expect(text(select('dl.step-facts', guardian)!)).toContain('Tribunale per i minorenni di Alfa');
    expect(selectAll('dl.step-facts a', guardian).map((a) => a.properties.href)).toEqual(['../roles/tribunale-minorenni.html']);
    expect(selectAll('.guide-step-title a', guardian).map((a) => a.properties.href)).toEqual(['../procedures/minori.html#step-nomina-tutore']);
  });

  it('asks an adult whether the age is in doubt, and sends a certain adult to the adults\' interviews', async () => {
    const found = await answer(await answer(await open('alfa/guide/index.html'), "Forze dell'ordine"), 'Rintraccio');
    const notMinor = await answer(found, 'No');
    expect(question(notMinor.tree)).toBe("Ci sono dubbi sull'età della persona?");
    const adult = await answer(notMinor, 'No');
    expect(stepTitles(adult.tree)).toEqual(['Rintraccio', 'Colloqui', 'Proposta', 'Rilascio']);
    expect(stepTitles(adult.tree)).not.toContain('Segnalazione procura');
    // Time limits: the referral's 24 hours and the interviews' own 30 days, counted from now.
    const interviews = selectAll('li.guide-step', adult.tree).find((li) => text(li).startsWith('Colloqui'))!;
    expect(text(select('dl.step-facts dd:last-child', interviews)!)).toBe('al più tardi 31 giorni da adesso; il passo stesso: entro 30 giorni');
    // The answers so far, each with a link that asks it again.
    expect(selectAll('.guide-given dt', adult.tree).map(text)).toEqual(['La persona è minorenne, o dichiara di esserlo?', "Ci sono dubbi sull'età della persona?"]);
    expect(selectAll('.guide-given .guide-given-answer', adult.tree).map(text)).toEqual(['No', 'No']);
    const change = select('.guide-given dd a', adult.tree)!;
    expect(text(change)).toBe('cambia la risposta a: La persona è minorenne, o dichiara di esserlo?');
    const [target, fragment] = String(change.properties.href).split('#');
    expect(fragment).toBe('guide-question');
    const again = await open(path.posix.join('alfa/guide', target!));
    expect(question(again.tree)).toBe('La persona è minorenne, o dichiara di esserlo?');
  });

  it('shows whom to call: the body\'s public contact with a tel: link, or says there is none', async () => {
    const commission = await answer(await open('alfa/guide/index.html'), 'Commissione territoriale');
    const byTitle = new Map(selectAll('li.guide-step', commission.tree).map((li) => [text(select('.guide-step-title a', li)!), li]));
    const provider = byTitle.get('Colloqui ente')!;
    expect(selectAll('.guide-contacts a[href^="tel:"]', provider).map((a) => a.properties.href)).toEqual(['tel:800290290']);
    expect(text(select('.guide-contacts', provider)!)).toContain('Numero Verde Antitratta');
    const decision = byTitle.get('Decisione')!;
    expect(selectAll('dl.step-facts dd', decision).map(text)).toContain('nessun recapito pubblico indicato');
  });

  it('makes each answer state once: no two pages of a Region show the same answers, steps and question', async () => {
    const pages = (await outputFiles(dist)).filter((file) => /^alfa\/guide\/[0-9a-f]+\.html$/.test(file));
    const shown = await Promise.all(pages.map(async (file) => {
      const tree = await readHtml(path.join(dist, file));
      return JSON.stringify([selectAll('.guide-given dd', tree).map(text), selectAll('ol.guide-steps > li', tree).map(text), question(tree) ?? '', answers(tree)]);
    }));
    expect(new Set(shown).size).toBe(shown.length);
    expect(await brokenLinks(dist)).toEqual([]);
  });
});

describe('the guided pathway in English', () => {
  it('says its words in English and keeps the procedures\' Italian titles marked as Italian', async () => {
    const root = await copyProject('base', [AGE_BRANCHES]);
    await build('procedures', { cwd: root, out: 'dist', lang: 'en', regions: ['alfa'], pdf: false });
    const start = await readHtml(path.join(root, 'dist/alfa/guide/index.html'));
    expect(text(select('h1', start)!)).toBe('What do I do now?');
    expect(select('h1', start)!.properties.lang).toBe('en');
    expect(question(start)).toBe('Who are you?');
    const home = await readHtml(path.join(root, 'dist/alfa/index.html'));
    expect(selectAll('a', home).filter((a: Element) => a.properties.href === 'guide/index.html').map(text)).toEqual(['What do I do now? The guided pathway']);
    const commission = String(selectAll('a.guide-answer', start).find((a) => text(a).startsWith('Territorial'))?.properties.href).split('#')[0]!;
    const state = await readHtml(path.join(root, 'dist/alfa/guide', commission));
    expect(selectAll('li.guide-step', state).map((li) => li.properties.lang)).toEqual(['en', 'en', 'en']);
    expect(selectAll('.guide-step-title', state).map((p) => [p.properties.lang, text(select('a', p)!)])).toEqual([['it', 'Informativa'], ['it', 'Colloqui ente'], ['it', 'Decisione']]);
    expect(selectAll('.guide-step dt', state).map(text).slice(0, 3)).toEqual(['Who acts', 'Whom to call', 'Time']);
  });
});

describe('the guided pathway and the build cache', () => {
  it("makes a Region's guide pages again when a procedure of another Region that they show changes", async () => {
    const root = await copyProject('base');
    const options = { cwd: root, out: 'dist', lang: 'it' as const, regions: [], pdf: false, cacheDir: '.sop-cache' };
    await build('procedures', options);
    // beta's transfer goes on in alfa's adults' procedure: its guide shows alfa's steps.
    const file = path.join(root, 'procedures/alfa/adulti.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('  - id: rilascio\n', '  - id: rilascio\n    title: Rilascio del permesso di soggiorno\n'));
    const again = await build('procedures', options);
    const reused = new Set(again.reused);
    const remade = (again.written ?? []).filter((written) => /^beta\/guide\/[0-9a-f]+\.html$/.test(written) && !reused.has(written));
    expect(remade.length).toBeGreaterThan(0);
    const titles = await Promise.all(remade.map(async (page) => stepTitles(await readHtml(path.join(root, 'dist', page)))));
    expect(titles.flat()).toContain('Rilascio del permesso di soggiorno');
  });
});

describe('the guided pathway where the walker stops following', () => {
  it('shows the step, who acts and whom to call, then sends the reader to the procedure instead of ending the pathway', async () => {
    // Seven independent conditions on one step: 128 combinations, more than the walker follows.
    const facts = ['minore', 'eta-incerta', 'richiedente-asilo', 'consenso-scritto', 'con-figli', 'vuole-rientrare', 'pericolo-immediato'];
    const root = await copyProject('base', [{
      file: 'alfa/minori.md',
      replace: '      - to: prima-accoglienza\n        consent: not-required\n',
      with: `      - to: prima-accoglienza\n        consent: not-required\n${facts.map((fact) => `      - to: tutela\n        consent: not-required\n        when: { ${fact}: true }\n`).join('')}`,
    }]);
    await build('procedures', { cwd: root, out: 'dist', lang: 'it', regions: ['alfa'], pdf: false });
    const role = await readHtml(path.join(root, 'dist/alfa/guide/role-forze-ordine.html'));
    const target = String(selectAll('a.guide-answer', role).find((a) => text(a).startsWith('Rintraccio'))!.properties.href).split('#')[0]!;
    const stopped = await readHtml(path.join(root, 'dist/alfa/guide', target));
    expect(stepTitles(stopped)).toEqual(['Rintraccio']);
    expect(question(stopped)).toBeUndefined();
    expect(select('.guide-end', stopped)).toBeUndefined();
    expect(text(select('main', stopped)!)).toContain('troppe alternative');
    expect(selectAll('main a', stopped).map((a) => a.properties.href)).toContain('../procedures/minori.html#step-rintraccio');
  });
});

describe('the guided pathway made out of order', () => {
  it("makes each page the same whichever Region's guide was planned or made last", async () => {
    const root = await copyProject('base', [AGE_BRANCHES]);
    const { loaded } = await check('procedures', { cwd: root, today: TODAY });
    const site = await createSite(loaded.corpus, loaded.graph, { lang: 'it', regions: [], national: false, edition: 'public' });
    const plan = () => [...loaded.corpus.regions.values()].flatMap((region) => guidePages(site, region).pages);
    const inOrder = plan().map((guidePage) => [guidePage.path, pageHtml(guidePage.render().tree)] as const);
    expect(new Set(inOrder.map(([file]) => file.split('/')[0]))).toEqual(new Set(['alfa', 'beta']));
    // Planned again, then made last page first: every page of one Region follows one of the other.
    const shuffled = plan().reverse();
    const outOfOrder = new Map(shuffled.map((guidePage) => [guidePage.path, pageHtml(guidePage.render().tree)]));
    expect(outOfOrder).toEqual(new Map(inOrder));
  }, 60_000);
});
