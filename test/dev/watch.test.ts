// Saves in quick succession (an editor that formats on save, a script) must all be noticed: the
// last one is what the handbook has to show.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchSources } from '../../src/dev/watch.js';
import { copyFixture } from '../helpers.js';

describe('the dev watcher', () => {
  it('reports the last of several saves of one file 40 ms apart', async () => {
    const root = await copyFixture('base');
    const empty = await mkdtemp(path.join(tmpdir(), 'sop-watch-'));
    const batches: Array<{ at: number; changes: unknown }> = [];
    const watcher = watchSources({ root, cases: path.join(empty, 'cases'), templates: empty, schemas: empty, out: path.join(empty, 'dist'), onError: (error) => { throw error; }, onChanges: (changes) => batches.push({ at: performance.now(), changes }) });
    await watcher.ready;
    try {
      const file = path.join(root, 'alfa/adulti.md');
      let lastWrite = 0;
      for (let i = 0; i < 6; i++) {
        lastWrite = performance.now();
        await writeFile(file, `---\nid: adulti\n---\nVersione ${i}\n`);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await expect.poll(() => batches.some((batch) => batch.at > lastWrite), { timeout: 5_000 }).toBe(true);
      expect(batches.at(-1)!.changes).toEqual(new Set(['alfa/adulti.md']));
    } finally {
      await watcher.close();
    }
  });

  it('leaves swap files of editors and other files alone', async () => {
    const root = await copyFixture('base');
    const empty = await mkdtemp(path.join(tmpdir(), 'sop-watch-'));
    const batches: unknown[] = [];
    const watcher = watchSources({ root, cases: path.join(empty, 'cases'), templates: empty, schemas: empty, out: path.join(empty, 'dist'), onError: (error) => { throw error; }, onChanges: (changes) => batches.push(changes) });
    await watcher.ready;
    try {
      for (const name of ['.adulti.md.swp', 'adulti.md~', 'note.txt', '.#adulti.md']) await writeFile(path.join(root, 'alfa', name), 'x');
      await writeFile(path.join(root, 'alfa/asilo.md'), 'x');
      await expect.poll(() => batches.length, { timeout: 5_000 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(batches).toEqual([new Set(['alfa/asilo.md'])]);
    } finally {
      await watcher.close();
    }
  });

  it('reports a saved case file relative to the corpus, and leaves other files of cases/ alone', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'sop-watch-'));
    const root = path.join(project, 'procedures');
    const cases = path.join(project, 'cases');
    await mkdir(root);
    await mkdir(cases);
    const empty = await mkdtemp(path.join(tmpdir(), 'sop-watch-'));
    const batches: unknown[] = [];
    const watcher = watchSources({ root, cases, templates: empty, schemas: empty, out: path.join(project, 'dist'), onError: (error) => { throw error; }, onChanges: (changes) => batches.push(changes) });
    await watcher.ready;
    try {
      await writeFile(path.join(cases, 'appunti.md'), 'x');
      await writeFile(path.join(cases, 'minore.yaml'), 'id: minore\n');
      await expect.poll(() => batches.length, { timeout: 5_000 }).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(batches).toEqual([new Set(['../cases/minore.yaml'])]);
    } finally {
      await watcher.close();
    }
  });
});
