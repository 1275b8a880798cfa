import { execFile } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { copyFixture, REPO, TODAY } from '../helpers.js';

async function sop(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = createIo({ cwd, color: false, out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  const code = await main(['node', 'sop', ...args], io);
  return { code, stdout, stderr };
}

const UNKNOWN_ROLE = { file: 'alfa/adulti.md', replace: 'actor: forze-ordine', with: 'actor: questura-rm' };
const REPEALED_EN = 'Legal reference "dlgs-286-1998-art-22-c12-quater" (D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 22, comma 12-quater — permesso per le vittime di sfruttamento lavorativo) was repealed by "dl-145-2024". Hint: cite "dlgs-286-1998-art-18-ter" instead';
const REPEALED_IT = 'Il riferimento normativo «dlgs-286-1998-art-22-c12-quater» (D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 22, comma 12-quater — permesso per le vittime di sfruttamento lavorativo) è stato abrogato da «dl-145-2024». Suggerimento: cita invece «dlgs-286-1998-art-18-ter»';
const REPEALED = { file: 'alfa/adulti.md', replace: '    legal_basis: [dlgs-286-1998-art-18]\n    terminal', with: '    legal_basis: [dlgs-286-1998-art-22-c12-quater]\n    terminal' };

describe('sop check', () => {
  it('exits 0 and summarises a clean corpus, in Italian by default', async () => {
    const dir = await copyFixture('base');
    expect(await sop(dir, 'check', '.', '--today', TODAY)).toEqual({ code: 0, stdout: '', stderr: '2 Regioni, 4 procedure controllate: 0 errori, 0 avvisi\n' });
    expect(await sop(dir, 'check', '.', '--today', TODAY, '--lang', 'en')).toEqual({ code: 0, stdout: '', stderr: '2 Regions, 4 procedures checked: 0 errors, 0 warnings\n' });
  });

  it('prints one clickable path:line:col line per diagnostic, in the chosen language', async () => {
    const dir = await copyFixture('base', [UNKNOWN_ROLE, REPEALED]);
    expect(await sop(dir, 'check', '.', '--today', TODAY)).toEqual({
      code: 1,
      stdout:
        `alfa/adulti.md:18:12  errore  Ruolo sconosciuto «questura-rm». Suggerimento: i ruoli sono definiti in _national/roles.yaml  refs/unknown-role\n` +
        `alfa/adulti.md:50:19  avviso  ${REPEALED_IT}  refs/repealed-legal-reference\n`,
      stderr: '2 Regioni, 4 procedure controllate: 1 errore, 1 avviso\n',
    });
    expect(await sop(dir, 'check', '.', '--today', TODAY, '--lang', 'en')).toEqual({
      code: 1,
      stdout:
        'alfa/adulti.md:18:12  error  Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml  refs/unknown-role\n' +
        `alfa/adulti.md:50:19  warning  ${REPEALED_EN}  refs/repealed-legal-reference\n`,
      stderr: '2 Regions, 4 procedures checked: 1 error, 1 warning\n',
    });
  });

  it('prints paths relative to the current directory', async () => {
    const dir = await copyFixture('base', [UNKNOWN_ROLE]);
    const result = await sop(`${dir}/alfa`, 'check', '..', '--today', TODAY);
    expect(result.stdout).toMatch(/^adulti\.md:18:12  errore  Ruolo sconosciuto «questura-rm»/);
    expect(JSON.parse((await sop(`${dir}/alfa`, 'check', '..', '--format', 'json', '--today', TODAY)).stdout)).toEqual([
      { file: 'adulti.md', line: 18, column: 12, severity: 'error', ruleId: 'refs/unknown-role', message: 'Ruolo sconosciuto «questura-rm». Suggerimento: i ruoli sono definiti in _national/roles.yaml' },
    ]);
  });

  it('keeps the grouped view of remark-lint with --format grouped', async () => {
    const result = await sop(await copyFixture('base', [UNKNOWN_ROLE, REPEALED]), 'check', '.', '--today', TODAY, '--format', 'grouped', '--lang', 'en');
    // vfile-reporter pads the message and rule columns to the longest entry.
    expect(result).toEqual({
      code: 1,
      stdout: [
        'alfa/adulti.md',
        `18:12-18:23 error   ${'Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml'.padEnd(REPEALED_EN.length)} ${'refs/unknown-role'.padEnd(29)} sop`,
        `50:19-50:50 warning ${REPEALED_EN} refs/repealed-legal-reference sop`,
        '',
        '2 messages (✖ 1 error, ⚠ 1 warning)',
        '',
      ].join('\n'),
      stderr: '2 Regions, 4 procedures checked: 1 error, 1 warning\n',
    });
  });

  it('prints one error and one warning as JSON with --format json', async () => {
    const result = await sop(await copyFixture('base', [UNKNOWN_ROLE, REPEALED]), 'check', '.', '--format', 'json', '--today', TODAY, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { file: 'alfa/adulti.md', line: 18, column: 12, severity: 'error', ruleId: 'refs/unknown-role', message: 'Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml' },
      { file: 'alfa/adulti.md', line: 50, column: 19, severity: 'warning', ruleId: 'refs/repealed-legal-reference', message: REPEALED_EN },
    ]);
  });

  it('prints GitHub Actions annotations with --format github', async () => {
    const dir = await copyFixture('base', [UNKNOWN_ROLE, REPEALED]);
    const result = await sop(dir, 'check', '.', '--format', 'github', '--today', TODAY, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      '::error file=alfa/adulti.md,line=18,col=12,title=refs/unknown-role::Unknown role "questura-rm". Hint: roles are defined in _national/roles.yaml\n' +
        `::warning file=alfa/adulti.md,line=50,col=19,title=refs/repealed-legal-reference::${REPEALED_EN}\n`,
    );
  });

  it('counts every procedure file found, also one that does not load', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/adulti.md', replace: 'population: [adults]', with: 'population: adults' }]);
    const result = await sop(dir, 'check', '.', '--today', TODAY);
    expect(result.stderr).toBe('2 Regioni, 4 procedure controllate: 1 errore, 0 avvisi\n');
  });

  it('lets warnings pass unless --strict', async () => {
    const dir = await copyFixture('base', [REPEALED]);
    expect((await sop(dir, 'check', '.', '--today', TODAY)).code).toBe(0);
    expect((await sop(dir, 'check', '.', '--today', TODAY, '--strict')).code).toBe(1);
  });

  it('keeps each file\'s parse in the build cache and reports the same with it, after an edit too', async () => {
    const dir = await copyFixture('base', [REPEALED]);
    const parsed = async () => (await readdir(path.join(dir, '.sop-cache', 'parsed'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    const cold = await sop(dir, 'check', '.', '--today', TODAY, '--format', 'json');
    // One parse per procedure file; the catalogue and Region files are read anew each time.
    expect(await parsed()).toHaveLength(4);
    expect(await sop(dir, 'check', '.', '--today', TODAY, '--format', 'json')).toEqual(cold);

    const file = path.join(dir, UNKNOWN_ROLE.file);
    await writeFile(file, (await readFile(file, 'utf8')).replace(UNKNOWN_ROLE.replace, UNKNOWN_ROLE.with));
    const edited = await sop(dir, 'check', '.', '--today', TODAY, '--format', 'json');
    expect(edited).toEqual(await sop(dir, 'check', '.', '--today', TODAY, '--format', 'json', '--no-cache'));
    expect(JSON.parse(edited.stdout).map((d: { ruleId: string }) => d.ruleId)).toEqual(['refs/unknown-role', 'refs/repealed-legal-reference']);
    // The edited file's old parse is dropped, its new one kept.
    expect(await parsed()).toHaveLength(4);

    // A damaged entry is parsed again, not trusted.
    const [version] = await readdir(path.join(dir, '.sop-cache', 'parsed'));
    for (const name of await parsed()) await writeFile(path.join(dir, '.sop-cache', 'parsed', version!, name), 'not a parse');
    expect(await sop(dir, 'check', '.', '--today', TODAY, '--format', 'json')).toEqual(edited);
  });

  it('keeps parses without their language: a cached parse error is printed in the language asked for', async () => {
    const dir = await copyFixture('base', [{ file: 'alfa/adulti.md', replace: 'consent: informed', with: 'consent: scritto' }]);
    const italian = await sop(dir, 'check', '.', '--today', TODAY);
    expect(italian.stdout).toMatch(/^alfa\/adulti\.md:25:18  errore  Valore non ammesso «scritto» per «consent»/);
    // Parsed once, in Italian; the same parse from the cache, in English.
    const english = await sop(dir, 'check', '.', '--today', TODAY, '--lang', 'en');
    expect(english).toEqual(await sop(dir, 'check', '.', '--today', TODAY, '--lang', 'en', '--no-cache'));
    expect(english.stdout).toMatch(/^alfa\/adulti\.md:25:18  error  Invalid value "scritto" for "consent"/);
    expect(await sop(dir, 'check', '.', '--today', TODAY)).toEqual(italian);
  });

  it('writes no cache with --no-cache, and keeps it where --cache-dir says', async () => {
    const dir = await copyFixture('base');
    await sop(dir, 'check', '.', '--today', TODAY, '--no-cache');
    await expect(stat(path.join(dir, '.sop-cache'))).rejects.toMatchObject({ code: 'ENOENT' });
    await sop(dir, 'check', '.', '--today', TODAY, '--cache-dir', '.check-cache');
    await expect(stat(path.join(dir, '.sop-cache'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await stat(path.join(dir, '.check-cache', 'parsed'))).isDirectory()).toBe(true);
  });

  it.each([
    [['check', 'no-such-folder'], /^sop: no-such-folder non esiste/],
    [['check', '.', '--format', 'xml'], /^sop: 'xml' non è un valore di --format: scegli tra compact, grouped, json, github/],
    [['check', '.', '--today', 'tomorrow'], /^sop: --today vuole una data AAAA-MM-GG, non "tomorrow"/],
    [['check', '--bogus'], /^sop: opzione sconosciuta '--bogus'/],
    [['frobnicate'], /^sop: comando sconosciuto 'frobnicate'/],
    [['check', '--lang', 'en', '--bogus'], /^sop: unknown option '--bogus'/],
    [['check', '.', '--lang', 'fr'], /^sop: 'fr' non è un valore di --lang: scegli tra it, en/],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const result = await sop(await copyFixture('base'), ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('the installed sop binary', () => {
  it('checks the shipped corpus by default and names its size', async () => {
    const { stderr } = await promisify(execFile)('node', ['bin/sop.js', 'check'], { cwd: REPO });
    expect(stderr).toMatch(/^9 Regioni, \d+ procedure controllate: 0 errori/);
  });

  it('exits 1 on a faulty corpus', async () => {
    const dir = await copyFixture('base', [UNKNOWN_ROLE]);
    const run = promisify(execFile)('node', [`${REPO}/bin/sop.js`, 'check', dir, '--format', 'json']);
    await expect(run).rejects.toMatchObject({ code: 1 });
  });
});
