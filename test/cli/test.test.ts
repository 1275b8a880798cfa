import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseProject, NO_GUARDIAN_APPOINTMENT } from '../cases/project.js';
import { sop } from './run.js';

const DIR = ['--dir', 'procedures'];

/*
 * Coverage of the fixture with its three cases. Regione Alfa has 13 steps (adulti 4, asilo 3,
 * minori 6) and 12 referrals (adulti 3, asilo 2, minori 7 with the age branches); no case goes
 * through the asylum procedure, so its 3 steps and 2 referrals are missed. Regione Beta's 2 steps
 * and 2 referrals are all taken by the transfer.
 */
const COVERAGE = [
  'Copertura: passi e invii percorsi dai casi, per Regione; sotto, quelli che nessun caso percorre:',
  'Regione Alfa: passi 10/13 (77%), invii 10/12 (83%)',
  '  procedures/alfa/asilo.md:16:9  passo «informativa» (Informativa)',
  '  procedures/alfa/asilo.md:24:9  passo «colloqui-ente» (Colloqui ente)',
  '  procedures/alfa/asilo.md:32:9  passo «decisione» (Decisione)',
  '  procedures/alfa/asilo.md:22:13  invio «informativa» → «colloqui-ente»',
  '  procedures/alfa/asilo.md:30:13  invio «colloqui-ente» → «decisione»',
  'Regione Beta: passi 2/2 (100%), invii 2/2 (100%)',
  '',
];

describe('sop test', () => {
  it('passes when every assertion holds, and prints the coverage of each Region', async () => {
    const result = await sop(await caseProject(), ['test', ...DIR]);
    expect(result).toEqual({ code: 0, stderr: '', questions: [], stdout: ['3 casi superati.', '', ...COVERAGE].join('\n') });
  });

  it('fails with the file:line:col of the assertion when the guardian\'s appointment is removed from the minors\' procedure', async () => {
    const result = await sop(await caseProject(NO_GUARDIAN_APPOINTMENT), ['test', ...DIR]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'cases/minore-rintracciato.yaml:13:5  errore  In Regione Alfa il percorso non raggiunge il tipo di azione «assign-guardian»  cases/reaches',
      '1 errore in 3 casi.',
      '',
      'Copertura: passi e invii percorsi dai casi, per Regione; sotto, quelli che nessun caso percorre:',
    ]);
    expect(result.stdout).toContain('Regione Alfa: passi 9/12 (75%), invii 9/11 (82%)\n');
  });

  it('reports every kind of failed assertion, in English with --lang en', async () => {
    const root = await caseProject();
    await writeFile(path.join(root, 'cases/minore-rintracciato.yaml'), [
      'id: minore-rintracciato',
      'title: Minore rintracciato',
      'facts: { minore: true }',
      'start: { step: alfa/minori#rintraccio }',
      'expect:',
      '  - never: { role: tutore-volontario }',
      '  - within: P10D',
      '  - passes: { step: alfa/adulti#rilascio }',
      '',
    ].join('\n'));
    const result = await sop(root, ['test', '--lang', 'en', ...DIR]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'cases/minore-rintracciato.yaml:6:5  error  In Regione Alfa the pathway reaches role "tutore-volontario" at step "alfa/minori#tutela"  cases/never',
      'cases/minore-rintracciato.yaml:7:5  error  In Regione Alfa the pathway can take 30 days (up to step "alfa/minori#prima-accoglienza"), more than 10 days (P10D)  cases/within',
      'cases/minore-rintracciato.yaml:8:5  error  In Regione Alfa the pathway does not reach step "alfa/adulti#rilascio"  cases/passes',
      '3 errors in 3 cases.',
    ]);
  });

  it('reports where a case cannot start, and ids it names that do not exist', async () => {
    const root = await caseProject();
    await writeFile(path.join(root, 'cases/adulta-in-strada.yaml'), [
      'id: adulta-in-strada',
      'title: Donna adulta',
      'facts: { minore: false, eta-incerta: false }',
      'start: { role: forze-ordine }',
      'regions: [alfa, beta]',
      'expect:',
      '  - reaches: { role: ente-antitratta }',
      '',
    ].join('\n'));
    await writeFile(path.join(root, 'cases/sbagliato.yaml'), [
      'id: sbagliato',
      'title: Caso con riferimenti sbagliati',
      'facts: {}',
      'start: { role: forze-ordine, step: alfa/minori#rintraccio }',
      'expect:',
      '  - reaches: { role: tutore, action_kind: assign-guardians, stage: prima-assistenza }',
      '  - never: { step: alfa/minori#tutel }',
      '',
    ].join('\n'));
    const result = await sop(root, ['test', ...DIR]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 6)).toEqual([
      'cases/adulta-in-strada.yaml:5:17  errore  Nella Regione «beta» nessun passo iniziale corrisponde a «start»  cases/start',
      'cases/sbagliato.yaml:4:1  errore  «start» indica un ruolo (con la fase, facoltativa) oppure un passo, non entrambi  cases/start',
      'cases/sbagliato.yaml:6:22  errore  Ruolo sconosciuto «tutore»  refs/unknown-role',
      'cases/sbagliato.yaml:6:43  errore  Tipo di azione sconosciuto «assign-guardians» (forse intendevi «assign-guardian»?)  refs/unknown-action',
      'cases/sbagliato.yaml:7:20  errore  Passo sconosciuto «tutel» (forse intendevi «tutela»?)  refs/unknown-step',
      '5 errori in 4 casi.',
    ]);
  });

  it('gives the results and the coverage as JSON, and only for one Region with --region', async () => {
    const json = JSON.parse((await sop(await caseProject(), ['test', '--format', 'json', '--region', 'beta', ...DIR])).stdout);
    expect(json.passed).toBe(true);
    expect(json.failures).toEqual([]);
    expect(json.cases).toEqual([
      { id: 'adulta-in-strada', file: 'cases/adulta-in-strada.yaml', regions: [], failures: 0 },
      { id: 'minore-rintracciato', file: 'cases/minore-rintracciato.yaml', regions: [], failures: 0 },
      { id: 'trasferimento', file: 'cases/trasferimento.yaml', regions: ['beta'], failures: 0 },
    ]);
    expect(json.coverage).toEqual([{
      region: 'beta',
      name: 'Regione Beta',
      steps: { total: 2, covered: 2, percent: 100, missed: [] },
      referrals: { total: 2, covered: 2, percent: 100, missed: [] },
    }]);
  });

  it('refuses to run cases on a corpus with errors, and an unknown Region as a usage error', async () => {
    const broken = await sop(await caseProject([{ file: 'alfa/minori.md', replace: 'when: { minore: false, eta-incerta: false }', with: 'when: { minore: false, eta-incerta: no }' }]), ['test', ...DIR]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('procedures/alfa/minori.md:27:45  errore  Valore «no» non valido per il fatto «eta-incerta»: si aspetta true o false  cases/wrong-value');
    expect(await sop(await caseProject(), ['test', '--region', 'gamma', ...DIR])).toMatchObject({ code: 2, stderr: 'sop: Regione inesistente: gamma\n' });
  });
});

describe('sop test piped into a reader that stops early', () => {
  it('exits quietly when the pipe closes, as `sop test | head` does', async () => {
    const { spawn } = await import('node:child_process');
    const { REPO } = await import('../helpers.js');
    const root = await caseProject();
    // The reader goes after the first chunk: what sop writes after it meets a closed pipe.
    const child = spawn(process.execPath, [path.join(REPO, 'bin/sop.js'), 'test', ...DIR], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 30_000);
});
