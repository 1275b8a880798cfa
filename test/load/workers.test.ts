// Parsing and laying out diagrams on worker threads must give what one thread gives: the same
// diagnostics at the same places, and the same handbooks byte for byte. The workers run from
// the compiled lib/ (as installed), so the CLI is run as a process.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { ParseCache } from '../../src/build/parse-cache.js';
import { toJson } from '../../src/diagnostic-lines.js';
import { build, check } from '../../src/index.js';
import { readCorpus } from '../../src/load/files.js';
import { decodeAnswer, decodeTree, parseProcedures, type ParseAnswer } from '../../src/load/parse.js';
import { PARALLEL_FROM } from '../../src/workers/pool.js';
import { REPO, TODAY } from '../helpers.js';
import { outputFiles } from '../html.js';

const run = promisify(execFile);

async function sop(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(REPO, 'bin/sop.js'), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout: string; code: number }) => {
    // Exit code 1 (errors found) is an answer here, not a failure.
    if (error.code === 1) return error;
    throw error;
  });
  return stdout;
}

/** Every parse kept in the parse caches under `cacheDir`, by its key. */
async function keptParses(cacheDir: string): Promise<Map<string, ParseAnswer>> {
  const entries = (await readdir(path.join(cacheDir, 'parsed'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(await Promise.all(entries.map(async (entry) => {
    const bytes = await readFile(path.join(entry.parentPath, entry.name));
    const answer = decodeAnswer(bytes);
    return [entry.name, { ...answer, ...(answer.procedure ? { procedure: { ...answer.procedure, body: decodeTree(bytes) } } : {}) }] as const;
  })));
}

async function breakFile(dir: string, region: string, index: number, from: RegExp, to: string): Promise<void> {
  const folder = path.join(dir, 'procedures', region);
  const file = path.join(folder, (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()[index]!);
  const text = await readFile(file, 'utf8');
  expect(text).toMatch(from);
  await writeFile(file, text.replace(from, to));
}

describe('loading a large corpus on worker threads', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sop-workers-'));
    const regions = 4;
    const procedures = Math.ceil(PARALLEL_FROM / regions) + 5;
    generate({ regions, procedures, seed: 'workers', out: path.join(dir, 'procedures') });
  }, 60_000);

  it('builds the same handbooks as one thread', async () => {
    await sop(dir, 'build', '--no-pdf', '--no-cache', '--today', TODAY, '--out', 'threads');
    const single = await build('procedures', { cwd: dir, out: 'single', lang: 'it', regions: [], today: TODAY, pdf: false });
    expect(single.written).toBeDefined();
    const files = await outputFiles(path.join(dir, 'single'));
    expect(await outputFiles(path.join(dir, 'threads'))).toEqual(files);
    expect(files).toContain('national/national-model.json');
    const differing: string[] = [];
    for (const file of files) {
      const [threads, one] = await Promise.all(['threads', 'single'].map((out) => readFile(path.join(dir, out, file))));
      if (!threads!.equals(one!)) differing.push(file);
    }
    expect(differing).toEqual([]);
  }, 120_000);

  // The parse worker writes what it parsed into the cache itself, and the main thread gets the
  // procedure without its tree: a tree missing from the cache would be parsed again unseen.
  it('keeps each parse a worker made in the parse cache, whole, as one thread keeps it', async () => {
    await sop(dir, 'build', '--no-pdf', '--today', TODAY, '--out', 'cached', '--cache-dir', 'threads-cache');
    const single = new ParseCache(path.join(dir, 'single-cache'), 'tool');
    const files = (await readCorpus(path.join(dir, 'procedures'), dir)).regions.flatMap((region) => region.procedures);
    await parseProcedures(files, 1, single, () => undefined);
    await single.save();
    const [threads, one] = await Promise.all([keptParses(path.join(dir, 'threads-cache')), keptParses(path.join(dir, 'single-cache'))]);
    expect(one.size).toBe(files.length);
    expect([...threads.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [key, answer] of one) {
      expect(answer.procedure?.body?.type).toBe('root');
      expect(threads.get(key), key).toEqual(answer);
    }
  }, 120_000);

  it('reports the same diagnostics at the same places as one thread', async () => {
    await breakFile(dir, 'regione-001', 1, /\nversion: .*\n/, '\nversion: [1.0\n');
    await breakFile(dir, 'regione-002', 2, /\nstatus: approved\n/, '\nstatus: approvata\n');
    await breakFile(dir, 'regione-003', 3, /\n    actor: [a-z-]+\n/, '\n    actor: ruolo-inesistente\n');
    await writeFile(path.join(dir, 'procedures/regione-004/vuota.md'), '');
    const threads = JSON.parse(await sop(dir, 'check', '--format', 'json', '--today', TODAY)) as unknown[];
    const single = toJson((await check('procedures', { cwd: dir, today: TODAY })).files);
    expect(threads.length).toBeGreaterThanOrEqual(4);
    expect(threads).toEqual(single);
  }, 120_000);
});
