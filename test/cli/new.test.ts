import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/diagnostic-lines.js';
import { check } from '../../src/index.js';
import { slugify, uniqueId } from '../../src/scaffold/slug.js';
import { copyProject, REPO, TODAY } from '../helpers.js';
import { sop } from './run.js';

/** Every diagnostic of the project's corpus, judged on TODAY. */
async function diagnostics(project: string) {
  const result = await check('procedures', { cwd: project, today: TODAY });
  return toJson(result.files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`);
}

/** The file a `# yaml-language-server` line in `file` points at. */
async function modelineTarget(file: string): Promise<string> {
  const match = /^# yaml-language-server: \$schema=(\S+)$/m.exec(await readFile(file, 'utf8'));
  if (!match) throw new Error(`no schema modeline in ${file}`);
  return path.resolve(path.dirname(file), match[1]!);
}

describe('sop new procedure', () => {
  it('creates a draft from flags that passes sop check with no warning', async () => {
    const project = await copyProject('base');
    const result = await sop(project, ['new', 'procedure', '--region', 'beta', '--title', 'Identificazione e prima accoglienza', '--review-by', '2026-06-30']);
    expect(result).toMatchObject({ code: 0, stdout: 'procedures/beta/identificazione-e-prima-accoglienza.md\n', stderr: '' });
    const file = path.join(project, 'procedures/beta/identificazione-e-prima-accoglienza.md');
    const text = await readFile(file, 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual(['---', expect.stringMatching(/^# yaml-language-server: \$schema=.*\/schemas\/procedure\.schema\.json$/)]);
    // No schemas/ folder in the project: the modeline points at the schemas shipped with sopbook.
    expect(await modelineTarget(file)).toBe(path.join(REPO, 'schemas/procedure.schema.json'));
    for (const line of [
      'id: identificazione-e-prima-accoglienza',
      'title: Identificazione e prima accoglienza',
      'region: beta',
      'version: 0.1.0',
      'review_by: 2026-06-30',
      '#   - ente-antitratta  # Ente antitratta (progetto ex art. 18) — ente-beta: Ente antitratta di Beta',
      '#   - numero-verde     # Numero Verde Antitratta 800 290 290 — nv-beta: Numero Verde Antitratta',
      'roles: [ente-antitratta]',
      '    actor: ente-antitratta',
      '    action_kind: outreach',
      '    terminal: true            # il percorso termina qui / the pathway ends here',
    ]) expect(text.split('\n')).toContain(line);
    expect(text).toMatch(/^status: draft\b/m);
    expect(await diagnostics(project)).toEqual([]);
    const procedure = (await check('procedures', { cwd: project, today: TODAY })).loaded.corpus.regions.get('beta')?.procedures.get('identificazione-e-prima-accoglienza');
    expect(procedure).toMatchObject({ title: 'Identificazione e prima accoglienza', status: 'draft', version: '0.1.0', reviewBy: '2026-06-30', roles: ['ente-antitratta'] });
  });

  it('sets the review date a year from today by default and quotes titles YAML would misread', async () => {
    const project = await copyProject('base');
    const title = "Referral: l'ente # e la Commissione";
    const result = await sop(project, ['new', 'procedure', '--region', 'alfa', '--title', title]);
    expect(result).toMatchObject({ code: 0, stdout: 'procedures/alfa/referral-l-ente-e-la-commissione.md\n', stderr: '' });
    const nextYear = new Date();
    nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
    const procedure = (await check('procedures', { cwd: project, today: TODAY })).loaded.corpus.regions.get('alfa')?.procedures.get('referral-l-ente-e-la-commissione');
    expect(procedure).toMatchObject({ title, reviewBy: nextYear.toISOString().slice(0, 10) });
    expect(await diagnostics(project)).toEqual([]);
  });

  it("points the modeline at the project's own schemas/ when there is one", async () => {
    const project = await copyProject('base');
    expect((await sop(project, ['schema', '--out', 'schemas'])).code).toBe(0);
    expect((await sop(project, ['new', 'procedure', '--region', 'alfa', '--title', 'Rimpatrio'])).code).toBe(0);
    const text = await readFile(path.join(project, 'procedures/alfa/rimpatrio.md'), 'utf8');
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=../../schemas/procedure.schema.json');
  });

  it('makes the id unique in the Region with -2, -3…', async () => {
    const project = await copyProject('base');
    const created = [];
    // alfa already has adulti.md.
    for (let i = 0; i < 3; i++) created.push((await sop(project, ['new', 'procedure', '--region', 'alfa', '--title', 'Adulti'])).stdout);
    expect(created).toEqual(['procedures/alfa/adulti-2.md\n', 'procedures/alfa/adulti-3.md\n', 'procedures/alfa/adulti-4.md\n']);
    expect(await readFile(path.join(project, 'procedures/alfa/adulti-3.md'), 'utf8')).toMatch(/^id: adulti-3$/m);
    expect(await diagnostics(project)).toEqual([]);
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/adulti.md');
    const before = await readFile(file);
    const result = await sop(project, ['new', 'procedure', '--region', 'alfa', '--title', 'Nuovi adulti', '--id', 'adulti']);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'sop: procedures/alfa/adulti.md esiste già: non è stato toccato\n' });
    expect(await readFile(file)).toEqual(before);
  });

  it('without a terminal, a missing or wrong flag is a usage error', async () => {
    const project = await copyProject('base');
    expect(await sop(project, ['new', 'procedure', '--title', 'Adulti'])).toMatchObject({ code: 2, stdout: '', stderr: 'sop: manca --region\n', questions: [] });
    expect(await sop(project, ['new', 'procedure', '--region', 'alfa'])).toMatchObject({ code: 2, stderr: 'sop: manca --title\n' });
    expect(await sop(project, ['new', 'procedure', '--region', 'gamma', '--title', 'Adulti'])).toMatchObject({
      code: 2,
      stderr: 'sop: Regione sconosciuta "gamma": le Regioni sono alfa (Regione Alfa), beta (Regione Beta)\n',
    });
    expect(await sop(project, ['new', 'procedure', '--region', 'alfa', '--title', 'Adulti', '--id', 'Adulti'])).toMatchObject({
      code: 2,
      stderr: 'sop: "Adulti" non è un id di procedura valido: usa lettere minuscole, cifre e trattini singoli (es. "emersione-segnalazione")\n',
    });
    expect(await sop(project, ['new', 'procedure', '--region', 'alfa', '--title', '¿?'])).toMatchObject({
      code: 2,
      stderr: 'sop: impossibile ricavare un id dal titolo "¿?": indicalo con --id\n',
    });
  });

  it('refuses a Region whose region.yaml does not load', async () => {
    const project = await copyProject('base', [{ file: 'beta/region.yaml', replace: 'name: Regione Beta', with: 'nome: Regione Beta' }]);
    expect(await sop(project, ['new', 'procedure', '--region', 'beta', '--title', 'Adulti'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'sop: La Regione "beta" non si carica: correggi prima il suo region.yaml (sop check)\n',
    });
  });

  it('in a terminal, asks for the Region (listing them) and the title', async () => {
    const project = await copyProject('base');
    const result = await sop(project, ['new', 'procedure'], ['gamma', 'beta', 'Rimpatrio volontario assistito']);
    expect(result).toEqual({
      code: 0,
      stdout: 'Regioni: alfa (Regione Alfa), beta (Regione Beta)\nprocedures/beta/rimpatrio-volontario-assistito.md\n',
      stderr: 'Regione sconosciuta "gamma": le Regioni sono alfa (Regione Alfa), beta (Regione Beta)\n',
      questions: ['Regione: ', 'Regione: ', 'Titolo: '],
    });
    expect(await readFile(path.join(project, 'procedures/beta/rimpatrio-volontario-assistito.md'), 'utf8')).toMatch(/^title: Rimpatrio volontario assistito$/m);
    expect(await diagnostics(project)).toEqual([]);
  });

  it('in a terminal, an empty answer gives up', async () => {
    const project = await copyProject('base');
    expect(await sop(project, ['new', 'procedure', '--region', 'beta'], [''])).toMatchObject({ code: 2, stderr: 'sop: manca --title\n', questions: ['Titolo: '] });
  });
});

describe('sop new region', () => {
  it('creates a Region that passes sop check, and a procedure in it that does too', async () => {
    const project = await copyProject('base');
    const result = await sop(project, ['new', 'region', 'gamma', '--name', "Valle d'Aosta"]);
    expect(result).toMatchObject({ code: 0, stdout: 'procedures/gamma/region.yaml\n', stderr: '' });
    const file = path.join(project, 'procedures/gamma/region.yaml');
    expect(await modelineTarget(file)).toBe(path.join(REPO, 'schemas/region.schema.json'));
    expect(await diagnostics(project)).toEqual([]);
    const region = (await check('procedures', { cwd: project, today: TODAY })).loaded.corpus.regions.get('gamma');
    expect(region).toMatchObject({ id: 'gamma', name: "Valle d'Aosta", illustrative: true, project: { lead: 'regione-gamma' } });
    expect(region?.contacts).toMatchObject([{ actor: 'numero-verde', phone: '800 290 290', audience: 'public' }]);

    // No anti-trafficking provider yet: the example step is the Numero Verde's.
    expect((await sop(project, ['new', 'procedure', '--region', 'gamma', '--title', 'Primo contatto'])).code).toBe(0);
    const text = await readFile(path.join(project, 'procedures/gamma/primo-contatto.md'), 'utf8');
    expect(text).toMatch(/^ {4}actor: numero-verde\n {4}# local_actor: numero-verde\b/m);
    expect(text).toMatch(/^ {4}action_kind: helpline-support$/m);
    expect(await diagnostics(project)).toEqual([]);
  });

  it('asks for the id and the name in a terminal', async () => {
    const project = await copyProject('base');
    const result = await sop(project, ['new', 'region'], ['Gamma', 'gamma', 'Regione Gamma']);
    expect(result).toMatchObject({ code: 0, stdout: 'procedures/gamma/region.yaml\n' });
    expect(result.questions).toEqual([
      'Id della Regione (nome della cartella): ',
      'Id della Regione (nome della cartella): ',
      'Nome della Regione: ',
    ]);
    expect(await diagnostics(project)).toEqual([]);
  });

  it('refuses an existing Region, and a missing name without a terminal', async () => {
    const project = await copyProject('base');
    const file = path.join(project, 'procedures/alfa/region.yaml');
    const before = await readFile(file);
    expect(await sop(project, ['new', 'region', 'alfa', '--name', 'Alfa'])).toMatchObject({ code: 1, stderr: 'sop: procedures/alfa/region.yaml esiste già: non è stato toccato\n' });
    expect(await readFile(file)).toEqual(before);
    expect(await sop(project, ['new', 'region', 'gamma'])).toMatchObject({ code: 2, stderr: 'sop: manca --name\n' });
    expect(await sop(project, ['new', 'region', '--name', 'Gamma'])).toMatchObject({ code: 2, stderr: 'sop: manca <id>\n' });
  });
});

describe('ids from titles', () => {
  it('folds accents, drops punctuation and cuts long titles at a word boundary', () => {
    expect(slugify('Identificazione e prima accoglienza')).toBe('identificazione-e-prima-accoglienza');
    expect(slugify("Attività dell'ente: è già così")).toBe('attivita-dell-ente-e-gia-cosi');
    expect(slugify('  Art. 18 -- percorso SOCIALE ')).toBe('art-18-percorso-sociale');
    expect(slugify('Emersione, identificazione preliminare e segnalazione diretta all’ente antitratta')).toBe('emersione-identificazione-preliminare-e-segnalazione-diretta');
    expect(slugify('¿?')).toBe('');
  });

  it('suffixes a taken id', () => {
    expect(uniqueId('adulti', new Set())).toBe('adulti');
    expect(uniqueId('adulti', new Set(['adulti', 'adulti-2']))).toBe('adulti-3');
  });
});
