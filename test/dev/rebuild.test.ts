// `sop dev`'s incremental builds must be indistinguishable from a full build: after each save,
// the outputs equal those of `sop build` from scratch, only the outputs the save touches are
// rendered again, and only those whose bytes changed are written.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevBuild, EVERYTHING, type RebuildOutcome } from '../../src/dev/rebuild.js';
import { check } from '../../src/index.js';
import { forEdition } from '../../src/model/edition.js';
import { messages } from '../../src/i18n/index.js';
import { renderHandbooks, type OutputFiles } from '../../src/render/index.js';
import { copyFixture, TODAY } from '../helpers.js';

async function fullBuild(dir: string): Promise<OutputFiles> {
  const { loaded, errors } = await check('.', { cwd: dir, today: TODAY });
  expect(errors).toBe(0);
  const edition = forEdition(loaded.corpus, 'public', messages.it.internalUse);
  const { files } = await renderHandbooks(edition.corpus, edition.graph, { lang: 'it', regions: [], national: true, html: true, pdf: false, edition: 'public' });
  return files;
}

const text = (files: ReadonlyMap<string, { content: string | Buffer } | string | Buffer>) =>
  new Map([...files].map(([file, value]) => [file, String(typeof value === 'object' && 'content' in value ? value.content : value)]));

/** The output files whose bytes differ between two full builds, and those that appeared or went. */
function difference(before: OutputFiles, after: OutputFiles): { changed: string[]; removed: string[] } {
  const changed = [...after.keys()].filter((file) => String(before.get(file)) !== String(after.get(file))).sort();
  const removed = [...before.keys()].filter((file) => !after.has(file)).sort();
  return { changed, removed };
}

async function replace(dir: string, file: string, from: string, to: string): Promise<void> {
  const source = await readFile(path.join(dir, file), 'utf8');
  expect(source).toContain(from);
  await writeFile(path.join(dir, file), source.replace(from, to));
}

describe('sop dev incremental builds', () => {
  // With a build cache, sop dev holds no Markdown tree: pages read the prose back from the cache.
  it.each([['without a build cache', false], ['with a build cache', true]])('%s: after each kind of save, equal a full build, render only what the save touches and write only what changed', async (_, cached) => {
    const dir = await copyFixture('base');
    const cacheDir = cached ? await mkdtemp(path.join(os.tmpdir(), 'sop-dev-cache-')) : undefined;
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: true, ...(cacheDir ? { cacheDir } : {}) });
    const first = await dev.rebuild(EVERYTHING);
    if (cacheDir) expect((await readdir(cacheDir, { recursive: true })).some((file) => file.startsWith('parsed/'))).toBe(true);
    let previous = await fullBuild(dir);
    expect(first.ok).toBe(true);
    expect(text(dev.outputs)).toEqual(text(previous));

    async function save(files: string[], edit: () => Promise<void>): Promise<Extract<RebuildOutcome, { ok: true }>> {
      await edit();
      const outcome = await dev.rebuild(new Set(files));
      if (!outcome.ok) throw new Error('the build failed');
      const full = await fullBuild(dir);
      expect(text(dev.outputs)).toEqual(text(full));
      const { changed, removed } = difference(previous, full);
      expect([...outcome.change.written.keys()].sort()).toEqual(changed);
      expect(outcome.change.removed.sort()).toEqual(removed);
      previous = full;
      return outcome;
    }
    const replace = (file: string, from: string, to: string) => async () => {
      const source = await readFile(path.join(dir, file), 'utf8');
      expect(source).toContain(from);
      await writeFile(path.join(dir, file), source.replace(from, to));
    };

    // A step's wording: its procedure, its Region's lists and search, the national pages.
    const wording = await save(['alfa/minori.md'], replace('alfa/minori.md', 'Rappresenta il minore.', 'Rappresenta il minore in ogni atto.'));
    expect(wording.change.written.has('alfa/procedures/minori.html')).toBe(true);
    expect(wording.change.written.has('alfa/roles/tutore-volontario.html')).toBe(true);
    // Not rendered: the other procedures, the other Region (which does not refer to this one), the assets.
    const untouched = (file: string) => file.startsWith('beta/') || file.startsWith('assets/') || (file.startsWith('alfa/procedures/') && file !== 'alfa/procedures/minori.html');
    expect(wording.rendered.filter(untouched)).toEqual([]);
    expect([...previous.keys()].filter(untouched).length).toBeGreaterThan(15);

    // Prose only: the procedure's page and its Region's search index, nothing else.
    const prose = await save(['alfa/minori.md'], async () => {
      const source = await readFile(path.join(dir, 'alfa/minori.md'), 'utf8');
      await writeFile(path.join(dir, 'alfa/minori.md'), `${source}\nUn paragrafo in più sul colloquio con il minore.\n`);
    });
    expect(prose.rendered.sort()).toEqual(['alfa/procedures/minori.html', 'alfa/search-index.js']);

    // A title another Region refers to: that Region's procedure page names it.
    const title = await save(['alfa/adulti.md'], replace('alfa/adulti.md', 'title: Percorso per persone adulte', 'title: Percorso per persone adulte vittime di tratta'));
    expect(title.change.written.has('beta/procedures/trasferimento.html')).toBe(true);

    // A new procedure, then the same one deleted: its pages come and go.
    const added = await save(['alfa/nuovo.md'], async () => {
      const source = await readFile(path.join(dir, 'alfa/asilo.md'), 'utf8');
      await writeFile(path.join(dir, 'alfa/nuovo.md'), source.replace('id: asilo', 'id: nuovo').replace('title: Referral dalla Commissione territoriale', 'title: Nuovo percorso'));
    });
    expect(added.change.written.has('alfa/procedures/nuovo.html')).toBe(true);
    const deleted = await save(['alfa/nuovo.md'], () => rm(path.join(dir, 'alfa/nuovo.md')));
    expect(deleted.change.removed).toContain('alfa/procedures/nuovo.html');

    // A renamed Region: the pages of the other Region that name it change too.
    await save(['beta/region.yaml'], replace('beta/region.yaml', 'name: Regione Beta', 'name: Regione Beta e Gamma'));

    // A referral that now leads to another step of another Region, and a local body renamed.
    const target = await save(['beta/trasferimento.md'], replace('beta/trasferimento.md', 'to: alfa/adulti#colloqui', 'to: alfa/adulti#rilevazione'));
    expect(target.change.written.has('alfa/roles/forze-ordine.html')).toBe(true);
    await save(['alfa/region.yaml'], replace('alfa/region.yaml', 'name: Questura di Alfa – Ufficio Immigrazione', 'name: Questura di Alfa – Ufficio Immigrazione (sede centrale)'));

    // Nothing changed: nothing is written.
    const nothing = await save(['alfa/asilo.md'], async () => undefined);
    expect(nothing.change.written.size).toBe(0);
  }, 60_000);

  it('never serve an output the save put out of date, before or after it is planned', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: true });
    await dev.rebuild(EVERYTHING);
    const edits: Array<[string, () => Promise<void>]> = [
      ['alfa/adulti.md', () => replace(dir, 'alfa/adulti.md', 'title: Percorso per persone adulte', 'title: Percorso per persone adulte vittime di tratta')],
      ['alfa/adulti.md', () => replace(dir, 'alfa/adulti.md', '# Percorso\n', '# Percorso\n\nUn paragrafo in più.\n')],
      ['beta/trasferimento.md', () => replace(dir, 'beta/trasferimento.md', 'to: alfa/adulti#colloqui', 'to: alfa/adulti#rilevazione')],
      ['alfa/minori.md', () => rm(path.join(dir, 'alfa/minori.md'))],
    ];
    const before = new Set(dev.outputs.keys());
    for (const [file, edit] of edits) {
      await edit();
      expect((await dev.update(new Set([file]))).ok).toBe(true);
      // Asked for at once, as a browser would: each output is the full build's, and those gone are gone.
      const full = text(await fullBuild(dir));
      const served = new Map<string, string>();
      for (const output of new Set([...before, ...full.keys()])) {
        const content = await dev.output(output);
        if (content !== undefined) served.set(output, String(content));
      }
      expect(served).toEqual(full);
      while (await dev.makeNext());
      expect(text(dev.outputs)).toEqual(full);
    }
  }, 60_000);

  it('make later what a save left out of date when the next save came first', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: true });
    await dev.rebuild(EVERYTHING);
    // A time limit the national model merges, saved and planned but nothing made; then prose.
    await replace(dir, 'alfa/adulti.md', 'time_limit: PT24H', 'time_limit: PT12H');
    expect((await dev.update(new Set(['alfa/adulti.md']))).ok).toBe(true);
    expect(dev.stale).toContain('national/national-model.json');
    await replace(dir, 'alfa/adulti.md', '# Percorso\n', '# Percorso\n\nUn paragrafo in più.\n');
    const last = await dev.rebuild(new Set(['alfa/adulti.md']));
    expect(last.ok && last.rendered).toContain('national/national-model.json');
    expect(text(dev.outputs)).toEqual(text(await fullBuild(dir)));
  }, 60_000);

  it('keep the last good build when a save introduces an error, and recover when it is fixed', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: true });
    await dev.rebuild(EVERYTHING);
    const good = text(dev.outputs);
    const file = path.join(dir, 'alfa/adulti.md');
    const source = await readFile(file, 'utf8');
    await writeFile(file, source.replace('stages: [', 'stages: [[').replace('title: Percorso per persone adulte', 'title: Percorso rotto'));
    const broken = await dev.rebuild(new Set(['alfa/adulti.md']));
    expect(broken.ok).toBe(false);
    expect(broken.check.errors).toBeGreaterThan(0);
    expect(text(dev.outputs)).toEqual(good);

    await writeFile(file, source.replace('title: Percorso per persone adulte', 'title: Percorso riparato'));
    const fixed = await dev.rebuild(new Set(['alfa/adulti.md']));
    expect(fixed.ok).toBe(true);
    expect(text(dev.outputs)).toEqual(text(await fullBuild(dir)));
    expect(String(dev.outputs.get('alfa/procedures/adulti.html')?.content)).toContain('Percorso riparato');
  }, 60_000);

  it('carry the changes of a failed build over to the next good one', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: true });
    await dev.rebuild(EVERYTHING);
    const adulti = path.join(dir, 'alfa/adulti.md');
    const asilo = path.join(dir, 'alfa/asilo.md');
    const asiloSource = await readFile(asilo, 'utf8');
    // A good change to one file, saved while another file is broken: nothing is built.
    await writeFile(asilo, asiloSource.replace('stages: [', 'stages: [['));
    expect((await dev.rebuild(new Set(['alfa/asilo.md']))).ok).toBe(false);
    await writeFile(adulti, (await readFile(adulti, 'utf8')).replace('title: Percorso per persone adulte', 'title: Percorso rinominato'));
    expect((await dev.rebuild(new Set(['alfa/adulti.md']))).ok).toBe(false);
    // Fixing the broken file builds the earlier change too.
    await writeFile(asilo, asiloSource);
    const fixed = await dev.rebuild(new Set(['alfa/asilo.md']));
    expect(fixed.ok).toBe(true);
    expect(text(dev.outputs)).toEqual(text(await fullBuild(dir)));
    expect(String(dev.outputs.get('beta/procedures/trasferimento.html')?.content)).toContain('Percorso rinominato');
  }, 60_000);

  it('parse again only the files whose bytes changed', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: true });
    const first = await dev.rebuild(EVERYTHING);
    const second = await dev.rebuild(new Set(['alfa/adulti.md']));
    const proceduresOf = (outcome: RebuildOutcome) => outcome.check.loaded.procedures;
    // Unchanged files come back as the same objects: they were not parsed again.
    expect(proceduresOf(second).filter((p) => proceduresOf(first).includes(p))).toHaveLength(proceduresOf(first).length);
    const source = await readFile(path.join(dir, 'alfa/adulti.md'), 'utf8');
    await writeFile(path.join(dir, 'alfa/adulti.md'), `${source}\nUna riga in più.\n`);
    const third = await dev.rebuild(new Set(['alfa/adulti.md']));
    const reparsed = proceduresOf(third).filter((p) => !proceduresOf(second).includes(p));
    expect(reparsed.map((p) => p.id)).toEqual(['adulti']);
  }, 60_000);
});
