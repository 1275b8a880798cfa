// `sop dev` checks again only what a save can have changed: after every fault of the rule cases
// is made and then undone, one after another in the same folder, its diagnostics must be exactly
// those of a fresh `sop check`.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/diagnostic-lines.js';
import { check, type CheckOptions } from '../../src/index.js';
import { LoadCache } from '../../src/load/cache.js';
import { RuleCache } from '../../src/validate/cache.js';
import { copyFixture, diagnose, TODAY, type Mutation } from '../helpers.js';
import { mistakes } from './mistakes.js';
import { ruleCases } from './rule-cases.js';

async function diagnoseWith(dir: string, options: CheckOptions): Promise<string[]> {
  const result = await check('.', { cwd: dir, today: TODAY, ...options });
  return toJson(result.files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
}

/** Makes the faults; returns what undoes them. */
async function mutate(dir: string, mutations: Mutation[]): Promise<() => Promise<void>> {
  const originals = new Map<string, Buffer | undefined>();
  for (const mutation of mutations) {
    const file = path.join(dir, mutation.file);
    if (!originals.has(mutation.file)) originals.set(mutation.file, await readFile(file).catch(() => undefined));
    if ('remove' in mutation) await rm(file);
    else if ('copyOf' in mutation) await cp(path.join(dir, mutation.copyOf), file);
    else if ('write' in mutation) await writeFile(file, mutation.write);
    else await writeFile(file, (await readFile(file, 'utf8')).replace(mutation.replace, mutation.with));
  }
  return async () => {
    for (const [file, bytes] of originals) {
      if (bytes) await writeFile(path.join(dir, file), bytes);
      else await rm(path.join(dir, file));
    }
  };
}

describe('checking again with the findings of the last check', () => {
  it('reports what a fresh check reports, after each fault is made and undone', async () => {
    const dir = await copyFixture('base');
    const options = { cache: new LoadCache(), rules: new RuleCache() };
    expect(await diagnoseWith(dir, options)).toEqual([]);
    for (const ruleCase of ruleCases) {
      const undo = await mutate(dir, ruleCase.mutations);
      expect([ruleCase.name, await diagnoseWith(dir, options)]).toEqual([ruleCase.name, await diagnose(dir)]);
      await undo();
      expect([ruleCase.name, await diagnoseWith(dir, options)]).toEqual([ruleCase.name, []]);
    }
  }, 120_000);

  it('reports each editor\'s mistake once, in the language asked for, whatever the caches kept', async () => {
    const dir = await copyFixture('base');
    const options = { cache: new LoadCache(), rules: new RuleCache() };
    expect(await diagnoseWith(dir, options)).toEqual([]);
    for (const [index, mistake] of mistakes.entries()) {
      // The language changes from one check to the next: the caches keep findings, not sentences.
      const lang = index % 2 === 0 ? 'en' : 'it';
      const undo = await mutate(dir, mistake.mutations);
      const found = await diagnoseWith(dir, { ...options, lang });
      expect([mistake.name, found]).toEqual([mistake.name, await diagnose(dir, lang)]);
      expect([mistake.name, await diagnoseWith(dir, { ...options, lang: lang === 'en' ? 'it' : 'en' })]).toEqual([mistake.name, await diagnose(dir, lang === 'en' ? 'it' : 'en')]);
      expect(found).toHaveLength(1);
      await undo();
      expect([mistake.name, await diagnoseWith(dir, options)]).toEqual([mistake.name, []]);
    }
  }, 120_000);

  it('reports again what a save changes in the other procedures and Regions', async () => {
    const dir = await copyFixture('base');
    const options = { cache: new LoadCache(), rules: new RuleCache() };
    expect(await diagnoseWith(dir, options)).toEqual([]);
    const A = 'alfa/adulti.md';
    const T = 'beta/trasferimento.md';
    const sequences: Array<{ name: string; saves: Mutation[][] }> = [
      { name: 'a step another Region refers to is renamed', saves: [[{ file: A, replace: '  - id: colloqui\n', with: '  - id: colloquio\n' }, { file: A, replace: 'to: colloqui\n', with: 'to: colloquio\n' }]] },
      { name: 'a procedure another Region refers to becomes restricted', saves: [[{ file: A, replace: 'status: approved\n', with: 'status: approved\nrestricted: true\n' }]] },
      { name: 'a step then reached only from another Region is no longer', saves: [
        [{ file: A, replace: '      - to: colloqui\n', with: '      - to: proposta\n' }],
        [{ file: T, replace: 'to: alfa/adulti#colloqui', with: 'to: alfa/adulti#proposta' }],
        // Its findings about the graph stay through a prose save, and move with a front-matter one.
        [{ file: A, replace: '# Percorso\n', with: '# Percorso\n\nUn paragrafo in più.\n' }],
        [{ file: A, replace: '---\n', with: '---\n# Rivisto\n' }],
      ] },
      { name: 'a cycle stays while the lines of its file move', saves: [
        [{ file: 'alfa/minori.md', replace: '    action_kind: formal-identification\n    terminal: true\n', with: '    action_kind: formal-identification\n    referrals:\n      - to: tutela\n        consent: not-required\n' }],
        [{ file: 'alfa/minori.md', replace: '---\n', with: '---\n# Rivista dal gruppo di lavoro\n' }],
      ] },
      { name: 'a linked procedure is deleted', saves: [[{ file: 'alfa/asilo.md', remove: true }]] },
      { name: "the Region's provider is removed", saves: [[{ file: 'alfa/region.yaml', replace: '  - id: ente-alfa\n    role: ente-antitratta\n    name: Ente antitratta di Alfa\n    registered: true\n', with: '' }]] },
    ];
    for (const { name, saves } of sequences) {
      const undos: Array<() => Promise<void>> = [];
      for (const [i, save] of saves.entries()) {
        undos.unshift(await mutate(dir, save));
        const fresh = await diagnose(dir);
        // Each sequence ends in a fault, or it would test nothing.
        if (i === saves.length - 1) expect(fresh.length, name).toBeGreaterThan(0);
        expect([name, i, await diagnoseWith(dir, options)]).toEqual([name, i, fresh]);
      }
      for (const undo of undos) await undo();
      expect([name, await diagnoseWith(dir, options)]).toEqual([name, []]);
    }
  }, 60_000);
});
