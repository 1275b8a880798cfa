// An editor checks the Region or the file they are working on: the whole corpus is checked (so
// references into other Regions resolve) and only what concerns that part is reported.
import { readdir, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, TODAY } from '../helpers.js';
import { sop } from './run.js';

const UNKNOWN_ROLE = { file: 'alfa/adulti.md', replace: 'actor: forze-ordine', with: 'actor: questura-rm' };
const UNKNOWN_TARGET = { file: 'beta/trasferimento.md', replace: '      - to: coordinamento\n', with: '      - to: coordinamento-regionale\n' };

interface Diagnostic {
  file: string;
  ruleId: string;
}

async function checkJson(cwd: string, ...args: string[]) {
  const result = await sop(cwd, ['check', ...args, '--format', 'json', '--today', TODAY]);
  return { code: result.code, stderr: result.stderr, found: (JSON.parse(result.stdout) as Diagnostic[]).map((d) => `${d.file} ${d.ruleId}`) };
}

describe('sop check of a Region folder or one file', () => {
  it('checks the whole corpus, so a reference into another Region resolves', async () => {
    const root = await copyProject('base');
    // beta/trasferimento refers to alfa/adulti#colloqui: alone, that reference could not resolve.
    for (const part of ['procedures/beta', 'procedures/beta/trasferimento.md', 'procedures/beta/region.yaml']) {
      expect(await sop(root, ['check', part, '--today', TODAY]), part).toMatchObject({ code: 0, stdout: '' });
    }
  });

  it('reports only the diagnostics of the part named, says how many are elsewhere, and exits by the part', async () => {
    const root = await copyProject('base', [UNKNOWN_ROLE, UNKNOWN_TARGET]);
    const whole = await checkJson(root, 'procedures');
    const of = (prefix: string) => whole.found.filter((found) => found.startsWith(prefix));
    expect(of('procedures/alfa/')).toEqual(['procedures/alfa/adulti.md refs/unknown-role']);
    expect(of('procedures/beta/trasferimento.md ')).toContain('procedures/beta/trasferimento.md refs/unknown-step');

    expect(await checkJson(root, 'procedures/alfa')).toEqual({ code: 1, stderr: '', found: of('procedures/alfa/') });
    expect(await checkJson(root, 'procedures/beta/trasferimento.md')).toEqual({ code: 1, stderr: '', found: of('procedures/beta/trasferimento.md ') });
    // A clean file of a Region with errors passes.
    expect(await checkJson(root, 'procedures/alfa/asilo.md')).toEqual({ code: 0, stderr: '', found: [] });

    const pretty = await sop(root, ['check', 'procedures/alfa', '--today', TODAY]);
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain('procedures/alfa/adulti.md');
    expect(pretty.stdout).not.toContain('trasferimento');
    // The other problems are beta's (two, until follow-on diagnostics are suppressed).
    const beyond = whole.found.length - 1;
    expect(pretty.stderr.split('\n').at(-2)).toBe(`${beyond === 1 ? 'Un altro problema' : `Altri ${beyond} problemi`} in altri file di procedures/ (sop check procedures per vederli)`);
    const english = await sop(root, ['check', 'procedures/alfa/adulti.md', '--today', TODAY, '--lang', 'en']);
    const others = whole.found.length - 1;
    expect(english.stderr).toMatch(new RegExp(`\n${others} more in other files of procedures/ \\(sop check procedures to see ${others === 1 ? 'it' : 'them'}\\)\n$`));
  });

  it('finds the corpus from inside a Region folder, and names files from there', async () => {
    const root = await copyProject('base', [UNKNOWN_ROLE]);
    const region = path.join(root, 'procedures/alfa');
    expect(await checkJson(region, 'adulti.md')).toEqual({ code: 1, stderr: '', found: ['adulti.md refs/unknown-role'] });
    expect(await checkJson(region, '.')).toEqual({ code: 1, stderr: '', found: ['adulti.md refs/unknown-role'] });
    expect(await checkJson(region, '..')).toMatchObject({ code: 1, found: ['adulti.md refs/unknown-role'] });
  });

  it('without a folder, inside the corpus, works on the corpus around: sop check on the folder it is run in', async () => {
    const root = await copyProject('base', [UNKNOWN_ROLE, UNKNOWN_TARGET]);
    const alfa = path.join(root, 'procedures/alfa');
    expect(await checkJson(alfa)).toEqual({ code: 1, stderr: '', found: ['adulti.md refs/unknown-role'] });
    expect((await checkJson(path.join(root, 'procedures'))).found).toHaveLength((await checkJson(root)).found.length);
    // Commands that need the whole corpus take the corpus around.
    expect(await sop(path.join(root, 'procedures/beta'), ['graph', 'alfa/asilo', '--format', 'json'])).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown-role') });
    const clean = await copyProject('base');
    const graph = await sop(path.join(clean, 'procedures/beta'), ['graph', 'alfa/asilo', '--format', 'json']);
    expect(graph.code).toBe(0);
    expect(JSON.parse(graph.stdout)).toBeTruthy();
    // A build would write its output inside the corpus: it looks for procedures/ only.
    expect(await sop(path.join(clean, 'procedures/alfa'), ['build'])).toMatchObject({ code: 2, stderr: 'sop: Cartella inesistente: procedures\n' });
  });

  it('refuses a path that does not exist, and a file outside any corpus', async () => {
    const root = await copyProject('base');
    expect(await sop(root, ['check', 'procedures/alfa/nessuna.md'])).toEqual({
      code: 2, stdout: '', questions: [],
      stderr: 'sop: procedures/alfa/nessuna.md non esiste, o è un file fuori da una cartella di procedure (nessuna cartella _national/ sopra di esso)\n',
    });
    const outside = await mkdtemp(path.join(tmpdir(), 'sop-outside-'));
    await writeFile(path.join(outside, 'appunti.md'), '# Appunti\n');
    expect(await sop(outside, ['check', 'appunti.md'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^sop: appunti\.md non esiste, o è un file fuori/) });
  });

  it('takes the corpus as --dir or as the argument, and refuses two different folders', async () => {
    const root = await copyProject('base', [UNKNOWN_ROLE]);
    expect(await checkJson(root, '--dir', 'procedures')).toEqual(await checkJson(root, 'procedures'));
    expect(await checkJson(root, 'procedures/', '--dir', './procedures')).toMatchObject({ code: 1 });
    expect(await sop(root, ['check', 'procedures/alfa', '--dir', 'procedures'])).toMatchObject({
      code: 2, stdout: '', stderr: 'sop: Due cartelle diverse: procedures/alfa e --dir procedures. Suggerimento: indicane una sola\n',
    });
  });

  it('sop build and sop dev refuse a part of the corpus and name the command for one Region', async () => {
    const root = await copyProject('base');
    for (const command of ['build', 'dev']) {
      expect(await sop(root, [command, 'procedures/alfa'])).toMatchObject({
        code: 2, stdout: '',
        stderr: `sop: procedures/alfa è una parte delle procedure di procedures: sop ${command} crea il corpus intero. Suggerimento: sop ${command} --dir procedures --region alfa\n`,
      });
    }
    expect(await sop(root, ['build', '--dir', 'procedures/alfa/adulti.md', '--lang', 'en'])).toMatchObject({
      code: 2, stderr: 'sop: procedures/alfa/adulti.md is part of the corpus procedures: sop build builds a whole corpus. Hint: sop build --dir procedures --region alfa\n',
    });
    expect(await readdir(root)).toEqual(['procedures']);
    // The command it names works.
    expect(await sop(root, ['build', '--dir', 'procedures', '--region', 'alfa', '--no-pdf'])).toMatchObject({ code: 0 });
  }, 60_000);
});
