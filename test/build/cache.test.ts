// The build cache: a build that takes outputs over from the last one must write exactly what a
// build from scratch writes, whatever changed, and must make again every output a change shows in.
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { build, type BuildOptions } from '../../src/index.js';
import { copyProject, TODAY } from '../helpers.js';
import { outputFiles } from '../html.js';

const CACHE = '.sop-cache';

const options = (out: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({ out, lang: 'it', regions: [], today: TODAY, pdf: false, ...extra });

async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const target = path.join(dir, 'procedures', file);
  const text = await readFile(target, 'utf8');
  expect(text.split(from), `"${from}" in ${file}`).toHaveLength(2);
  await writeFile(target, text.replace(from, to));
}

async function contents(dir: string): Promise<Map<string, Buffer>> {
  const files = await outputFiles(dir);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file))] as const)));
}

/** Builds with the cache into dist/ and from scratch into fresh/; returns what the cached build made anew. */
async function buildBoth(dir: string, extra: Partial<BuildOptions> = {}): Promise<string[]> {
  const cached = await build('procedures', { cwd: dir, cacheDir: CACHE, ...options('dist', extra) });
  expect(cached.errors).toBe(0);
  const fresh = await build('procedures', { cwd: dir, ...options('fresh', extra) });
  expect(fresh.written).toBeDefined();
  const [warm, cold] = await Promise.all([contents(path.join(dir, 'dist')), contents(path.join(dir, 'fresh'))]);
  expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
  const differing = [...cold].filter(([file, bytes]) => !warm.get(file)!.equals(bytes)).map(([file]) => file);
  expect(differing, 'outputs the cached build got wrong').toEqual([]);
  const reused = new Set(cached.reused);
  return (cached.written ?? []).filter((file) => !reused.has(file));
}

/** Pages of a build whose text shows `words`. */
async function pagesShowing(dist: string, words: string): Promise<string[]> {
  const files = await contents(dist);
  return [...files].filter(([file, bytes]) => file.endsWith('.html') && bytes.toString('utf8').includes(words)).map(([file]) => file);
}

describe('sop build with the build cache', () => {
  let dir: string;
  let all: string[];
  beforeAll(async () => {
    dir = await copyProject('base');
    const first = await build('procedures', { cwd: dir, cacheDir: CACHE, ...options('dist') });
    all = first.written!;
    expect(first.reused).toEqual([]);
  });

  it('does nothing when nothing changed, and replays the diagnostics', async () => {
    await edit(dir, 'alfa/adulti.md', 'review_by: 2030-01-10', 'review_by: 2025-01-10');
    const warned = await build('procedures', { cwd: dir, cacheDir: CACHE, ...options('dist') });
    expect(warned.errors).toBe(0);
    expect(warned.warnings).toBeGreaterThan(0);
    const again = await build('procedures', { cwd: dir, cacheDir: CACHE, ...options('dist') });
    expect(again.upToDate).toBe(true);
    expect(again.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)))
      .toEqual(warned.files.flatMap((file) => file.messages.map((m) => `${file.path}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`)));
    expect(again.warnings).toBe(warned.warnings);
  });

  it('makes a prose edit into the pages that show the procedure, and their search indexes, only', async () => {
    await edit(dir, 'alfa/adulti.md', 'Per i richiedenti asilo', 'Una frase nuova.\n\nPer i richiedenti asilo');
    // beta/trasferimento refers to a step of it.
    expect((await buildBoth(dir)).sort()).toEqual(['alfa/procedures/adulti.html', 'alfa/search-index.js', 'beta/procedures/trasferimento.html', 'beta/search-index.js']);
  });

  it("makes again every page that shows a Region's actor when the actor is renamed", async () => {
    await edit(dir, 'beta/region.yaml', 'name: Ente antitratta di Beta', 'name: Ente Beta Rinominato');
    const made = await buildBoth(dir);
    const showing = await pagesShowing(path.join(dir, 'dist'), 'Ente Beta Rinominato');
    expect(showing.length).toBeGreaterThan(3);
    expect(made).toEqual(expect.arrayContaining(showing));
    expect(made.length).toBeLessThan(all.length);
  });

  it('makes again every page that shows a national role when the role is renamed', async () => {
    await edit(dir, '_national/roles.yaml', 'it: Ente antitratta (progetto ex art. 18)', 'it: Ente antitratta (ruolo rinominato)');
    const made = await buildBoth(dir);
    const showing = await pagesShowing(path.join(dir, 'dist'), 'Ente antitratta (ruolo rinominato)');
    expect(showing.length).toBeGreaterThan(5);
    expect(made).toEqual(expect.arrayContaining(showing));
  });

  it('follows a renamed procedure into the pages of other Regions that refer to it', async () => {
    await edit(dir, 'beta/trasferimento.md', 'title: ', 'title: Rinominata — ');
    const made = await buildBoth(dir);
    expect(made).toEqual(expect.arrayContaining(await pagesShowing(path.join(dir, 'dist'), 'Rinominata — ')));
    expect(made.some((file) => file.startsWith('alfa/'))).toBe(true);
  });

  it('makes again an output deleted or edited in the output folder', async () => {
    await rm(path.join(dir, 'dist/alfa/legal.html'));
    await writeFile(path.join(dir, 'dist/beta/index.html'), 'edited by hand');
    expect((await buildBoth(dir)).sort()).toEqual(['alfa/legal.html', 'beta/index.html']);
  });

  it('makes everything again for other options, such as the language', async () => {
    expect(await buildBoth(dir, { lang: 'en' })).toHaveLength(all.length);
  });

  it('ignores a damaged cache', async () => {
    const [manifest] = await outputFiles(path.join(dir, CACHE));
    await writeFile(path.join(dir, CACHE, manifest!), '{ not json');
    expect(await buildBoth(dir)).toHaveLength(all.length);
  });
});

describe('sop build with the build cache and PDF handbooks', () => {
  it("typesets again only the handbook of the Region that changed, and the national one", async () => {
    const dir = await copyProject('base');
    await build('procedures', { cwd: dir, cacheDir: CACHE, ...options('dist', { pdf: true }) });
    await edit(dir, 'alfa/minori.md', 'Il [tutore](role:tutore-volontario) accompagna', 'Una frase nuova.\n\nIl [tutore](role:tutore-volontario) accompagna');
    const made = await buildBoth(dir, { pdf: true });
    expect(made.filter((file) => file.endsWith('.pdf')).sort()).toEqual(['alfa/alfa.pdf', 'national/national-model.pdf']);
  }, 120_000);
});

describe('sop build on the command line', () => {
  async function sop(cwd: string, ...args: string[]) {
    let stderr = '';
    const io = createIo({ cwd, color: false, out: () => undefined, err: (t) => void (stderr += t) });
    return { code: await main(['node', 'sop', 'build', 'procedures', '--no-pdf', '--today', TODAY, ...args], io), stderr };
  }

  it('says when nothing changed, and --no-cache builds everything afresh', async () => {
    const dir = await copyProject('base');
    expect((await sop(dir)).code).toBe(0);
    const again = await sop(dir);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stderr).toMatch(/^Già aggiornata: nulla è cambiato dall'ultima build di dist\/ \(\d+ ms\)\n$/);
    expect((await sop(dir, '--no-cache', '--lang', 'en')).stderr).toMatch(/^Built \d+ pages and 0 PDFs in dist\/ \(\d+ ms\)\n$/);
    expect((await sop(dir, '--cache-dir', 'elsewhere')).stderr).toMatch(/^Scritte in \S+ \d+ pagine/);
    expect((await sop(dir, '--cache-dir', 'elsewhere')).stderr).toMatch(/^Già aggiornata/);
  });
});

describe('without a cache', () => {
  /** Runs `run` with the system's temporary folder in a fresh folder of its own, which it returns. */
  async function inTempFolder(run: (temp: string) => Promise<void>): Promise<string> {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'sop-tmpdir-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      await run(temp);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    return temp;
  }
  /** The parses a build or check keeps in a temporary folder: files four folders down (sopbook-parses-*\/parsed/<tool>/<hash>). */
  const parses = (temp: string) => readdirSync(temp, { recursive: true }).map(String).filter((entry) => entry.split(path.sep).length === 4);

  it('a build keeps its parses on disk while it renders, not every tree in memory, and removes them', async () => {
    const dir = await copyProject('base');
    let whileRendering: string[] | undefined;
    let procedures = 0;
    const temp = await inTempFolder(async (temp) => {
      const result = await build('procedures', { cwd: dir, ...options('dist'), onProgress: () => void (whileRendering ??= parses(temp)) });
      expect(result.errors).toBe(0);
      procedures = result.files.filter((file) => file.extname === '.md').length;
    });
    expect(procedures).toBeGreaterThan(2);
    expect(whileRendering).toHaveLength(procedures);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a build that fails and a check remove their parses too', async () => {
    const dir = await copyProject('base');
    await edit(dir, 'beta/region.yaml', 'id: beta', 'id: 42');
    const temp = await inTempFolder(async () => {
      expect((await build('procedures', { cwd: dir, ...options('dist') })).errors).toBeGreaterThan(0);
      const io = createIo({ cwd: dir, color: false, out: () => undefined, err: () => undefined });
      expect(await main(['node', 'sop', 'check', 'procedures', '--no-cache', '--today', TODAY], io)).toBe(1);
    });
    expect(readdirSync(temp)).toEqual([]);
  });
});
