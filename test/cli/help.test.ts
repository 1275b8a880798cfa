// The command line speaks the editor's language: Italian by default, English with --lang en
// (anywhere on the command line) or SOP_LANG=en; commander's own words included.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { copyProject, REPO } from '../helpers.js';
import { sop } from './run.js';

const COMMANDS = [['check'], ['build'], ['dev'], ['diff'], ['graph'], ['new'], ['new', 'procedure'], ['new', 'region'], ['schema']];
/** Commander's English words, which must not reach an Italian help. */
const ENGLISH = ['Usage:', 'Options:', 'Arguments:', 'Commands:', 'Global Options:', 'display help', 'default:', 'choices:', '[options]', '[command]', 'output the version'];

/** Each option or argument row of a help text: its term, and its description (continuation lines joined). */
function rows(help: string): Map<string, string> {
  const found = new Map<string, string>();
  let last: string | undefined;
  for (const line of help.split('\n')) {
    const row = line.match(/^ {2}(\S.*?)(?: {2,}(.*))?$/);
    if (row) found.set((last = row[1]!), row[2] ?? '');
    else if (last !== undefined && /^ {4,}\S/.test(line)) found.set(last, `${found.get(last)} ${line.trim()}`);
    else last = undefined;
  }
  return found;
}

async function withEnv(env: Record<string, string>, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = createIo({ cwd: REPO, color: false, out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  const code = await main(['node', 'sop', ...args], io, env);
  return { code, stdout, stderr };
}

describe('sop --help', () => {
  it('is Italian by default for sop and every command, with every option and argument described', async () => {
    const root = await copyProject('base');
    for (const command of [[], ...COMMANDS]) {
      const { code, stdout, stderr } = await sop(root, [...command, '--help']);
      expect({ code, stderr }, command.join(' ')).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/^Uso: sop/);
      expect(stdout).toContain('  -h, --help');
      for (const word of ENGLISH) expect(stdout, `${command.join(' ')}: ${word}`).not.toContain(word);
      for (const [term, description] of rows(stdout)) expect(description, `${command.join(' ')} ${term}`).not.toBe('');
    }
  });

  it('is English with --lang en anywhere, or SOP_LANG=en, and says the same things', async () => {
    const root = await copyProject('base');
    for (const command of COMMANDS) {
      const italian = rows((await sop(root, [...command, '--help'])).stdout);
      const placements = [[...command, '--help', '--lang', 'en'], ['--lang', 'en', ...command, '--help'], [...command, '--lang=en', '--help']];
      const helps = await Promise.all(placements.map(async (args) => (await sop(root, args)).stdout));
      helps.push((await withEnv({ SOP_LANG: 'en' }, [...command, '--help'])).stdout);
      for (const help of helps) expect(help).toBe(helps[0]);
      const english = helps[0]!;
      expect(english).toMatch(/^Usage: sop/);
      // The same rows, each in other words (placeholders of values are translated too).
      const flags = (found: Map<string, string>) => [...found.keys()].filter((term) => term.startsWith('-')).map((term) => term.replace(/[<[].*$/, '').trim());
      expect(flags(rows(english))).toEqual(flags(italian));
      const englishDescriptions = new Set(rows(english).values());
      for (const [term, description] of italian) expect(englishDescriptions.has(description), `${command.join(' ')} ${term}: ${description}`).toBe(false);
    }
  });

  it('lists every command, in the help that bare sop prints and exits 0 with', async () => {
    const bare = await sop(REPO, []);
    expect(bare).toMatchObject({ code: 0, stderr: '' });
    expect(bare.stdout).toBe((await sop(REPO, ['--help'])).stdout);
    for (const command of ['check', 'build', 'dev', 'diff', 'graph', 'new', 'schema', 'help']) expect(bare.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    expect((await sop(REPO, ['--lang', 'en'])).stdout).toMatch(/^Usage: sop \[options\] \[command\]\n\nWrite, check and publish/);
  });
});

describe('sop --version', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await sop(REPO, [flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors', () => {
  it.each([
    [['chek'], "sop: comando sconosciuto 'chek' (forse intendevi check?)", "sop: unknown command 'chek' (Did you mean check?)"],
    [['check', '--formt', 'json'], "sop: opzione sconosciuta '--formt' (forse intendevi --format?)", "sop: unknown option '--formt' (Did you mean --format?)"],
    [['check', '--format'], "sop: all'opzione '--format' manca il valore", "sop: option '--format' argument missing"],
    [['check', '--format', 'xml'], "sop: 'xml' non è un valore di --format: scegli tra compact, grouped, json, github", "sop: 'xml' is not a value of --format: choose one of compact, grouped, json, github"],
    [['diff'], "sop: manca l'argomento obbligatorio 'da'", "sop: missing required argument 'from'"],
    [['check', 'a', 'b'], 'sop: troppi argomenti: ne sono previsti 1, ricevuti 2', 'sop: too many arguments: expected 1, got 2'],
    [['check', 'nessuna-cartella'], 'sop: nessuna-cartella non esiste, o è un file fuori da una cartella di procedure (nessuna cartella _national/ sopra di esso)', 'sop: nessuna-cartella does not exist, or is a file outside any corpus (no _national/ folder above it)'],
    [['graph', 'alfa', '--dir', 'nessuna'], 'sop: Cartella inesistente: nessuna', 'sop: No such folder: nessuna'],
  ])('sop %j: in Italian, or English with --lang en (exit 2)', async (args, italian, english) => {
    const it = await sop(REPO, args);
    expect(it.code).toBe(2);
    expect(it.stdout).toBe('');
    expect(it.stderr.split('\n')[0]).toBe(italian);
    const en = await sop(REPO, [...args, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe(english);
  });

  it('refuses a language it does not speak', async () => {
    const result = await sop(REPO, ['check', '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("sop: 'fr' non è un valore di --lang: scegli tra it, en");
    // An unknown SOP_LANG is no reason to fail: Italian, the default.
    expect((await withEnv({ SOP_LANG: 'fr' }, ['--help'])).stdout).toMatch(/^Uso: sop/);
  });
});
