// `sop dev` reads again only the files the watcher reports: whatever it is told, it must find
// what a fresh `sop check` finds, including what only a full read of the tree can see.
import { mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/diagnostic-lines.js';
import { DevBuild, EVERYTHING } from '../../src/dev/rebuild.js';
import { copyFixture, diagnose, TODAY } from '../helpers.js';

describe('sop dev reading a corpus again', () => {
  it('finds what a fresh check finds after renames, links, missing and stray files', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: false });
    expect((await dev.rebuild(EVERYTHING)).ok).toBe(true);
    const at = (file: string) => path.join(dir, file);
    const region = await readFile(at('beta/region.yaml'));
    const saves: Array<{ name: string; files: string[]; save: () => Promise<void> }> = [
      { name: 'a procedure renamed', files: ['alfa/minori.md', 'alfa/minorenni.md'], save: () => rename(at('alfa/minori.md'), at('alfa/minorenni.md')) },
      { name: 'a link into another Region', files: ['alfa/link.md'], save: () => symlink('../beta/trasferimento.md', at('alfa/link.md')) },
      { name: 'the link removed', files: ['alfa/link.md'], save: () => rm(at('alfa/link.md')) },
      { name: 'a Region file deleted', files: ['beta/region.yaml'], save: () => rm(at('beta/region.yaml')) },
      { name: 'the Region file back', files: ['beta/region.yaml'], save: () => writeFile(at('beta/region.yaml'), region) },
      { name: 'a file in a sub-folder', files: ['alfa/bozze/nota.md'], save: async () => {
        await mkdir(at('alfa/bozze'));
        await writeFile(at('alfa/bozze/nota.md'), '# Bozza\n');
      } },
      { name: 'a YAML file that is not a Region file', files: ['alfa/note.yaml'], save: () => writeFile(at('alfa/note.yaml'), 'x: [\n') },
      { name: 'the procedure renamed back', files: ['alfa/minorenni.md', 'alfa/minori.md'], save: () => rename(at('alfa/minorenni.md'), at('alfa/minori.md')) },
    ];
    for (const { name, files, save } of saves) {
      await save();
      const outcome = await dev.rebuild(new Set(files));
      const found = toJson(outcome.check.files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
      expect([name, found]).toEqual([name, await diagnose(dir)]);
    }
  }, 60_000);

  it('reads again only the files it is told about', async () => {
    const dir = await copyFixture('base');
    const dev = new DevBuild({ root: dir, cwd: dir, lang: 'it', edition: 'public', today: TODAY, national: false });
    await dev.rebuild(EVERYTHING);
    // Saved without a word from the watcher: the next build does not see it...
    const asilo = path.join(dir, 'alfa/asilo.md');
    await writeFile(asilo, (await readFile(asilo, 'utf8')).replace('title: Referral dalla Commissione territoriale', 'title: Non ancora letto'));
    await writeFile(path.join(dir, 'alfa/adulti.md'), `${await readFile(path.join(dir, 'alfa/adulti.md'), 'utf8')}\nUna riga.\n`);
    const told = await dev.rebuild(new Set(['alfa/adulti.md']));
    const title = (outcome: typeof told) => outcome.check.loaded.corpus.regions.get('alfa')!.procedures.get('asilo')!.title;
    expect(title(told)).toBe('Referral dalla Commissione territoriale');
    // ...until it is reported.
    expect(title(await dev.rebuild(new Set(['alfa/asilo.md'])))).toBe('Non ancora letto');
  }, 60_000);
});
