// The shipped corpus: complete, clean, illustrative and free of personal contact data.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../src/index.js';
import { REPO } from './helpers.js';

const ASTRA_REGIONS = [
  'calabria', 'emilia-romagna', 'friuli-venezia-giulia', 'lazio', 'liguria', 'piemonte', 'puglia', 'sicilia', 'toscana',
];

let result: CheckResult;
beforeAll(async () => {
  result = await check('procedures', { cwd: REPO });
});

describe('the shipped corpus', () => {
  it('has no errors', () => {
    const errors = result.files.flatMap((file) => file.messages.filter((m) => m.fatal).map((m) => `${file.path}:${m.line}:${m.column} ${m.reason}`));
    expect(errors).toEqual([]);
  });

  it('covers the nine Regions of the network with at least five procedures each', () => {
    const { regions } = result.loaded.corpus;
    expect([...regions.keys()].sort()).toEqual(ASTRA_REGIONS);
    for (const region of regions.values()) expect(region.procedures.size, region.id).toBeGreaterThanOrEqual(5);
    expect([...regions.values()].reduce((n, r) => n + r.procedures.size, 0)).toBeGreaterThanOrEqual(45);
  });

  it('covers every national stage and special pathway', () => {
    const procedures = [...result.loaded.corpus.regions.values()].flatMap((r) => [...r.procedures.values()]);
    const { stages, pathways } = result.loaded.corpus.catalogue;
    expect([...stages.keys()].filter((s) => !procedures.some((p) => p.stages.includes(s)))).toEqual([]);
    expect([...pathways.keys()].filter((s) => !procedures.some((p) => p.pathways.includes(s)))).toEqual([]);
    for (const population of ['adults', 'minors', 'families'] as const) {
      expect(procedures.some((p) => p.population.includes(population)), population).toBe(true);
    }
  });

  it('is marked illustrative in every Region', () => {
    for (const region of result.loaded.corpus.regions.values()) expect(region.illustrative, region.id).toBe(true);
  });

  it('contains no e-mail address and no phone number but the national helpline', async () => {
    const found: string[] = [];
    for (const entry of await readdir(path.join(REPO, 'procedures'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      // E-mail addresses, and Italian landline (0…), mobile (3…) and toll-free (80x) numbers.
      for (const match of text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+|(?:\+39\s?)?\b(?:0\d{1,3}|3\d{2}|80[03])[ .\/]?\d{3}[ .]?\d{3,4}\b/g)) {
        if (match[0].replace(/\D/g, '') !== '800290290') found.push(`${entry.name}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the national catalogue', () => {
  const catalogue = () => result.loaded.corpus.catalogue;
  const competent = (action: string) => [...catalogue().roles.values()].filter((r) => r.mandate.actions.includes(action)).map((r) => r.id);

  it('lets only the Questura issue residence permits', () => {
    expect(competent('issue-residence-permit')).toEqual(['questura-ufficio-immigrazione']);
  });

  it('lets only the anti-trafficking provider identify formally and admit to the programme', () => {
    expect(competent('formal-identification')).toEqual(['ente-antitratta']);
    expect(competent('programme-admission')).toEqual(['ente-antitratta']);
  });

  it('lets only the juvenile court appoint guardians', () => {
    expect(competent('assign-guardian')).toEqual(['tribunale-minorenni']);
  });

  it('records art. 22 c.12-quater TU as repealed by DL 145/2024 and replaced by art. 18-ter', () => {
    const repealed = catalogue().legalReferences.get('dlgs-286-1998-art-22-c12-quater');
    expect(repealed).toMatchObject({ repealedBy: 'dl-145-2024', replacedBy: 'dlgs-286-1998-art-18-ter' });
  });

  it('caps the minors deadlines of D.Lgs. 142/2015 art. 19', () => {
    expect(catalogue().actions.get('minor-identification')?.maxDuration).toBe('P10D');
    expect(catalogue().actions.get('minor-first-reception')?.maxDuration).toBe('P30D');
  });

  it('cites the legal reference that sets every maximum duration', () => {
    const limits = [...catalogue().actions.values()].filter((action) => action.maxDuration);
    expect(limits.map((action) => [action.id, action.maxDuration, action.maxDurationSource])).toEqual([
      ['suspend-asylum-procedure', 'P3M', 'cnda-unhcr-linee-guida-tratta'],
      ['order-age-assessment', 'P2D', 'dpcm-234-2016-art-3'],
      ['minor-identification', 'P10D', 'dlgs-142-2015-art-19'],
      ['minor-first-reception', 'P30D', 'dlgs-142-2015-art-19'],
      ['validate-detention', 'PT48H', 'dlgs-286-1998-art-14'],
    ]);
  });

  it('marks what removes or detains a person, and gives each to the body the law names', () => {
    const effects = [...catalogue().actions.values()].filter((action) => action.effect).map((action) => [action.id, action.effect, competent(action.id)]);
    expect(effects).toEqual([
      ['expulsion-order', 'removal', ['prefettura']],
      ['deferred-refoulement', 'removal', ['questura-ufficio-immigrazione']],
      ['border-escort', 'removal', ['questura-ufficio-immigrazione']],
      ['forced-return', 'removal', ['questura-ufficio-immigrazione']],
      ['detention-order', 'detention', ['questura-ufficio-immigrazione']],
      ['validate-detention', 'detention', ['giudice-di-pace']],
      ['hold-in-detention', 'detention', ['cpr']],
    ]);
    expect(catalogue().actions.get('voluntary-return')?.effect).toBeUndefined();
    expect(catalogue().actions.get('formal-identification')?.identification).toBe('formal');
    expect(competent('identification-excluded')).toEqual(['ente-antitratta']);
  });

  it('has the art. 18-bis permit for victims of domestic violence', () => {
    expect(catalogue().legalReferences.get('dlgs-286-1998-art-18-bis')?.article).toMatch(/^art\. 18-bis/);
    expect(catalogue().roles.get('questura-ufficio-immigrazione')?.legalBasis).toContain('dlgs-286-1998-art-18-bis');
  });
});

describe('the shipped corpus uses the safeguards of issue 17', () => {
  it('has a pathway where the expulsion follows only a justified negative identification', () => {
    const { actions } = result.loaded.corpus.catalogue;
    const procedures = [...result.loaded.corpus.regions.values()].flatMap((r) => [...r.procedures.values()]);
    const guarded = procedures.filter((p) => p.steps.some((s) => actions.get(s.actionKind)?.effect === 'removal') && p.steps.some((s) => actions.get(s.actionKind)?.identification === 'exclusion' && s.justification));
    expect(guarded.map((p) => `${p.region}/${p.id}`)).toContain('sicilia/cpr-indicatori-non-allontanamento');
  });

  it("records Piemonte's 2022 protocol with all its signatories", () => {
    const [protocol] = result.loaded.corpus.regions.get('piemonte')!.protocols;
    expect(protocol?.signed).toBe('2022-03-03');
    expect(protocol?.illustrative).toBe(true);
    expect(protocol?.signatories.map((s) => s.kind)).toEqual([
      'prefettura', 'commissione-territoriale', 'procura', 'procura-minorenni', 'questura', 'carabinieri', 'guardia-di-finanza', 'ispettorato-lavoro', 'regione', 'anci', 'istituto-ricerca',
    ]);
    expect(protocol?.signatories.filter((s) => !s.actor).map((s) => s.kind)).toEqual(['guardia-di-finanza', 'anci', 'istituto-ricerca']);
  });
});
