import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseProject } from '../cases/project.js';
import { sop } from './run.js';

const DIR = ['--dir', 'procedures'];

/** A person found by the police whose age nobody knows yet. */
const UNKNOWN_AGE = `id: persona-rintracciata
title: Persona rintracciata di cui non si conosce l'età
facts: {}
start:
  step: alfa/minori#rintraccio
expect:
  - reaches: { role: ente-antitratta }
`;

describe('sop run', () => {
  it('prints the timeline as JSON: steps in order, actors, local bodies with public contacts, legal bases, time limits and the longest elapsed time', async () => {
    const root = await caseProject([{
      file: 'alfa/region.yaml',
      replace: 'contacts:\n',
      with: 'contacts:\n  - id: accoglienza-segreteria\n    actor: accoglienza-alfa\n    label: Segreteria dei centri\n    hours: lun–ven 9–17\n    audience: public\n  - id: accoglienza-reperibile\n    actor: accoglienza-alfa\n    label: Reperibilità interna\n    hours: 24 ore su 24\n    audience: restricted\n',
    }]);
    const result = await sop(root, ['run', 'minore-rintracciato', '--format', 'json', ...DIR]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.case).toEqual({ id: 'minore-rintracciato', title: 'Minore rintracciato dalle forze dell\'ordine', file: 'cases/minore-rintracciato.yaml' });
    expect(json.failures).toEqual([]);
    expect(json.regions.map((r: { region: string }) => r.region)).toEqual(['alfa']);
    const [branch] = json.regions[0].branches;
    expect(json.regions[0].branches).toHaveLength(1);
    expect(branch.assumed).toEqual([]);
    expect(branch.elapsed).toBe('P30D');
    expect(branch.steps.map((s: { step: string; elapsed: string }) => `${s.step} ${s.elapsed}`)).toEqual([
      'alfa/minori#rintraccio PT0S',
      'alfa/minori#segnalazione-procura PT0S',
      'alfa/minori#nomina-tutore PT0S',
      'alfa/minori#prima-accoglienza P30D',
      'alfa/minori#tutela P30D',
      'alfa/minori#colloqui-ente P30D',
    ]);
    const reception = branch.steps[3];
    expect(reception).toEqual({
      step: 'alfa/minori#prima-accoglienza',
      title: 'Prima accoglienza',
      stage: 'prima-assistenza',
      role: 'centro-accoglienza',
      actor: expect.stringMatching(/^Centro di accoglienza/),
      localBodies: [{ id: 'accoglienza-alfa', name: 'Centri di accoglienza di Alfa', contacts: [{ label: 'Segreteria dei centri', hours: 'lun–ven 9–17' }] }],
      legalBasis: [],
      timeLimit: 'P30D',
      elapsed: 'P30D',
      path: ['alfa/minori#rintraccio', 'alfa/minori#prima-accoglienza'],
      restricted: false,
    });
    // The guardian is reached both after the appointment and after reception: the longer path counts.
    expect(branch.steps[4].path).toEqual(['alfa/minori#rintraccio', 'alfa/minori#prima-accoglienza', 'alfa/minori#tutela']);
  });

  it('prints the timeline as Italian text by default and English with --lang en, across Regions', async () => {
    const root = await caseProject();
    const it = await sop(root, ['run', 'cases/trasferimento.yaml', ...DIR]);
    expect(it.code).toBe(0);
    const lines = it.stdout.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Caso: Trasferimento per motivi di sicurezza (cases/trasferimento.yaml)',
      '',
      'Regione: Regione Beta',
      '  1. Richiesta — Ente antitratta (progetto ex art. 18)',
      '     ente locale: Ente antitratta di Beta',
      '     termine: nessun termine',
      '  2. Coordinamento — Numero Verde Antitratta 800 290 290',
    ]);
    expect(lines).toContain('  3. Colloqui — Ente antitratta (progetto ex art. 18)');
    expect(lines).toContain('     ente locale: Ente antitratta di Alfa');
    expect(lines).toContain('     termine: entro 30 giorni · tempo massimo trascorso: entro 32 giorni');
    expect(lines).toContain('     base giuridica: D.Lgs. 25 luglio 1998, n. 286 (Testo unico immigrazione), art. 18 — Soggiorno per motivi di protezione sociale');
    expect(lines.at(-2)).toBe('  Durata massima del percorso: entro 32 giorni');
    const en = await sop(root, ['run', 'trasferimento', '--lang', 'en', ...DIR]);
    expect(en.stdout).toContain('     time limit: within 30 days · longest time elapsed: within 32 days\n');
    expect(en.stdout).toContain('  Longest duration of the pathway: within 32 days\n');
  });

  it('shows each branch where a fact is unknown, with the question and the value assumed', async () => {
    const root = await caseProject();
    await writeFile(path.join(root, 'cases/persona-rintracciata.yaml'), UNKNOWN_AGE);
    const json = JSON.parse((await sop(root, ['run', 'persona-rintracciata', '--format', 'json', ...DIR])).stdout);
    const branches = json.regions[0].branches as Array<{ assumed: Array<{ fact: string; value: unknown }>; steps: Array<{ step: string }> }>;
    expect(branches.map((b) => b.assumed.map((a) => `${a.fact}=${String(a.value)}`).join(' '))).toEqual([
      'minore=true',
      'minore=false eta-incerta=true',
      'minore=false eta-incerta=false',
    ]);
    expect(branches[2]!.steps.map((s) => s.step)).toEqual(['alfa/minori#rintraccio', 'alfa/adulti#colloqui', 'alfa/adulti#proposta', 'alfa/adulti#rilascio']);
    expect(branches[1]!.steps.map((s) => s.step)).toContain('alfa/minori#nomina-tutore');
    const text = await sop(root, ['run', 'persona-rintracciata', ...DIR]);
    expect(text.stdout).toContain('\n  se «La persona è minorenne, o dichiara di esserlo?» → no\n  se «Ci sono dubbi sull\'età della persona?» → sì\n  1. Rintraccio — ');
  });

  it('reports a failed assertion at its line with exit 1, a mistaken case file before running it, and an unknown case as a usage error', async () => {
    const root = await caseProject();
    await writeFile(path.join(root, 'cases/persona-rintracciata.yaml'), UNKNOWN_AGE.replace('role: ente-antitratta', 'role: tutore-volontario'));
    const failed = await sop(root, ['run', 'persona-rintracciata', ...DIR]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe('cases/persona-rintracciata.yaml:7:5  errore  In Regione Alfa il percorso non raggiunge il ruolo «tutore-volontario» (nel ramo minore: false, eta-incerta: false)  cases/reaches\n');
    await writeFile(path.join(root, 'cases/persona-rintracciata.yaml'), UNKNOWN_AGE.replace('facts: {}', 'facts:\n  minorenne: true\n  sfruttamento: lavorative'));
    const mistaken = await sop(root, ['run', 'persona-rintracciata', '--lang', 'en', ...DIR]);
    expect(mistaken).toMatchObject({ code: 1, stdout: '' });
    expect(mistaken.stderr).toBe([
      'cases/persona-rintracciata.yaml:4:3  error  Unknown fact "minorenne" (did you mean "minore"?)  cases/unknown-fact',
      'cases/persona-rintracciata.yaml:5:17  error  Invalid value "lavorative" for fact "sfruttamento": expected one of sessuale, lavorativo, accattonaggio, economie-criminali (did you mean "lavorativo"?)  cases/wrong-value',
      '',
    ].join('\n'));
    expect(await sop(root, ['run', 'nessuno', ...DIR])).toMatchObject({ code: 2, stderr: 'sop: Caso inesistente: nessuno (in cases)\n' });
  });
});
