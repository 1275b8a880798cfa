// Every output byte of two builds, fixed in a manifest of digests: the shipped corpus with its
// cases and PDFs, and a generated corpus large enough for the worker threads. A change of the
// build's design (streaming, threads, caching) must leave them as they are; a change of what a
// page shows updates the manifest on purpose (`npx vitest run test/build/golden.test.ts -u`),
// and the diff of the manifest names every output it touched.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { build } from '../../src/index.js';
import { REPO, TODAY } from '../helpers.js';
import { outputFiles } from '../html.js';

/** `sha256  path` lines, as `sha256sum` prints them, one per output file. */
async function manifest(out: string): Promise<string> {
  const lines: string[] = [];
  for (const file of await outputFiles(out)) {
    lines.push(`${createHash('sha256').update(await readFile(path.join(out, file))).digest('hex')}  ${file}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('the outputs, byte for byte', () => {
  it('of the shipped corpus, its case studies and PDF handbooks', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sop-golden-'));
    await cp(path.join(REPO, 'procedures'), path.join(dir, 'procedures'), { recursive: true });
    await cp(path.join(REPO, 'cases'), path.join(dir, 'cases'), { recursive: true });
    // With a build cache, as `sop build` runs: each page reads its procedure's prose back from the parse cache.
    const result = await build('procedures', { cwd: dir, out: 'dist', lang: 'it', regions: [], today: TODAY, cacheDir: '.cache' });
    expect(result.errors).toBe(0);
    await expect(await manifest(path.join(dir, 'dist'))).toMatchFileSnapshot('__golden__/shipped.sha256');
  }, 180_000);

  it('of a generated corpus of 200 procedures, parsed and rendered on two threads, and on one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sop-golden-'));
    generate({ regions: 4, procedures: 50, seed: 'golden', out: path.join(dir, 'procedures') });
    // The workers run from the compiled lib/, as installed: the CLI runs as a process.
    const sop = (...args: string[]) => promisify(execFile)(process.execPath, [path.join(REPO, 'bin/sop.js'), 'build', '--no-pdf', '--today', TODAY, ...args], { cwd: dir });
    await sop('--out', 'dist');
    const twoThreads = await manifest(path.join(dir, 'dist'));
    await expect(twoThreads).toMatchFileSnapshot('__golden__/generated-200.sha256');
    // Through the API with no threads asked for: parsed and laid out on this one thread.
    const oneThread = await build('procedures', { cwd: dir, out: 'one-thread', lang: 'it', regions: [], today: TODAY, pdf: false });
    expect(oneThread.errors).toBe(0);
    expect(await manifest(path.join(dir, 'one-thread'))).toBe(twoThreads);
  }, 180_000);
});
