// `sop diff` and referral conditions: a `when:` changed, added or removed is a change of the
// referral, said in words from the facts' labels; the same condition written in another key
// order is no change; the JSON carries each condition as YAML flow text.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { createIo } from '../../src/cli/io.js';
import { AGE_BRANCHES } from '../cases/project.js';
import { copyProject, REPO } from '../helpers.js';

const run = promisify(execFile);

async function sop(cwd: string, ...args: string[]) {
  let stdout = '';
  const code = await main(['node', 'sop', ...args], createIo({ cwd, color: false, out: (t) => void (stdout += t), err: () => undefined }));
  return { code, stdout };
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=Gruppo di lavoro', '-c', 'user.email=gdl@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd });
  return stdout.trim();
}

/** The minors' first step, as AGE_BRANCHES writes it, revised by a working group. */
const REVISED: Array<[string, string]> = [
  // Narrowed: only a declared minor goes to the prosecutor.
  ['        when: { any: [ { minore: true }, { eta-incerta: true } ] }\n      - to: prima-accoglienza', '        when: { minore: true }\n      - to: prima-accoglienza'],
  // Dropped: reception for every person found.
  ['      - to: prima-accoglienza\n        consent: not-required\n        when: { any: [ { minore: true }, { eta-incerta: true } ] }\n', '      - to: prima-accoglienza\n        consent: not-required\n'],
  // The same condition, keys swapped: nothing a signatory approves changed.
  ['        when: { minore: false, eta-incerta: false }', '        when: { eta-incerta: false, minore: false }'],
  // Added to a referral that always applied, and a new referral with a condition.
  ['      - to: nomina-tutore\n        consent: not-required\n', '      - to: nomina-tutore\n        consent: not-required\n        when: { not: { vuole-rientrare: true } }\n      - to: tutela\n        consent: not-required\n        when: { sfruttamento: [lavorativo, accattonaggio] }\n'],
];

describe('sop diff on when: conditions', () => {
  let root: string;
  beforeAll(async () => {
    root = await copyProject('base', [AGE_BRANCHES]);
    await git(root, 'init', '-q');
    await git(root, 'add', 'procedures');
    await git(root, 'commit', '-q', '-m', 'Prima versione');
    const file = path.join(root, 'procedures', 'alfa', 'minori.md');
    let text = await readFile(file, 'utf8');
    for (const [from, to] of REVISED) {
      expect(text.split(from).length - 1, from).toBe(1);
      text = text.replace(from, to);
    }
    await writeFile(file, text);
  }, 30_000);

  it('says each changed, added or removed condition in words, as a change of its referral', async () => {
    const { code, stdout } = await sop(root, 'diff', 'HEAD');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('`rintraccio`, invio a `segnalazione-procura`'));
    expect(lines.slice(at, at + 9)).toEqual([
      '  - Passo `rintraccio`, invio a `segnalazione-procura`: condizione sui fatti del caso (when) cambiata',
      '      prima: Minorenne: sì oppure Età incerta: sì',
      '      ora: Minorenne: sì',
      '  - Passo `rintraccio`, invio a `prima-accoglienza`: condizione sui fatti del caso (when) cambiata',
      '      prima: Minorenne: sì oppure Età incerta: sì',
      '      ora: sempre (nessuna condizione)',
      '  - Passo `segnalazione-procura`, invio a `nomina-tutore`: condizione sui fatti del caso (when) cambiata',
      '      prima: sempre (nessuna condizione)',
      '      ora: Vuole rientrare: no',
    ]);
    expect(lines[at + 9]).toBe('  - Passo `segnalazione-procura`: invio a `tutela` aggiunto: si applica se: Tipo di sfruttamento: lavorativo o accattonaggio forzato; consenso non richiesto');
    expect(stdout).not.toContain('adulti#colloqui');
  });

  it('in English with --lang en', async () => {
    const { stdout } = await sop(root, 'diff', 'HEAD', '--lang', 'en');
    expect(stdout).toContain('  - Step `rintraccio`, referral to `segnalazione-procura`: condition on the case facts (when) changed\n      before: Minor: yes or Age in doubt: yes\n      now: Minor: yes\n');
    expect(stdout).toContain('referral to `tutela` added: applies if: Exploitation type: labour or forced begging; consent not required');
  });

  it('gives each condition in the JSON as YAML flow text, valid against schemas/diff.schema.json', async () => {
    const { stdout } = await sop(root, 'diff', 'HEAD', '--format', 'json');
    const diff = JSON.parse(stdout);
    const validate = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(await readFile(path.join(REPO, 'schemas/diff.schema.json'), 'utf8')));
    validate(diff);
    expect(validate.errors ?? []).toEqual([]);
    const steps = diff.procedures[0].steps;
    expect(steps[0]).toEqual({ change: 'changed', id: 'rintraccio', fields: [], referrals: [
      { change: 'changed', to: 'segnalazione-procura', fields: [{ field: 'when', from: '{ any: [ { minore: true }, { eta-incerta: true } ] }', to: '{ minore: true }' }] },
      { change: 'changed', to: 'prima-accoglienza', fields: [{ field: 'when', from: '{ any: [ { minore: true }, { eta-incerta: true } ] }', to: null }] },
    ] });
    expect(steps[1].referrals[1]).toEqual({ change: 'added', to: 'tutela', referral: { to: 'tutela', when: '{ sfruttamento: [ lavorativo, accattonaggio ] }', consent: 'not-required' } });
  });
});
