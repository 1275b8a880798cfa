// The merge on a corpus with known answers: nord and sud agree but for a time limit; est refers
// to the helpline instead of the provider and has no formal identification.
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { mergeNational } from '../../src/model/national.js';
import type { NationalModel } from '../../src/model/types.js';
import { copyFixture, TODAY } from '../helpers.js';

let model: NationalModel;
beforeAll(async () => {
  const result = await check('.', { cwd: await copyFixture('national'), today: TODAY });
  expect(result.errors).toBe(0);
  model = mergeNational(result.loaded.corpus);
});

const step = (region: string, procedure: string, id: string) => ({ region, procedure, step: id });

describe('the national merge', () => {
  it('groups every regional step under its (stage, role) node', () => {
    expect(model.nodes).toEqual([
      { id: 'identificazione-formale/ente-antitratta', stage: 'identificazione-formale', role: 'ente-antitratta', regions: ['nord', 'sud'], steps: [step('nord', 'identificazione', 'colloqui'), step('sud', 'identificazione', 'colloqui')] },
      { id: 'identificazione-preliminare/forze-ordine', stage: 'identificazione-preliminare', role: 'forze-ordine', regions: ['est', 'nord', 'sud'], steps: [step('est', 'segnalazione', 'rilevazione'), step('nord', 'identificazione', 'rilevazione'), step('sud', 'identificazione', 'rilevazione')] },
      { id: 'segnalazione/numero-verde', stage: 'segnalazione', role: 'numero-verde', regions: ['est'], steps: [step('est', 'segnalazione', 'chiamata')] },
    ]);
  });

  it('aggregates referrals over Regions with time-limit range, consent and legal bases', () => {
    expect(model.edges).toEqual([
      {
        id: 'identificazione-preliminare/forze-ordine->identificazione-formale/ente-antitratta',
        from: 'identificazione-preliminare/forze-ordine',
        to: 'identificazione-formale/ente-antitratta',
        regions: ['nord', 'sud'],
        timeLimit: { min: 'PT24H', max: 'P2D' },
        consent: { nord: ['informed'], sud: ['informed'] },
        legalBasis: { 'l-228-2003-art-13': ['nord', 'sud'] },
        referrals: [
          { from: step('nord', 'identificazione', 'rilevazione'), to: step('nord', 'identificazione', 'colloqui'), timeLimit: 'PT24H', consent: 'informed', legalBasis: ['l-228-2003-art-13'] },
          { from: step('sud', 'identificazione', 'rilevazione'), to: step('sud', 'identificazione', 'colloqui'), timeLimit: 'P2D', consent: 'informed', legalBasis: ['l-228-2003-art-13'] },
        ],
      },
      {
        id: 'identificazione-preliminare/forze-ordine->segnalazione/numero-verde',
        from: 'identificazione-preliminare/forze-ordine',
        to: 'segnalazione/numero-verde',
        regions: ['est'],
        timeLimit: { min: 'PT24H', max: 'PT24H' },
        consent: { est: ['informed'] },
        legalBasis: {},
        referrals: [{ from: step('est', 'segnalazione', 'rilevazione'), to: step('est', 'segnalazione', 'chiamata'), timeLimit: 'PT24H', consent: 'informed', legalBasis: [] }],
      },
    ]);
  });

  it('reports where Regions differ: receiving role and time limit', () => {
    expect(model.divergences.filter((d) => !d.kind.endsWith('-gap'))).toEqual([
      { kind: 'receiving-role', subject: 'identificazione-preliminare/forze-ordine', regionsDiffering: 1, byRegion: { est: ['numero-verde'], nord: ['ente-antitratta'], sud: ['ente-antitratta'] } },
      { kind: 'time-limit', subject: 'identificazione-preliminare/forze-ordine->identificazione-formale/ente-antitratta', regionsDiffering: 1, byRegion: { nord: ['PT24H'], sud: ['P2D'] } },
    ]);
  });

  it('reports the Regions with no procedure for a stage or pathway', () => {
    const gap = (subject: string) => model.divergences.find((d) => d.subject === subject);
    expect(gap('identificazione-formale')).toEqual({ kind: 'stage-gap', subject: 'identificazione-formale', regionsDiffering: 1, byRegion: { est: [], nord: ['identificazione'], sud: ['identificazione'] } });
    expect(gap('segnalazione')).toEqual({ kind: 'stage-gap', subject: 'segnalazione', regionsDiffering: 2, byRegion: { est: ['segnalazione'], nord: [], sud: [] } });
    expect(gap('sfruttamento-lavorativo')).toEqual({ kind: 'pathway-gap', subject: 'sfruttamento-lavorativo', regionsDiffering: 2, byRegion: { est: ['segnalazione'], nord: [], sud: [] } });
    expect(gap('identificazione-preliminare')).toBeUndefined();
    expect(model.stageCoverage.est).toMatchObject({ 'identificazione-preliminare': ['segnalazione'], 'identificazione-formale': [] });
  });

  it('sorts divergences by how many Regions differ', () => {
    const counts = model.divergences.map((d) => d.regionsDiffering);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
