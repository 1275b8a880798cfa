// A large build renders some Regions on another thread (build/elsewhere.ts); the output in the
// making is discarded on a failure, so neither thread may still be writing when one goes up.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { check } from '../../src/index.js';
import type { LoadResult } from '../../src/load/corpus.js';
import { renderHandbooks, type RenderOptions } from '../../src/render/index.js';
import { TODAY } from '../helpers.js';

describe('rendering a large corpus on two threads', () => {
  let loaded: LoadResult;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sop-elsewhere-'));
    generate({ regions: 4, procedures: 50, seed: 'elsewhere', out: dir });
    const result = await check('.', { cwd: dir, today: TODAY });
    expect(result.errors).toBe(0);
    loaded = result.loaded;
  }, 120_000);

  const options = (overrides: Partial<RenderOptions>): RenderOptions => ({ lang: 'it', regions: [], national: false, html: true, pdf: false, edition: 'public', ...overrides });

  it('gives the other thread the last Regions, a bit less than half of the pages, and makes the rest here', async () => {
    let away: string[] = [];
    const here: string[] = [];
    const rendered = await renderHandbooks(loaded.corpus, loaded.graph, options({
      emit: async (file) => void here.push(file),
      elsewhere: async (paths) => void (away = paths),
    }));
    expect(away.length).toBeGreaterThan(0);
    expect(away.length).toBeLessThan(here.length);
    expect(new Set(away.map((file) => file.split('/')[0]))).toEqual(new Set(['regione-004']));
    expect(here.some((file) => file.startsWith('regione-004/'))).toBe(false);
    expect([...rendered.made].sort()).toEqual([...here, ...away].sort());
  }, 120_000);

  it('fails only once the other thread is done, when this one fails', async () => {
    let otherDone = false;
    const failure = renderHandbooks(loaded.corpus, loaded.graph, options({
      emit: async () => {
        throw new Error('disk full');
      },
      elsewhere: () => new Promise((resolve) => setTimeout(() => {
        otherDone = true;
        resolve();
      }, 300)),
    }));
    await expect(failure).rejects.toThrow('disk full');
    expect(otherDone).toBe(true);
  }, 120_000);

  it('fails when the other thread fails, once this one is done', async () => {
    let written = 0;
    const failure = renderHandbooks(loaded.corpus, loaded.graph, options({
      emit: async () => void written++,
      elsewhere: () => Promise.reject(new Error('worker died')),
    }));
    await expect(failure).rejects.toThrow('worker died');
    expect(written).toBeGreaterThan(100);
  }, 120_000);
});
