// The parse cache: a procedure file is parsed again only when its text changed, and what comes
// out of the cache (model data, Markdown tree, diagnostics) is what parsing would give.
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ParseCache } from '../../src/build/parse-cache.js';
import { loadCorpus } from '../../src/load/corpus.js';
import { readCorpus } from '../../src/load/files.js';
import { textBinary } from '../../src/load/held-texts.js';
import { parseProcedures, type ParseStore } from '../../src/load/parse.js';
import type { ValidProcedure } from '../../src/load/procedure.js';
import { generate } from '../../bench/generate.mjs';
import { copyFixture } from '../helpers.js';

async function procedureFiles(dir: string): Promise<VFile[]> {
  const tree = await readCorpus(dir, dir);
  return tree.regions.flatMap((region) => region.procedures);
}

async function parseAll(files: VFile[], store?: ParseStore) {
  const parsed = new Map<VFile, ValidProcedure | undefined>();
  await parseProcedures(files, 0, store, (file, procedure) => parsed.set(file, procedure));
  return parsed;
}

/** Parses through the cache kept in `folder`; says which texts had to be parsed, by their keys. */
async function parseThrough(folder: string, files: VFile[], tool = 'tool') {
  const cache = new ParseCache(folder, tool);
  const parsedAgain: string[] = [];
  const set = cache.set.bind(cache);
  cache.set = (key: string, answer: Uint8Array) => {
    parsedAgain.push(key);
    set(key, answer);
  };
  const procedures = await parseAll(files, cache);
  await cache.save();
  // A procedure read back from the cache comes without its tree, which the cache gives when asked.
  const whole = (file: VFile) => {
    const procedure = procedures.get(file);
    return procedure && { ...procedure, body: procedure.body ?? cache.body(cache.key(textBinary(file))) };
  };
  return { parsedAgain, key: (text: string) => cache.key(Buffer.from(text).toString('latin1')), procedures, whole, messages: files.map((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason} ${m.fatal}`)) };
}

describe('the parse cache', () => {
  it('parses again only the file whose text changed, and gives what parsing gives', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/asilo.md', replace: 'status: approved', with: 'status: approvata' }]);
    const folder = await mkdtemp(path.join(tmpdir(), 'sop-parse-cache-'));
    const first = await parseThrough(folder, await procedureFiles(dir));
    expect(first.parsedAgain).toHaveLength(4);
    expect(first.messages.flat().some((m) => m.includes('schema/enum'))).toBe(true);

    const files = await procedureFiles(dir);
    files[0]!.value = `${String(files[0]!.value)}\nUna frase in più.\n`;
    const second = await parseThrough(folder, files);
    expect(second.parsedAgain).toEqual([second.key(String(files[0]!.value))]);

    const fresh = await procedureFiles(dir);
    fresh[0]!.value = files[0]!.value;
    const parsed = await parseAll(fresh);
    expect(second.procedures.get(files[1]!)?.body).toBeUndefined();
    expect(files.map(second.whole)).toEqual(fresh.map((file) => parsed.get(file)));
    expect(second.messages).toEqual(fresh.map((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason} ${m.fatal}`)));
  });

  it('reuses nothing parsed by another version of sopbook', async () => {
    const dir = await copyFixture('base');
    const folder = await mkdtemp(path.join(tmpdir(), 'sop-parse-cache-'));
    await parseThrough(folder, await procedureFiles(dir), 'one');
    expect((await parseThrough(folder, await procedureFiles(dir), 'one')).parsedAgain).toEqual([]);
    expect((await parseThrough(folder, await procedureFiles(dir), 'two')).parsedAgain).toHaveLength(4);
  });

  it('lets a load drop each Markdown tree, and gives it back, from disk or parsed again when the cache lost it', async () => {
    const dir = await copyFixture('base');
    const folder = await mkdtemp(path.join(tmpdir(), 'sop-parse-cache-'));
    const kept = await loadCorpus(dir, dir);
    const cache = new ParseCache(folder, 'tool');
    const dropped = await loadCorpus(dir, dir, { parsed: cache });
    await cache.save();
    const bodies = (load: typeof kept) => load.procedures.map((procedure) => procedure.body());
    expect(bodies(dropped)).toEqual(bodies(kept));
    // Each call reads the tree again: no tree stays with the procedure.
    expect(dropped.procedures[0]!.body()).not.toBe(dropped.procedures[0]!.body());

    const stored = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(stored).toHaveLength(4);
    for (const entry of stored) await writeFile(path.join(entry.parentPath, entry.name), 'damaged');
    expect(bodies(dropped)).toEqual(bodies(kept));
  });

  it('reads a large corpus back a few files at a time, every one of them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sop-parse-cache-'));
    generate({ regions: 2, procedures: 40, seed: 'reads', out: dir });
    const folder = await mkdtemp(path.join(tmpdir(), 'sop-parse-cache-'));
    await parseThrough(folder, await procedureFiles(dir));
    const cache = new ParseCache(folder, 'tool');
    let reading = 0;
    let most = 0;
    const get = cache.get.bind(cache);
    cache.get = async (key: string) => {
      most = Math.max(most, ++reading);
      try {
        return await get(key);
      } finally {
        reading--;
      }
    };
    const files = await procedureFiles(dir);
    const procedures = await parseAll(files, cache);
    expect(files).toHaveLength(80);
    expect(files.every((file) => procedures.has(file) && cache.body(cache.key(textBinary(file)))?.type === 'root')).toBe(true);
    // All at once, a warm build of 5,000 procedures held 186 MB of file bytes waiting to be read.
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(16);
  });
});
