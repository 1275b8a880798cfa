// `sop dev` and the case studies: their pages are made and served like every other output, a
// saved, new or deleted case file updates them (and the search indexes) as `sop build` would,
// and so does a corpus save that changes a case's path.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCase } from '../../src/cases/check.js';
import type { DevSession } from '../../src/dev/index.js';
import { DevBuild, EVERYTHING, type RebuildOutcome } from '../../src/dev/rebuild.js';
import { check } from '../../src/index.js';
import { loadCases } from '../../src/load/cases.js';
import { forEdition } from '../../src/model/edition.js';
import { messages } from '../../src/i18n/index.js';
import { renderHandbooks, type OutputFiles } from '../../src/render/index.js';
import { caseProject } from '../cases/project.js';
import { TODAY } from '../helpers.js';
import { session } from './session.js';

/** What `sop build` makes of the project now, with its case studies. */
async function fullBuild(root: string): Promise<Map<string, string>> {
  const { loaded, errors } = await check('procedures', { cwd: root, today: TODAY });
  expect(errors).toBe(0);
  const cases = (await loadCases(path.join(root, 'cases'), root)).cases.filter((item) => checkCase(item, loaded.corpus));
  const edition = forEdition(loaded.corpus, 'public', messages.it.internalUse);
  const { files } = await renderHandbooks(edition.corpus, edition.graph, { lang: 'it', regions: [], national: true, html: true, pdf: false, edition: 'public', cases });
  return text(files);
}

const text = (files: OutputFiles | ReadonlyMap<string, { content: string | Buffer }>) =>
  new Map([...files].map(([file, value]) => [file, String(typeof value === 'object' && 'content' in value ? value.content : value)]));

async function edit(file: string, from: string, to: string): Promise<void> {
  const source = await readFile(file, 'utf8');
  expect(source.split(from)).toHaveLength(2);
  await writeFile(file, source.replace(from, to));
}

describe('sop dev and the case studies', () => {
  it('makes the case pages, and after each save of a case file or the corpus equals a full build', async () => {
    const root = await caseProject();
    const dev = new DevBuild({ root: path.join(root, 'procedures'), cwd: root, lang: 'it', edition: 'public', today: TODAY, national: true });
    expect((await dev.rebuild(EVERYTHING)).ok).toBe(true);
    let previous = await fullBuild(root);
    expect([...previous.keys()]).toContain('cases/minore-rintracciato.html');
    expect(text(dev.outputs)).toEqual(previous);

    const save = async (files: string[], change: () => Promise<void>): Promise<Extract<RebuildOutcome, { ok: true }>> => {
      await change();
      const outcome = await dev.rebuild(new Set(files));
      if (!outcome.ok) throw new Error('the build failed');
      const full = await fullBuild(root);
      expect(text(dev.outputs)).toEqual(full);
      expect([...outcome.change.written.keys()].sort()).toEqual([...full.keys()].filter((file) => previous.get(file) !== full.get(file)).sort());
      expect(outcome.change.removed.sort()).toEqual([...previous.keys()].filter((file) => !full.has(file)).sort());
      previous = full;
      return outcome;
    };
    const caseFile = (name: string) => path.join(root, 'cases', name);

    // A case's title: its page, the list, the search indexes that hold it; no procedure page.
    const title = await save(['../cases/minore-rintracciato.yaml'], () => edit(caseFile('minore-rintracciato.yaml'), "title: Minore rintracciato dalle forze dell'ordine", 'title: Minore rintracciato alla stazione'));
    expect([...title.change.written.keys()].sort()).toEqual(['alfa/search-index.js', 'cases/index.html', 'cases/minore-rintracciato.html', 'national/search-index.js']);
    expect(title.rendered.filter((file) => file.includes('/procedures/'))).toEqual([]);

    // A new case file, then the same one deleted: its page comes and goes.
    const added = await save(['../cases/seconda.yaml'], async () => writeFile(caseFile('seconda.yaml'), (await readFile(caseFile('trasferimento.yaml'), 'utf8')).replace('id: trasferimento', 'id: seconda')));
    expect(added.change.written.has('cases/seconda.html')).toBe(true);
    const deleted = await save(['../cases/seconda.yaml'], () => rm(caseFile('seconda.yaml')));
    expect(deleted.change.removed).toEqual(['cases/seconda.html']);

    // A corpus save on a case's path: the case pages show the new time limit.
    const corpus = await save(['alfa/minori.md'], () => edit(path.join(root, 'procedures/alfa/minori.md'), '    time_limit: P30D\n', '    time_limit: P20D\n'));
    expect(corpus.change.written.has('cases/minore-rintracciato.html')).toBe(true);
  }, 60_000);
});

describe('sop dev serving the case studies', () => {
  let dev: DevSession | undefined;
  afterEach(() => dev?.close());

  it('serves a case page and, when its file is saved, rebuilds and serves it again', async () => {
    const root = await caseProject();
    const started = await session(root);
    dev = started.dev;
    const url = new URL('cases/trasferimento.html', dev.url);
    expect(await (await fetch(url)).text()).toContain('Trasferimento per motivi di sicurezza');
    await edit(path.join(root, 'cases/trasferimento.yaml'), 'title: Trasferimento per motivi di sicurezza', 'title: Trasferimento in un\'altra Regione per sicurezza');
    const saved = await started.nextBuild();
    expect(saved.changes).toEqual(new Set(['../cases/trasferimento.yaml']));
    expect(await (await fetch(url)).text()).toContain('<h1>Trasferimento in un\'altra Regione per sicurezza</h1>');
    expect(await readFile(path.join(root, 'dist/cases/trasferimento.html'), 'utf8')).toContain('<h1>Trasferimento in un\'altra Regione per sicurezza</h1>');
  }, 30_000);
});
